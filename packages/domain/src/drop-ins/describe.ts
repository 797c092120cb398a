import { parseDate } from '../calendar/dates';
import { type ParsedRule, parseRule, readSessionTimes, ruleFrom } from './rule';
import type { SeriesSchedule } from './types';
import { dayMonthYear, dayName, joinAnd, plural } from './wording';

const ruleDays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const ordinals: Record<number, string> = {
  1: 'First',
  2: 'Second',
  3: 'Third',
  4: 'Fourth',
  5: 'Fifth',
  [-1]: 'Last',
  [-2]: 'Second to last',
};

interface RuleDay {
  n: number | null;
  day: string;
}

const ruleDaysOf = (rule: ParsedRule): RuleDay[] =>
  (rule.parts.get('BYDAY')?.split(',') ?? []).map((item) => {
    const n = item.slice(0, -2);
    return {
      n: n === '' ? null : Number(n),
      day: dayName(ruleDays.indexOf(item.slice(-2)) + 1),
    };
  });

/** "1st", "2nd", "3rd", "11th", "22nd". */
const nth = (n: number): string => {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th');
  return `${n}${suffix}`;
};

const every = (interval: number, unit: string): string =>
  interval === 1 ? `every ${unit}` : `every ${interval} ${unit}s`;

const intervalOf = (rule: ParsedRule): number => Number(rule.parts.get('INTERVAL') ?? '1');

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "Second Tuesday of every month" (BYDAY=+2TU or BYDAY=TU;BYSETPOS=2), "The 15th of every month". */
const monthlyPattern = (rule: ParsedRule, startsOn: string, shaping: string[]): string | null => {
  const months = every(intervalOf(rule), 'month');
  const monthDay =
    rule.parts.get('BYMONTHDAY') ?? (shaping.length === 0 ? `${parseDate(startsOn).day}` : null);
  if (monthDay !== null) {
    if (shaping.some((key) => key !== 'BYMONTHDAY') || monthDay.includes(',')) return null;
    const day = Number(monthDay);
    if (day === -1) return `Last day of ${months}`;
    return day > 0 ? `The ${nth(day)} of ${months}` : null;
  }
  const days = ruleDaysOf(rule);
  const [only] = days;
  const setPos = rule.parts.get('BYSETPOS');
  if (!only || days.length !== 1 || shaping.some((key) => key !== 'BYDAY' && key !== 'BYSETPOS')) {
    return null;
  }
  // Both an ordinal and BYSETPOS at once is unusual enough to leave to rrule's wording.
  if (only.n !== null && setPos !== undefined) return null;
  const name = ordinals[only.n ?? Number(setPos)];
  return name === undefined ? null : `${name} ${only.day} of ${months}`;
};

/** "Every Wednesday", "Every 2 weeks on Monday and Thursday". */
const weeklyPattern = (rule: ParsedRule, startsOn: string, shaping: string[]): string | null => {
  const days = ruleDaysOf(rule);
  if (shaping.some((key) => key !== 'BYDAY') || days.some((day) => day.n !== null)) return null;
  const names = joinAnd(
    days.length > 0 ? days.map((day) => day.day) : [dayName(parseDate(startsOn).dayOfWeek)],
  );
  const interval = intervalOf(rule);
  return interval === 1 ? `Every ${names}` : `Every ${interval} weeks on ${names}`;
};

/**
 * Wording for the patterns community teams actually use; null for anything else, which
 * falls back to rrule's own English.
 */
const commonPattern = (rule: ParsedRule, startsOn: string): string | null => {
  const shaping = [...rule.parts.keys()].filter(
    (key) => !['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'WKST'].includes(key),
  );
  switch (rule.parts.get('FREQ')) {
    case 'MONTHLY':
      return monthlyPattern(rule, startsOn, shaping);
    case 'WEEKLY':
      return weeklyPattern(rule, startsOn, shaping);
    case 'DAILY':
      return shaping.length === 0 ? capitalise(every(intervalOf(rule), 'day')) : null;
    default:
      return null;
  }
};

/** rrule's English for the repeating part alone (the end is worded separately). */
const fallbackPattern = (rule: ParsedRule, startsOn: string): string => {
  const open = [...rule.parts]
    .filter(([key]) => key !== 'COUNT' && key !== 'UNTIL')
    .map(([key, value]) => `${key}=${value}`)
    .join(';');
  return capitalise(ruleFrom(parseRule(open), startsOn).toText());
};

const ending = (rule: ParsedRule): string => {
  if (rule.until !== null) return `, until ${dayMonthYear(rule.until)}`;
  if (rule.count !== null) return `, ${plural(rule.count, 'session')}`;
  return ', with no end date';
};

/** Plain English, e.g. "Second Tuesday of every month, 10:00 to 12:00, until 31 December 2027". */
export const describeSchedule = (schedule: SeriesSchedule): string => {
  readSessionTimes(schedule.startTime, schedule.endTime);
  parseDate(schedule.startsOn);
  const rule = parseRule(schedule.rrule);
  const pattern =
    commonPattern(rule, schedule.startsOn) ?? fallbackPattern(rule, schedule.startsOn);
  return `${pattern}, ${schedule.startTime} to ${schedule.endTime}${ending(rule)}`;
};
