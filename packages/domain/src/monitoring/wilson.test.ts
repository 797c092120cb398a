import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './wilson';

const fourDp = (x: { low: number; high: number }) => [
  Number(x.low.toFixed(4)),
  Number(x.high.toFixed(4)),
];

describe('wilsonInterval', () => {
  // Newcombe RG (1998), Two-sided confidence intervals for the single proportion: comparison
  // of seven methods. Statistics in Medicine 17:857–872, Table I, method 3 (Wilson score
  // interval without continuity correction).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i/%i gives %f to %f as Newcombe (1998) Table I publishes', (met, counted, low, high) => {
    expect(fourDp(wilsonInterval(met, counted))).toEqual([low, high]);
  });

  it('ends at exactly 1 when every record met, and is symmetric about a half', () => {
    expect(wilsonInterval(20, 20).high).toBe(1);
    const half = wilsonInterval(10, 20);
    expect(half.low + half.high).toBeCloseTo(1, 12);
  });

  it('is narrower with a smaller z', () => {
    const wide = wilsonInterval(30, 60);
    const narrow = wilsonInterval(30, 60, 1);
    expect(narrow.high - narrow.low).toBeLessThan(wide.high - wide.low);
  });

  it('says nothing (0 to 1) about an empty group, and refuses impossible counts', () => {
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
    expect(() => wilsonInterval(5, 4)).toThrow(/0 ≤ met ≤ counted/);
    expect(() => wilsonInterval(-1, 4)).toThrow(/whole numbers/);
    expect(() => wilsonInterval(1.5, 4)).toThrow(/whole numbers/);
  });
});
