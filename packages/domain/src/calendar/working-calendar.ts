import { Temporal } from 'temporal-polyfill';
import { DomainError } from '../errors';
import {
  assertCoveredYear,
  type BankHoliday,
  type BankHolidayTable,
  bankHolidaysIn,
  englandAndWalesBankHolidays,
} from './bank-holidays';
import { formatDate, isWeekend, parseDate } from './dates';

export interface WorkingCalendarOptions {
  /** The organisation's own closure days (e.g. a Christmas shutdown), as YYYY-MM-DD. */
  closedDays?: string[];
}

export interface WorkingCalendar {
  /** Monday to Friday, not a bank holiday and not one of the organisation's closed days. */
  isWorkingDay(date: string): boolean;
  /** The n-th working day after `date` (n ≥ 1); for n = 0, `date` if it is a working day, else the next one. */
  addWorkingDays(date: string, n: number): string;
  /** The n-th working day before `date` (n ≥ 1); for n = 0, `date` if it is a working day, else the previous one. */
  subtractWorkingDays(date: string, n: number): string;
  /** How many working days d there are with from < d ≤ to (0 when `to` is not after `from`). */
  workingDaysBetween(from: string, to: string): number;
  /** A bank holiday or one of the organisation's closed days, whatever the day of the week. */
  isHolidayOrClosure(date: string): boolean;
  /** England and Wales bank holidays in `year`. Closed days are not bank holidays and are not listed. */
  bankHolidays(year: number): BankHoliday[];
}

const assertCount = (n: number): void => {
  if (!Number.isInteger(n) || n < 0) {
    throw new DomainError(
      'INVALID_INPUT',
      `A number of working days must be a whole number of 0 or more, not ${n}.`,
    );
  }
};

export const createWorkingCalendarFrom = (
  table: BankHolidayTable,
  options: WorkingCalendarOptions = {},
): WorkingCalendar => {
  const holidays = new Set(table.holidays.map((holiday) => holiday.date));
  const closed = new Set((options.closedDays ?? []).map((day) => formatDate(parseDate(day))));

  const isWorking = (date: Temporal.PlainDate): boolean => {
    assertCoveredYear(table, date.year);
    const key = formatDate(date);
    return !isWeekend(date) && !holidays.has(key) && !closed.has(key);
  };

  // Steps one day at a time in `direction` until `n` working days have passed: at most a few
  // hundred steps for any realistic n, and trivially right across month and year ends.
  const step = (date: string, n: number, direction: 1 | -1): string => {
    assertCount(n);
    let day = parseDate(date);
    if (n === 0) {
      while (!isWorking(day)) day = day.add({ days: direction });
      return formatDate(day);
    }
    let remaining = n;
    while (remaining > 0) {
      day = day.add({ days: direction });
      if (isWorking(day)) remaining -= 1;
    }
    return formatDate(day);
  };

  const countBetween = (from: Temporal.PlainDate, to: Temporal.PlainDate): number => {
    let count = 0;
    for (
      let day = from.add({ days: 1 });
      Temporal.PlainDate.compare(day, to) <= 0;
      day = day.add({ days: 1 })
    ) {
      if (isWorking(day)) count += 1;
    }
    return count;
  };

  return {
    isWorkingDay: (date) => isWorking(parseDate(date)),
    isHolidayOrClosure: (date) => {
      const day = parseDate(date);
      assertCoveredYear(table, day.year);
      return holidays.has(formatDate(day)) || closed.has(formatDate(day));
    },
    addWorkingDays: (date, n) => step(date, n, 1),
    subtractWorkingDays: (date, n) => step(date, n, -1),
    workingDaysBetween: (from, to) => countBetween(parseDate(from), parseDate(to)),
    bankHolidays: (year) => bankHolidaysIn(table, year),
  };
};

/** A working calendar for England and Wales with the organisation's own closure days added. */
export const createWorkingCalendar = (options: WorkingCalendarOptions = {}): WorkingCalendar =>
  createWorkingCalendarFrom(englandAndWalesBankHolidays, options);

/** England and Wales working days, with no organisation closures. */
export const englandAndWales: WorkingCalendar = createWorkingCalendar();

export const isWorkingDay = (date: string): boolean => englandAndWales.isWorkingDay(date);
export const addWorkingDays = (date: string, n: number): string =>
  englandAndWales.addWorkingDays(date, n);
export const subtractWorkingDays = (date: string, n: number): string =>
  englandAndWales.subtractWorkingDays(date, n);
export const workingDaysBetween = (from: string, to: string): number =>
  englandAndWales.workingDaysBetween(from, to);
