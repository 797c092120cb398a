import { Temporal } from 'temporal-polyfill';
import { describeDate, parseDate, parseTime } from '../calendar/dates';
import { type InstantInput, toLondon } from '../calendar/london';
import type { AccessProfile } from './profile';
import { weekdays } from './vocabulary';

/**
 * The times the customer cannot do that a visit from `start` lasting `durationMinutes`
 * would clash with (002 §8.13: work around school runs and the like). Weekly windows are
 * London wall-clock times, so a 08:15 school run stays at 08:15 through the clock changes.
 */
export const unavailabilityClashes = (
  profile: AccessProfile,
  start: InstantInput,
  durationMinutes: number,
): string[] => {
  const from = toLondon(start);
  const to = from.add({ minutes: durationMinutes });
  const clashes: string[] = [];
  // A visit can run past midnight, so look at every London day it touches.
  for (
    let day = from.toPlainDate();
    Temporal.PlainDate.compare(day, to.toPlainDate()) <= 0;
    day = day.add({ days: 1 })
  ) {
    const date = day.toString();
    if ((profile.unavailableDates ?? []).some((d) => parseDate(d).toString() === date)) {
      clashes.push(`The customer cannot do ${describeDate(date)}.`);
    }
    for (const window of profile.unavailableWeekly ?? []) {
      if (weekdays[day.dayOfWeek - 1] !== window.day) continue;
      const windowStart = day.toZonedDateTime({
        timeZone: 'Europe/London',
        plainTime: parseTime(window.from),
      });
      const windowEnd = day.toZonedDateTime({
        timeZone: 'Europe/London',
        plainTime: parseTime(window.to),
      });
      const overlaps =
        Temporal.ZonedDateTime.compare(from, windowEnd) < 0 &&
        Temporal.ZonedDateTime.compare(windowStart, to) < 0;
      if (overlaps) {
        const label = window.label ? `${window.label}, ` : '';
        clashes.push(
          `Clashes with a time the customer cannot do (${label}${window.day[0]?.toUpperCase()}${window.day.slice(1)}s ${window.from}–${window.to}).`,
        );
      }
    }
  }
  return clashes;
};
