import type { Weekday } from '../access-needs/vocabulary';
import { weekdays } from '../access-needs/vocabulary';
import { describeDate, parseDate, parseTime } from '../calendar/dates';
import { DomainError } from '../errors';
import type { OpeningSpan } from '../service-standards/opening-hours';
import { readSessionTimes } from './rule';
import type { VenueOpeningHours } from './types';
import { dayNamePlural, joinAnd } from './wording';

const minutes = (time: string): number => {
  const { hour, minute } = parseTime(time);
  return hour * 60 + minute;
};

export const spansOn = (opening: VenueOpeningHours, date: string): OpeningSpan[] =>
  opening[weekdays[parseDate(date).dayOfWeek - 1] as Weekday] ?? [];

const fits = (spans: OpeningSpan[], startTime: string, endTime: string): boolean =>
  spans.some(
    (span) => minutes(span.opens) <= minutes(startTime) && minutes(endTime) <= minutes(span.closes),
  );

const hoursText = (spans: OpeningSpan[]): string =>
  spans.length === 0
    ? 'closed'
    : `open ${joinAnd(spans.map((span) => `${span.opens} to ${span.closes}`))}`;

/**
 * Null when the session fits inside one opening span on the date's weekday, else the reason:
 * "On Saturdays Page Moss Library is open 09:00 to 13:00, so a session from 12:00 to 14:00
 * does not fit."
 */
export const openingProblem = (
  opening: VenueOpeningHours,
  date: string,
  startTime: string,
  endTime: string,
  venueName: string,
  when = dayNamePlural(date),
): string | null => {
  const spans = spansOn(opening, date);
  if (fits(spans, startTime, endTime)) return null;
  return `On ${when} ${venueName} is ${hoursText(spans)}, so a session from ${startTime} to ${endTime} does not fit.`;
};

/** Throws INVALID_INPUT when the session on `date` is not inside the venue's opening hours. */
export const assertWithinOpeningHours = (
  opening: VenueOpeningHours,
  date: string,
  startTime: string,
  endTime: string,
  venueName: string,
): void => {
  readSessionTimes(startTime, endTime);
  const when = describeDate(date);
  const problem = openingProblem(opening, date, startTime, endTime, venueName, when);
  if (problem !== null) throw new DomainError('INVALID_INPUT', problem);
};
