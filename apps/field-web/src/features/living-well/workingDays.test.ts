import { describe, expect, it } from 'vitest';
import { normaliseTime, workingDaysBetween } from './workingDays';

describe('workingDaysBetween', () => {
  it('lists Monday to Friday, both ends included', () => {
    // 2026-03-06 is a Friday; the weekend is skipped.
    expect(workingDaysBetween('2026-03-06', '2026-03-10')).toEqual([
      '2026-03-06',
      '2026-03-09',
      '2026-03-10',
    ]);
  });

  it('is empty when the range is a weekend or backwards', () => {
    expect(workingDaysBetween('2026-03-07', '2026-03-08')).toEqual([]);
    expect(workingDaysBetween('2026-03-10', '2026-03-09')).toEqual([]);
  });

  it('leaves out the closed days given', () => {
    const christmas = new Set(['2026-12-25', '2026-12-28']);
    expect(workingDaysBetween('2026-12-24', '2026-12-29', christmas)).toEqual([
      '2026-12-24',
      '2026-12-29',
    ]);
  });

  it('crosses the clock change without losing or repeating a day', () => {
    const days = workingDaysBetween('2026-03-27', '2026-03-31');
    expect(days).toEqual(['2026-03-27', '2026-03-30', '2026-03-31']);
  });
});

describe('normaliseTime', () => {
  it('accepts a time with or without a leading zero, or with a dot', () => {
    expect(normaliseTime('9:30')).toBe('09:30');
    expect(normaliseTime(' 14:05 ')).toBe('14:05');
    expect(normaliseTime('10.15')).toBe('10:15');
    expect(normaliseTime('0930')).toBe('09:30');
    expect(normaliseTime('930')).toBe('09:30');
  });

  it('refuses anything that is not a time of day', () => {
    expect(normaliseTime('24:00')).toBeNull();
    expect(normaliseTime('9')).toBeNull();
    expect(normaliseTime('9:3')).toBeNull();
    expect(normaliseTime('half nine')).toBeNull();
    expect(normaliseTime('2460')).toBeNull();
    expect(normaliseTime('9:30pm')).toBeNull();
  });
});
