import { expect, it } from 'vitest';
import { formatMonth, formatSessionDate, londonMonth } from './format';

it('writes dates and months in the page language', () => {
  expect(formatSessionDate('2026-12-08', 'en-GB')).toMatch(/^Tuesday,? 8 December 2026$/);
  expect(formatSessionDate('2026-12-08', 'pl-PL')).toBe('wtorek, 8 grudnia 2026');
  expect(formatMonth('2027-03', 'en-GB')).toBe('March 2027');
});

it("takes the month from London's clock, not the device's", () => {
  // 00:30 on 1 July in London is still 30 June in UTC.
  expect(londonMonth(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07');
  expect(londonMonth(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12');
});
