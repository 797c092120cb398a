import { Temporal } from 'temporal-polyfill';
import { DomainError } from '../errors';
import { describeDate, parseDate, parseTime } from './dates';

export const londonTimeZone = 'Europe/London';

/**
 * Anything this package accepts as an instant. Strings must carry an offset or `Z`
 * (`2026-03-29T09:00:00+01:00`), or a bracketed zone: a bare local time is ambiguous.
 */
export type InstantInput = Temporal.ZonedDateTime | Temporal.Instant | Date | string;

/** The instant as a Europe/London zoned date-time: every instant this package returns is one. */
export const toLondon = (input: InstantInput): Temporal.ZonedDateTime => {
  if (input instanceof Temporal.ZonedDateTime) return input.withTimeZone(londonTimeZone);
  if (input instanceof Temporal.Instant) return input.toZonedDateTimeISO(londonTimeZone);
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) {
      throw new DomainError('INVALID_INPUT', 'The time given is not a valid date and time.');
    }
    return Temporal.Instant.fromEpochMilliseconds(input.getTime()).toZonedDateTimeISO(
      londonTimeZone,
    );
  }
  try {
    return input.includes('[')
      ? Temporal.ZonedDateTime.from(input).withTimeZone(londonTimeZone)
      : Temporal.Instant.from(input).toZonedDateTimeISO(londonTimeZone);
  } catch (cause) {
    throw new DomainError(
      'INVALID_INPUT',
      `"${input}" is not a date and time with a UTC offset, such as 2026-03-29T09:00:00+01:00.`,
      { cause },
    );
  }
};

/** The London calendar date on which the instant falls. */
export const londonDate = (input: InstantInput): string => toLondon(input).toPlainDate().toString();

/** Midnight at the start of the date in London (always exists: UK clocks change at 01:00 and 02:00). */
export const startOfLondonDay = (date: string): Temporal.ZonedDateTime =>
  parseDate(date).toZonedDateTime({ timeZone: londonTimeZone });

/** Midnight at the end of the date in London, i.e. the start of the next day. */
export const endOfLondonDay = (date: string): Temporal.ZonedDateTime =>
  parseDate(date).add({ days: 1 }).toZonedDateTime({ timeZone: londonTimeZone });

export interface LondonTimeOptions {
  /**
   * 01:00–01:59 happens twice on the last Sunday of October. `earlier` (the default) is the
   * first pass, still on summer time; `later` is the second pass, on GMT.
   */
  repeatedTime?: 'earlier' | 'later';
}

/**
 * The instant a London wall-clock time names. On the last Sunday of March 01:00–01:59 does
 * not exist (clocks jump from 01:00 GMT to 02:00 BST): such a time is refused rather than
 * moved, so the tenant and the visitor are never told different times. A repeated time in
 * October defaults to its first occurrence, so the visitor arriving by that clock is never late.
 */
export const londonDateTime = (
  date: string,
  time: string,
  options: LondonTimeOptions = {},
): Temporal.ZonedDateTime => {
  const wallClock = parseTime(time);
  const local = parseDate(date).toPlainDateTime(wallClock);
  try {
    return local.toZonedDateTime(londonTimeZone, { disambiguation: 'reject' });
  } catch {
    const earlier = local.toZonedDateTime(londonTimeZone, { disambiguation: 'earlier' });
    if (!earlier.toPlainDateTime().equals(local)) {
      throw new DomainError(
        'INVALID_INPUT',
        `${time} on ${date} does not exist in UK time: the clocks go forward an hour at 1am. Choose another time.`,
      );
    }
    return options.repeatedTime === 'later'
      ? local.toZonedDateTime(londonTimeZone, { disambiguation: 'later' })
      : earlier;
  }
};

/** Plain-English instant for messages, e.g. "Wednesday 10 June 2026 at 09:00". */
export const describeInstant = (input: InstantInput): string => {
  const instant = toLondon(input);
  return `${describeDate(instant.toPlainDate().toString())} at ${instant.toPlainTime().toString({ smallestUnit: 'minute' })}`;
};
