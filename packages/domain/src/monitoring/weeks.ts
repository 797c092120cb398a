import { parseDate } from '../calendar/dates';
import { londonDate } from '../calendar/london';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The Monday (London) of the week an instant or a date falls in. Instants are read in London
 * time first, so a visit at 00:30 BST on a Monday belongs to that Monday's week, not to the
 * Sunday before it in UTC.
 */
export const weekStart = (instantOrDate: string): string => {
  const date = parseDate(isoDate.test(instantOrDate) ? instantOrDate : londonDate(instantOrDate));
  return date.subtract({ days: date.dayOfWeek - 1 }).toString();
};

/** The Mondays of the `n` weeks ending with the week of `asOf`, oldest first. */
export const lastWeeks = (asOf: string, n = 52): string[] => {
  const last = parseDate(weekStart(asOf));
  return Array.from({ length: n }, (_, i) => last.subtract({ weeks: n - 1 - i }).toString());
};
