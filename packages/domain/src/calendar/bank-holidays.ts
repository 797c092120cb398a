import { DomainError } from '../errors';
import overrides from './bank-holiday-overrides.json' with { type: 'json' };
import generated from './bank-holidays.gen.json' with { type: 'json' };
import { isWeekend, parseDate } from './dates';

export interface BankHoliday {
  date: string;
  name: string;
}

export interface BankHolidayOverrides {
  additions: { date: string; name: string; source: string }[];
  removals: { date: string; reason: string; source: string }[];
}

export interface BankHolidayTable {
  firstYear: number;
  lastYear: number;
  /**
   * Sorted by date; England and Wales only. Includes a holiday falling at a weekend (Christmas
   * Day on a Saturday) as well as the weekday substitute that makes up for it.
   */
  holidays: BankHoliday[];
}

/** Applies the hand-kept corrections to the generated list. */
export const applyBankHolidayOverrides = (
  base: BankHolidayTable,
  corrections: BankHolidayOverrides,
): BankHolidayTable => {
  const removed = new Set(
    corrections.removals.map((removal) => parseDate(removal.date).toString()),
  );
  const byDate = new Map<string, BankHoliday>();
  for (const holiday of base.holidays) {
    if (!removed.has(holiday.date)) byDate.set(holiday.date, holiday);
  }
  for (const { date, name } of corrections.additions) {
    byDate.set(parseDate(date).toString(), { date, name });
  }
  const holidays = [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
  return { firstYear: base.firstYear, lastYear: base.lastYear, holidays };
};

export const englandAndWalesBankHolidays: BankHolidayTable = applyBankHolidayOverrides(
  generated,
  overrides as BankHolidayOverrides,
);

/** Refuses years we hold no data for, rather than silently treating them as holiday-free. */
export const assertCoveredYear = (table: BankHolidayTable, year: number): void => {
  if (!Number.isInteger(year) || year < table.firstYear || year > table.lastYear) {
    throw new DomainError(
      'INVALID_INPUT',
      `Bank holidays are held for ${table.firstYear} to ${table.lastYear} only, not for ${year}.`,
    );
  }
};

export const bankHolidaysIn = (table: BankHolidayTable, year: number): BankHoliday[] => {
  assertCoveredYear(table, year);
  const prefix = `${year}-`;
  return table.holidays
    .filter((holiday) => holiday.date.startsWith(prefix) && !isWeekend(parseDate(holiday.date)))
    .map((holiday) => ({ ...holiday }));
};

/** England and Wales bank holidays in `year`, as GOV.UK lists them (the weekday taken off). */
export const bankHolidays = (year: number): BankHoliday[] =>
  bankHolidaysIn(englandAndWalesBankHolidays, year);
