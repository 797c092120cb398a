import type { Temporal } from 'temporal-polyfill';
import { addDays } from '../calendar/dates';
import { endOfLondonDay, startOfLondonDay } from '../calendar/london';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { NoticePeriod } from './rules';

/** A moment something happened, with the London date it happened on. */
export interface Moment {
  instant: Temporal.ZonedDateTime;
  date: string;
}

/**
 * The end of `period` counted from `from`. Hours are real elapsed time, so 24 hours across a
 * clock change is still 24 hours. Days and working days are whole London days counted after
 * the day of `from`: the result is the start of the last day when it opens a window
 * (earliest start) and its end when it closes one (a deadline).
 */
export const periodEnd = (
  from: Moment,
  period: NoticePeriod,
  calendar: WorkingCalendar,
  edge: 'start' | 'end',
): Temporal.ZonedDateTime => {
  if (period.unit === 'hours') return from.instant.add({ hours: period.amount });
  const day =
    period.unit === 'days'
      ? addDays(from.date, period.amount)
      : calendar.addWorkingDays(from.date, period.amount);
  return edge === 'start' ? startOfLondonDay(day) : endOfLondonDay(day);
};

/** The last date d with calendar.addWorkingDays(d, n) on or before `target`. */
export const lastDateReaching = (calendar: WorkingCalendar, target: string, n: number): string => {
  const lastWorking = calendar.subtractWorkingDays(target, 0);
  if (n === 0) return lastWorking;
  return addDays(calendar.subtractWorkingDays(lastWorking, n - 1), -1);
};

export const earlierOf = (
  a: Temporal.ZonedDateTime,
  b: Temporal.ZonedDateTime,
): Temporal.ZonedDateTime => (a.epochNanoseconds <= b.epochNanoseconds ? a : b);
