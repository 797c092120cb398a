import { describe, expect, it } from 'vitest';
import { bankHolidayDates } from './bank-holiday-dates';
import { englandAndWalesBankHolidays } from './bank-holidays';

describe('bankHolidayDates', () => {
  it('holds the same dates as the checked table', () => {
    expect([...bankHolidayDates()].sort()).toEqual(
      englandAndWalesBankHolidays.holidays.map((holiday) => holiday.date),
    );
  });

  it('has Christmas and its substitute day', () => {
    const dates = bankHolidayDates();
    expect(dates.has('2026-12-25')).toBe(true);
    expect(dates.has('2026-12-28')).toBe(true);
    expect(dates.has('2026-12-24')).toBe(false);
  });
});
