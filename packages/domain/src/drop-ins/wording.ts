import { weekdays } from '../access-needs/vocabulary';
import { describeDate, parseDate } from '../calendar/dates';

/** "Monday" for 1 (ISO day of week), as Temporal numbers them. */
export const dayName = (isoDayOfWeek: number): string => {
  const code = weekdays[isoDayOfWeek - 1] ?? 'monday';
  return code.charAt(0).toUpperCase() + code.slice(1);
};

/** "Mondays", for sentences such as "On Mondays the library is closed". */
export const dayNamePlural = (date: string): string => `${dayName(parseDate(date).dayOfWeek)}s`;

/** "31 December 2027": the calendar's own wording, without the day of the week. */
export const dayMonthYear = (date: string): string => describeDate(date).replace(/^\S+ /, '');

/** "a", "a and b", "a, b and c". */
export const joinAnd = (items: readonly string[]): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n} ${n === 1 ? one : many}`;
