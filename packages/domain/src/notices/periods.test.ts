import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, englandAndWales } from '../calendar/working-calendar';
import { lastDateReaching } from './periods';

const dateArb = fc
  .integer({ min: 60, max: 365 * 15 })
  .map((offset) => Temporal.PlainDate.from('2020-01-01').add({ days: offset }).toString());

describe('lastDateReaching: the last date from which n working days still land by a target', () => {
  it('is the last such date: one day later overshoots the target', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 30 }), (target, n) => {
        const last = lastDateReaching(englandAndWales, target, n);
        const next = Temporal.PlainDate.from(last).add({ days: 1 }).toString();
        expect(addWorkingDays(last, n) <= target).toBe(true);
        expect(addWorkingDays(next, n) > target).toBe(true);
      }),
    );
  });
});
