import { describe, expect, it } from 'vitest';
import { lastWeeks, weekStart } from './weeks';

describe('weekStart', () => {
  it('gives the Monday of a date, and a Monday for itself', () => {
    expect(weekStart('2026-06-03')).toBe('2026-06-01');
    expect(weekStart('2026-06-01')).toBe('2026-06-01');
    expect(weekStart('2026-06-07')).toBe('2026-06-01');
    expect(weekStart('2026-01-01')).toBe('2025-12-29');
  });

  it('reads instants in London time, so 00:30 BST on a Monday is that Monday', () => {
    // 23:30 UTC on Sunday 28 June is 00:30 BST on Monday 29 June.
    expect(weekStart('2026-06-28T23:30:00Z')).toBe('2026-06-29');
    expect(weekStart('2026-06-28T22:30:00Z')).toBe('2026-06-22');
  });

  it('holds across the clocks going forward (29 March 2026) and back (25 October 2026)', () => {
    expect(weekStart('2026-03-29T00:30:00Z')).toBe('2026-03-23'); // Sunday 00:30 GMT
    expect(weekStart('2026-03-29T23:30:00Z')).toBe('2026-03-30'); // Monday 00:30 BST
    expect(weekStart('2026-10-25T23:30:00Z')).toBe('2026-10-19'); // Sunday 23:30 GMT
    expect(weekStart('2026-10-25T23:30:00-01:00')).toBe('2026-10-26'); // Monday 00:30 GMT
    expect(weekStart('2026-10-25T00:30:00Z')).toBe('2026-10-19'); // Sunday 01:30 BST, first pass
  });

  it('refuses an instant without an offset', () => {
    expect(() => weekStart('2026-06-01T09:00')).toThrow(/UTC offset/);
  });
});

describe('lastWeeks', () => {
  it('lists the Mondays of the weeks ending with the week of asOf, oldest first', () => {
    expect(lastWeeks('2026-04-01', 3)).toEqual(['2026-03-16', '2026-03-23', '2026-03-30']);
  });

  it('gives 52 weeks by default, the first 51 weeks before the last', () => {
    const weeks = lastWeeks('2026-06-30');
    expect(weeks).toHaveLength(52);
    expect(weeks[0]).toBe('2025-07-07');
    expect(weeks[51]).toBe('2026-06-29');
  });
});
