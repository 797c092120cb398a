import { Temporal } from 'temporal-polyfill';
import { englandAndWalesBankHolidays } from '../calendar/bank-holidays';
import { describeDate, parseDate } from '../calendar/dates';
import { endOfLondonDay, londonDateTime, startOfLondonDay } from '../calendar/london';
import { DomainError, isDomainError } from '../errors';
import { findClashes } from './clashes';
import { describeSchedule } from './describe';
import { openingProblem } from './opening';
import type { RRule } from './rrule-module';
import { everOccurs, fromFloating, parseRule, readSessionTimes, ruleFrom } from './rule';
import type { ScheduleCheck, SeriesSchedule, VenueOpeningHours } from './types';
import { dayMonthYear } from './wording';

const maxPerYear = 400;
/** Enough for any series that ends by the last year we hold bank holidays for, at 400 a year. */
const scanLimit = 8_000;
const dayMs = 86_400_000;
const { firstYear, lastYear } = englandAndWalesBankHolidays;

const refuse = (message: string): never => {
  throw new DomainError('INVALID_INPUT', message);
};

interface Scan {
  /** Every result in order, several a day for an hourly rule. */
  results: Date[];
  /** Stopped at `scanLimit` results. */
  capped: boolean;
  /** Stopped at the first result after the years we hold bank holidays for. */
  pastCoverage: boolean;
}

const scan = (rule: RRule): Scan => {
  const results: Date[] = [];
  let capped = false;
  let pastCoverage = false;
  rule.all((result) => {
    pastCoverage = result.getUTCFullYear() > lastYear;
    capped = results.length >= scanLimit;
    if (pastCoverage || capped) return false;
    results.push(result);
    return true;
  });
  return { results, capped, pastCoverage };
};

/** The most results in any 365-day span. */
const mostInAYear = (results: Date[]): number => {
  let most = 0;
  let first = 0;
  results.forEach((result, i) => {
    while (result.getTime() - (results[first] as Date).getTime() >= 365 * dayMs) first += 1;
    most = Math.max(most, i - first + 1);
  });
  return most;
};

/** The first date the rule gives twice, if any. */
const repeatedDate = (dates: string[]): string | undefined =>
  dates.find((date, i) => i > 0 && dates[i - 1] === date);

/** The London dates on which the clocks change, between two dates, from Temporal's zone data. */
const clockChangeDates = (first: string, last: string): Set<string> => {
  const dates = new Set<string>();
  const end = endOfLondonDay(last);
  let at = startOfLondonDay(first).getTimeZoneTransition('next');
  while (at !== null && Temporal.ZonedDateTime.compare(at, end) < 0) {
    dates.add(at.toPlainDate().toString());
    at = at.getTimeZoneTransition('next');
  }
  return dates;
};

/** A start or end that the spring clock change skips over makes no sense to anyone. */
const assertTimesExist = (dates: string[], times: string[]): void => {
  const sorted = [...dates].sort();
  const changes = clockChangeDates(sorted[0] as string, sorted.at(-1) as string);
  for (const date of sorted.filter((day) => changes.has(day))) {
    for (const time of times) {
      try {
        londonDateTime(date, time);
      } catch (error) {
        if (!isDomainError(error)) throw error;
        refuse(
          `The session would be at ${time} on ${describeDate(date)}, a time that does not exist in the UK: the clocks go forward an hour at 1am. Choose another time.`,
        );
      }
    }
  }
};

/** The weekday of each date, with the first date it happens on. */
const firstOfEachWeekday = (dates: Iterable<string>): string[] => {
  const byWeekday = new Map<number, string>();
  for (const date of dates) {
    const weekday = parseDate(date).dayOfWeek;
    if (!byWeekday.has(weekday)) byWeekday.set(weekday, date);
  }
  return [...byWeekday.values()];
};

const assertOpen = (
  schedule: SeriesSchedule,
  opening: VenueOpeningHours,
  venueName: string,
  ruleDates: string[],
  movedDates: string[],
): void => {
  const { startTime, endTime } = schedule;
  for (const date of firstOfEachWeekday(ruleDates)) {
    const problem = openingProblem(opening, date, startTime, endTime, venueName);
    if (problem !== null) refuse(problem);
  }
  for (const date of firstOfEachWeekday(movedDates)) {
    const problem = openingProblem(opening, date, startTime, endTime, venueName);
    if (problem !== null) {
      refuse(
        `A session on a bank holiday moves to the next working day, such as ${describeDate(date)}. ${problem}`,
      );
    }
  }
};

/**
 * Validates a schedule before it is saved; throws INVALID_INPUT naming what is wrong. With
 * `opening`, every weekday the series (or a bank-holiday move) lands on must fit the venue's
 * hours; `venueName` is used in that message.
 */
export const checkSchedule = (
  schedule: SeriesSchedule,
  opening?: VenueOpeningHours,
  venueName = 'the venue',
): ScheduleCheck => {
  readSessionTimes(schedule.startTime, schedule.endTime);
  const startsOn = parseDate(schedule.startsOn).toString();
  const rule = parseRule(schedule.rrule);
  if (rule.until === null && rule.count === null) {
    refuse('The repeat rule never ends: give an end date or a number of sessions.');
  }
  if (rule.until !== null && rule.until < startsOn) {
    refuse(
      `The repeat rule ends on ${dayMonthYear(rule.until)}, before the series starts on ${dayMonthYear(startsOn)}.`,
    );
  }
  const coverage = `Bank holidays are known for ${firstYear} to ${lastYear} only, so a series must start on or after 1 January ${firstYear} and end by 31 December ${lastYear}.`;
  if (parseDate(startsOn).year < firstYear) refuse(coverage);

  const { results, capped, pastCoverage } = everOccurs(rule, startsOn)
    ? scan(ruleFrom(rule, startsOn))
    : { results: [], capped: false, pastCoverage: false };
  if (results.length === 0) {
    refuse(
      `The repeat rule gives no dates from ${dayMonthYear(startsOn)}: check the days it repeats on and its end.`,
    );
  }
  const perYear = mostInAYear(results);
  if (perYear > maxPerYear) {
    refuse(
      `The repeat rule gives ${capped ? 'more than ' : ''}${perYear} sessions in a year; the most is ${maxPerYear}.`,
    );
  }
  const dates = results.map(fromFloating);
  const twice = repeatedDate(dates);
  if (twice !== undefined) {
    refuse(
      `The repeat rule gives more than one session on ${describeDate(twice)}; a series meets at most once a day.`,
    );
  }
  if (pastCoverage) refuse(coverage);

  const clashes = findClashes([], []);
  const movedDates =
    schedule.clashRule === 'next_working_day'
      ? dates
          .filter((date) => clashes.on(date, schedule.venueId) !== null)
          .map((date) => clashes.nextOpenDay(date, schedule.venueId))
      : [];
  assertTimesExist([...dates, ...movedDates], [schedule.startTime, schedule.endTime]);
  if (opening) assertOpen(schedule, opening, venueName, dates, movedDates);
  return {
    description: describeSchedule(schedule),
    endsOn: dates.at(-1) as string,
    perYear,
  };
};
