import { parseDate } from '../calendar/dates';
import { londonDateTime } from '../calendar/london';
import { foldChanges, type StaffChanges } from './changes';
import { type Clashes, findClashes } from './clashes';
import { fromFloating, parseRule, readSessionTimes, ruleFrom, toFloating } from './rule';
import type { ExpandOptions, Occurrence, SeriesSchedule } from './types';

/** The instant a London wall-clock time names, as "2026-03-30T09:00:00Z". */
const utc = (date: string, time: string): string =>
  londonDateTime(date, time).toInstant().toString();

interface Placement {
  date: string;
  startTime: string;
  endTime: string;
  status: Occurrence['status'];
  clash: Occurrence['clash'];
}

/**
 * Where the occurrence happens: a staff move wins over the clash rule (staff may hold a
 * skipped session after all by moving it), the clash rule over the series' own date.
 */
const place = (
  schedule: SeriesSchedule,
  originalDate: string,
  venueId: string,
  staff: StaffChanges | undefined,
  clashes: Clashes,
): Placement => {
  const { startTime, endTime } = schedule;
  const move = staff?.move;
  if (move) {
    const same =
      move.date === originalDate && move.startTime === startTime && move.endTime === endTime;
    const { date, startTime: starts, endTime: ends } = move;
    return {
      date,
      startTime: starts,
      endTime: ends,
      status: same ? 'scheduled' : 'moved',
      clash: null,
    };
  }
  const clash = clashes.on(originalDate, venueId);
  if (clash === null) {
    return { date: originalDate, startTime, endTime, status: 'scheduled', clash };
  }
  if (schedule.clashRule === 'skip') {
    return { date: originalDate, startTime, endTime, status: 'skipped', clash };
  }
  const date = clashes.nextOpenDay(originalDate, venueId);
  return { date, startTime, endTime, status: 'moved', clash };
};

const occurrence = (
  schedule: SeriesSchedule,
  originalDate: string,
  staff: StaffChanges | undefined,
  clashes: Clashes,
): Occurrence => {
  const venueId = staff?.venueId ?? schedule.venueId;
  const placed = place(schedule, originalDate, venueId, staff, clashes);
  // A cancellation holds whatever else was changed; its own reason and time are what show.
  const last = staff?.cancel ?? staff?.latest;
  return {
    originalDate,
    date: placed.date,
    startTime: placed.startTime,
    endTime: placed.endTime,
    startsAt: utc(placed.date, placed.startTime),
    endsAt: utc(placed.date, placed.endTime),
    venueId,
    status: staff?.cancel ? 'cancelled' : placed.status,
    clash: placed.clash,
    reason: last?.reason ?? null,
    changedAt: last?.changedAt ?? null,
    changeCount: staff?.count ?? 0,
  };
};

const byWhen = (a: Occurrence, b: Occurrence): number =>
  a.date.localeCompare(b.date) ||
  a.startTime.localeCompare(b.startTime) ||
  a.originalDate.localeCompare(b.originalDate);

/** The distinct dates the rule gives in [from, to], both London dates, inclusive. */
const originalDates = (schedule: SeriesSchedule, from: string, to: string): string[] => {
  const rule = ruleFrom(parseRule(schedule.rrule), schedule.startsOn);
  return [...new Set(rule.between(toFloating(from), toFloating(to), true).map(fromFloating))];
};

/**
 * Expands original dates in [from, to], applies the clash rule and then staff's changes.
 * Skipped and cancelled occurrences are included, sorted by (date, startTime).
 */
export const expandSeries = (schedule: SeriesSchedule, options: ExpandOptions): Occurrence[] => {
  readSessionTimes(schedule.startTime, schedule.endTime);
  const clashes = findClashes(options.closures ?? [], options.closedDays ?? []);
  const staff = foldChanges(options.changes ?? []);
  return originalDates(
    schedule,
    parseDate(options.from).toString(),
    parseDate(options.to).toString(),
  )
    .map((date) => occurrence(schedule, date, staff.get(date), clashes))
    .sort(byWhen);
};

/** The next `count` (default 12) occurrences from `from`, skipped ones included and marked. */
export const previewSeries = (
  schedule: SeriesSchedule,
  options: Omit<ExpandOptions, 'to'> & { count?: number },
): Occurrence[] => {
  const { count = 12, ...rest } = options;
  if (count < 1) return [];
  const from = parseDate(options.from).toString();
  const dates: string[] = [];
  ruleFrom(parseRule(schedule.rrule), schedule.startsOn).all((next) => {
    const date = fromFloating(next);
    if (date >= from && dates.at(-1) !== date) dates.push(date);
    return dates.length < count;
  });
  const last = dates.at(-1);
  return last === undefined ? [] : expandSeries(schedule, { ...rest, to: last });
};
