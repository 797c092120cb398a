import { parseDate, parseTime } from '../calendar/dates';
import { DomainError } from '../errors';
import { RRule } from './rrule-module';

/**
 * The RFC 5545 parts a series rule may use. rrule's own parser lets unknown values through
 * (BYDAY=XX, COUNT=abc, FREQ=FORTNIGHTLY become silent nonsense), so each part is checked
 * here first and the worker is told which one is wrong.
 */
const list = (item: string) => new RegExp(`^${item}(,${item})*$`);
const weekdayCode = '(MO|TU|WE|TH|FR|SA|SU)';
const partPatterns = {
  FREQ: /^(YEARLY|MONTHLY|WEEKLY|DAILY|HOURLY|MINUTELY|SECONDLY)$/,
  INTERVAL: /^[1-9]\d{0,3}$/,
  COUNT: /^[1-9]\d{0,5}$/,
  UNTIL: /^\d{8}(T\d{6}Z?)?$/,
  BYDAY: list(`([+-]?([1-9]|[1-4]\\d|5[0-3]))?${weekdayCode}`),
  BYMONTHDAY: list('[+-]?([1-9]|[12]\\d|3[01])'),
  BYMONTH: list('([1-9]|1[0-2])'),
  BYSETPOS: list('[+-]?([1-9]|[1-9]\\d|[1-2]\\d\\d|3[0-5]\\d|36[0-6])'),
  BYYEARDAY: list('[+-]?([1-9]|[1-9]\\d|[1-2]\\d\\d|3[0-5]\\d|36[0-6])'),
  BYWEEKNO: list('[+-]?([1-9]|[1-4]\\d|5[0-3])'),
  BYHOUR: list('([01]?\\d|2[0-3])'),
  BYMINUTE: list('[0-5]?\\d'),
  BYSECOND: list('[0-5]?\\d'),
  WKST: new RegExp(`^${weekdayCode}$`),
} as const;
export type RulePart = keyof typeof partPatterns;

const isRulePart = (name: string): name is RulePart => Object.hasOwn(partPatterns, name);

export interface ParsedRule {
  /** The rule in capitals without a leading "RRULE:", as rrule reads it. */
  text: string;
  parts: ReadonlyMap<RulePart, string>;
  /** The UNTIL date as YYYY-MM-DD, when the rule has one. */
  until: string | null;
  count: number | null;
}

const unreadable = (detail: string): DomainError =>
  new DomainError('INVALID_INPUT', `The repeat rule could not be read: ${detail}.`);

/** Reads a rule such as "FREQ=MONTHLY;BYDAY=+2TU;UNTIL=20271231", refusing anything unclear. */
export const parseRule = (rrule: string): ParsedRule => {
  const text = rrule.trim().replace(/^RRULE:/i, '');
  if (text === '') throw unreadable('it is empty');
  const parts = new Map<RulePart, string>();
  for (const part of text.split(';')) {
    const [name = '', value, ...rest] = part.split('=');
    const key = name.toUpperCase();
    if (!isRulePart(key) || value === undefined || rest.length > 0) {
      throw unreadable(`"${part}" is not a part of a repeat rule`);
    }
    if (parts.has(key)) throw unreadable(`${key} is given twice`);
    if (!partPatterns[key].test(value.toUpperCase())) {
      throw unreadable(`"${value}" is not a valid ${key}`);
    }
    parts.set(key, value.toUpperCase());
  }
  if (!parts.has('FREQ')) throw unreadable('it does not say how often (FREQ) it repeats');
  if (/^(HOURLY|MINUTELY|SECONDLY)$/.test(parts.get('FREQ') ?? '')) {
    throw new DomainError(
      'INVALID_INPUT',
      `The repeat rule repeats every ${(parts.get('FREQ') ?? '').slice(0, -2).toLowerCase()}, far more than 400 sessions a year; the most is 400. Repeat by day, week, month or year.`,
    );
  }
  if (parts.has('UNTIL') && parts.has('COUNT')) {
    throw unreadable('it gives both an end date (UNTIL) and a number of sessions (COUNT)');
  }
  const untilText = parts.get('UNTIL');
  let until: string | null = null;
  if (untilText !== undefined) {
    const date = `${untilText.slice(0, 4)}-${untilText.slice(4, 6)}-${untilText.slice(6, 8)}`;
    try {
      until = parseDate(date).toString();
    } catch {
      throw unreadable(`the end date ${untilText} is not a real calendar date`);
    }
  }
  const count = parts.get('COUNT');
  const normalised = [...parts].map(([key, value]) => `${key}=${value}`).join(';');
  return { text: normalised, parts, until, count: count === undefined ? null : Number(count) };
};

/**
 * rrule works in "floating" time: a Date whose UTC fields are the London calendar date at
 * midnight. Only the date of each result is used; the wall-clock times are put back in
 * Europe/London by Temporal, so rrule never has to know about clock changes.
 */
export const toFloating = (date: string): Date => {
  const day = parseDate(date);
  return new Date(Date.UTC(day.year, day.month - 1, day.day));
};

export const fromFloating = (date: Date): string => date.toISOString().slice(0, 10);

/** The rule starting on `startsOn` (its DTSTART at midnight, so UNTIL=YYYYMMDD includes that day). */
export const ruleFrom = (rule: ParsedRule, startsOn: string): RRule =>
  new RRule({ ...RRule.parseString(rule.text), dtstart: toFloating(startsOn) });

/**
 * Whether the rule ever gives a date. rrule searches a rule that never matches (30 February)
 * all the way to the year 9999, which blocks for seconds; the Gregorian calendar repeats
 * exactly every 400 years, so the same rule started a whole number of 400-year cycles later
 * meets the same days, and its fruitless search is at most one cycle long.
 */
export const everOccurs = (rule: ParsedRule, startsOn: string): boolean => {
  const open = [...rule.parts]
    .filter(([key]) => key !== 'COUNT' && key !== 'UNTIL')
    .map(([key, value]) => `${key}=${value}`)
    .join(';');
  const day = parseDate(startsOn);
  const cycles = Math.floor((maxRuleYear - day.year) / 400);
  const shifted = day.with({ year: day.year + 400 * cycles });
  const start = toFloating(shifted.toString());
  return new RRule({ ...RRule.parseString(open), dtstart: start }).after(start, true) !== null;
};

/** rrule's last year; past it, a search gives up. */
const maxRuleYear = 9999;

const wallClock = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A session time: strictly "HH:MM", as the forms and the database hold it. */
export const readTime = (time: string): string => {
  if (!wallClock.test(time)) {
    throw new DomainError('INVALID_INPUT', `"${time}" is not a time of day written as HH:MM.`);
  }
  return parseTime(time).toString({ smallestUnit: 'minute' });
};

/** Refuses a session whose end is not after its start. */
export const readSessionTimes = (startTime: string, endTime: string): void => {
  if (readTime(endTime) <= readTime(startTime)) {
    throw new DomainError(
      'INVALID_INPUT',
      `The session ends at ${endTime}, which is not after it starts at ${startTime}.`,
    );
  }
};
