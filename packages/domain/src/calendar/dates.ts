import { Temporal } from 'temporal-polyfill';
import { DomainError } from '../errors';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Reads a `YYYY-MM-DD` calendar date, refusing anything looser (times, offsets, 2026-2-3). */
export const parseDate = (date: string): Temporal.PlainDate => {
  if (!isoDate.test(date)) {
    throw new DomainError('INVALID_INPUT', `"${date}" is not a date written as YYYY-MM-DD.`);
  }
  try {
    return Temporal.PlainDate.from(date, { overflow: 'reject' });
  } catch (cause) {
    throw new DomainError('INVALID_INPUT', `${date} is not a real calendar date.`, { cause });
  }
};

/** Reads an `HH:MM` (or `HH:MM:SS`) London wall-clock time of day. */
export const parseTime = (time: string): Temporal.PlainTime => {
  try {
    return Temporal.PlainTime.from(time, { overflow: 'reject' });
  } catch (cause) {
    throw new DomainError('INVALID_INPUT', `"${time}" is not a time of day written as HH:MM.`, {
      cause,
    });
  }
};

export const formatDate = (date: Temporal.PlainDate): string => date.toString();

export const addDays = (date: string, days: number): string =>
  formatDate(parseDate(date).add({ days }));

export const isWeekend = (date: Temporal.PlainDate): boolean => date.dayOfWeek >= 6;

const weekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Plain-English date for messages shown to staff, e.g. "Tuesday 29 December 2026". Built by
 * hand rather than with Intl so the wording is the same in every browser and Node version.
 */
export const describeDate = (date: string): string => {
  const day = parseDate(date);
  return `${weekdayNames[day.dayOfWeek - 1]} ${day.day} ${monthNames[day.month - 1]} ${day.year}`;
};
