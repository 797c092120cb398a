import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors';
import {
  addWorkingDays,
  createWorkingCalendar,
  isWorkingDay,
  subtractWorkingDays,
  workingDaysBetween,
} from './working-calendar';

// Any date from 2020 to mid-2034, leaving room for n working days to stay inside the data.
const dateArb = fc
  .integer({ min: 0, max: 365 * 14 + 150 })
  .map((offset) => Temporal.PlainDate.from('2020-01-01').add({ days: offset }).toString());
const countArb = fc.integer({ min: 0, max: 60 });

describe('isWorkingDay (England and Wales)', () => {
  it.each([
    ['2026-12-24', true, 'Thursday before Christmas'],
    ['2026-12-25', false, 'Christmas Day'],
    ['2026-12-26', false, 'Saturday (Boxing Day)'],
    ['2026-12-27', false, 'Sunday'],
    ['2026-12-28', false, 'Boxing Day substitute'],
    ['2026-12-29', true, 'Tuesday after Christmas'],
    ['2026-04-03', false, 'Good Friday'],
  ])('%s is a working day: %s (%s)', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it('refuses a date that is not YYYY-MM-DD or not real', () => {
    expect(() => isWorkingDay('24/12/2026')).toThrow(/YYYY-MM-DD/);
    expect(() => isWorkingDay('2026-02-30')).toThrow(/not a real calendar date/);
    try {
      isWorkingDay('2026-13-01');
    } catch (error) {
      expect(isDomainError(error) && error.code).toBe('INVALID_INPUT');
    }
  });
});

describe('addWorkingDays', () => {
  it('skips Christmas, the weekend and the Boxing Day substitute (issue 3 example)', () => {
    expect(addWorkingDays('2026-12-24', 1)).toBe('2026-12-29');
  });

  it('for n = 0 gives the date itself on a working day, else the next working day', () => {
    expect(addWorkingDays('2026-12-24', 0)).toBe('2026-12-24');
    expect(addWorkingDays('2026-12-25', 0)).toBe('2026-12-29');
  });

  it('crosses the year end over a Saturday Christmas and New Year (2027–28)', () => {
    expect(addWorkingDays('2027-12-24', 1)).toBe('2027-12-29');
    expect(addWorkingDays('2027-12-31', 1)).toBe('2028-01-04');
  });

  it('refuses a negative or fractional count', () => {
    expect(() => addWorkingDays('2026-01-05', -1)).toThrow(/whole number/);
    expect(() => addWorkingDays('2026-01-05', 1.5)).toThrow(/whole number/);
  });

  it('always returns a working day', () => {
    fc.assert(fc.property(dateArb, countArb, (date, n) => isWorkingDay(addWorkingDays(date, n))));
  });

  it('is monotone in the date and in n', () => {
    fc.assert(
      fc.property(dateArb, dateArb, countArb, (a, b, n) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(addWorkingDays(early, n) <= addWorkingDays(late, n)).toBe(true);
        // n = 0 and n = 1 coincide when `early` is not a working day; from 1 on, each step moves.
        expect(addWorkingDays(early, n + 1) > addWorkingDays(early, n)).toBe(
          n >= 1 || isWorkingDay(early),
        );
      }),
    );
  });

  it('is undone by workingDaysBetween: workingDaysBetween(d, addWorkingDays(d, n)) === n', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 60 }), (date, n) => {
        expect(workingDaysBetween(date, addWorkingDays(date, n))).toBe(n);
      }),
    );
  });
});

describe('subtractWorkingDays', () => {
  it('steps back over Easter 2026', () => {
    expect(subtractWorkingDays('2026-04-07', 1)).toBe('2026-04-02');
    expect(subtractWorkingDays('2026-04-06', 0)).toBe('2026-04-02');
  });

  it('mirrors addWorkingDays for working days', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 60 }), (date, n) => {
        const start = addWorkingDays(date, 0);
        const later = addWorkingDays(start, n);
        expect(subtractWorkingDays(later, n)).toBe(start);
      }),
    );
  });
});

describe('workingDaysBetween', () => {
  it('counts d with from < d ≤ to', () => {
    expect(workingDaysBetween('2026-12-24', '2026-12-29')).toBe(1);
    expect(workingDaysBetween('2026-12-23', '2026-12-24')).toBe(1);
    expect(workingDaysBetween('2026-12-24', '2026-12-24')).toBe(0);
    // 261 weekdays in 2026, less its 8 bank holidays.
    expect(workingDaysBetween('2025-12-31', '2026-12-31')).toBe(253);
  });

  it('is 0 when `to` is not after `from`', () => {
    expect(workingDaysBetween('2026-12-31', '2026-01-01')).toBe(0);
  });
});

describe('createWorkingCalendar with the organisation’s own closures', () => {
  const shutdown = createWorkingCalendar({
    closedDays: ['2026-12-29', '2026-12-30', '2026-12-31'],
  });

  it('treats closure days as non-working on top of bank holidays', () => {
    expect(shutdown.isWorkingDay('2026-12-29')).toBe(false);
    expect(shutdown.addWorkingDays('2026-12-24', 1)).toBe('2027-01-04');
    expect(shutdown.workingDaysBetween('2026-12-24', '2027-01-04')).toBe(1);
    expect(shutdown.subtractWorkingDays('2027-01-04', 1)).toBe('2026-12-24');
  });

  it('knows holidays and closures apart from weekends', () => {
    expect(shutdown.isHolidayOrClosure('2026-12-30')).toBe(true);
    expect(shutdown.isHolidayOrClosure('2026-12-28')).toBe(true);
    expect(shutdown.isHolidayOrClosure('2027-01-02')).toBe(false);
    expect(shutdown.isHolidayOrClosure('2027-01-04')).toBe(false);
  });

  it('leaves the national calendar untouched and lists only bank holidays', () => {
    expect(isWorkingDay('2026-12-29')).toBe(true);
    expect(shutdown.bankHolidays(2026).map((h) => h.date)).not.toContain('2026-12-29');
  });

  it('refuses a malformed closure day', () => {
    expect(() => createWorkingCalendar({ closedDays: ['29/12/2026'] })).toThrow(/YYYY-MM-DD/);
  });
});
