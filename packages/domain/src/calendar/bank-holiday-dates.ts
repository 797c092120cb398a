import overrides from './bank-holiday-overrides.json' with { type: 'json' };
import generated from './bank-holidays.gen.json' with { type: 'json' };

/**
 * England and Wales bank holidays as bare dates (YYYY-MM-DD), the hand-kept corrections
 * applied, for a page that only needs to leave them out of a list of days: it brings no date
 * library, unlike `englandAndWalesBankHolidays`, which checks each correction as it applies
 * it. The two are kept equal by a test.
 */
export function bankHolidayDates(): ReadonlySet<string> {
  const removed = new Set(overrides.removals.map((removal: { date: string }) => removal.date));
  return new Set([
    ...generated.holidays.map((holiday) => holiday.date).filter((date) => !removed.has(date)),
    ...overrides.additions.map((addition: { date: string }) => addition.date),
  ]);
}
