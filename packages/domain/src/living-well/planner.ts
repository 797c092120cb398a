import { Temporal } from 'temporal-polyfill';
import { weekdays } from '../access-needs/vocabulary';
import { describeDate, parseDate, parseTime } from '../calendar/dates';
import { createWorkingCalendar } from '../calendar/working-calendar';
import { DomainError } from '../errors';
import { solve } from '../routing/solve';
import type { Job, TimeWindow, Vehicle } from '../routing/types';
import { alignedStarts } from './align';
import type {
  LatLng,
  PlanDay,
  PlanMeeting,
  PlannedVisit,
  PlannerInput,
  PlannerOptions,
  PlanResult,
  Unplaced,
} from './planner-types';

const dayMinutes = 24 * 60;
/** A lunch break of half an hour starting between 12:00 and 13:30: planners forget it, people don't. */
const lunch = { from: 12 * 60, to: 13 * 60 + 30, minutes: 30 };

export const minutesOf = (time: string) => {
  const t = parseTime(time);
  return t.hour * 60 + t.minute;
};
export const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(Math.round(minutes % 60)).padStart(2, '0')}`;
const at = (place: LatLng) => ({ x: place.longitude, y: place.latitude });

/** The horizon's days, each with its index (the day's offset on the planner's minute axis). */
function horizonDays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = parseDate(from); d.toString() <= to; d = d.add({ days: 1 })) days.push(d.toString());
  if (days.length > 366) {
    throw new DomainError('INVALID_INPUT', 'A plan can look at most a year ahead.');
  }
  return days;
}

/** Weekday names by date: asked for every meeting on every day of a plan, so remembered. */
const weekdayNames = new Map<string, string | undefined>();
const weekdayOf = (date: string) => {
  if (!weekdayNames.has(date)) {
    if (weekdayNames.size > 5000) weekdayNames.clear();
    weekdayNames.set(date, weekdays[parseDate(date).dayOfWeek - 1]);
  }
  return weekdayNames.get(date);
};

/** Start-of-visit windows on one day, less the times the tenant cannot do. */
export function windowsOnDay(
  meeting: PlanMeeting,
  date: string,
  offset: number,
  hours: { start: number; end: number },
): TimeWindow[] {
  if (meeting.unavailableDates?.includes(date)) return [];
  const duration = meeting.durationMinutes;
  let windows: TimeWindow[] = [{ start: hours.start, end: hours.end - duration }];
  const busyTimes = meeting.unavailableWeekly ?? [];
  const weekday = busyTimes.length > 0 ? weekdayOf(date) : undefined;
  for (const busy of busyTimes) {
    if (busy.day !== weekday) continue;
    // A visit starting in (from - duration, to) would overlap the busy time.
    const cutFrom = minutesOf(busy.from) - duration;
    const cutTo = minutesOf(busy.to);
    windows = windows.flatMap((w) => [
      ...(w.start <= cutFrom ? [{ start: w.start, end: Math.min(w.end, cutFrom) }] : []),
      ...(w.end >= cutTo ? [{ start: Math.max(w.start, cutTo), end: w.end }] : []),
    ]);
  }
  return windows
    .filter((w) => w.end >= w.start)
    .map((w) => ({ start: offset + w.start, end: offset + w.end }));
}

interface Placement {
  windows: TimeWindow[];
  days: string[];
  late: boolean;
  firstDay: string;
  lastDay: string;
}

/**
 * The dates a meeting may be held on within the plan: on or after its earliest date, no more
 * than `monthsEarly` before its due date and not after it — or, when that range is already
 * past, from the earliest date to the end of the plan (late).
 */
export function meetingRange(
  meeting: Pick<PlanMeeting, 'dueOn' | 'earliestOn'>,
  input: Pick<PlannerInput, 'from' | 'to' | 'monthsEarly'>,
): { firstDay: string; lastDay: string; late: boolean } {
  const early = parseDate(meeting.dueOn)
    .subtract({ months: input.monthsEarly ?? 2 })
    .toString();
  const notBefore = [meeting.earliestOn, input.from].reduce((a, b) => (a > b ? a : b));
  const late = meeting.dueOn < notBefore;
  const firstDay = late ? notBefore : notBefore > early ? notBefore : early;
  const lastDay = late ? input.to : meeting.dueOn < input.to ? meeting.dueOn : input.to;
  return { firstDay, lastDay, late };
}

/**
 * Where a meeting may go: a working day not locked, within its range (meetingRange).
 * Returns the reason when there is nowhere.
 */
function placementFor(
  meeting: PlanMeeting,
  input: PlannerInput,
  openDays: Map<string, number>,
  hours: { start: number; end: number },
): Placement | string {
  const { firstDay, lastDay, late } = meetingRange(meeting, input);
  if (firstDay > input.to) {
    return `It cannot happen before ${describeDate(firstDay)}, after the end of this plan.`;
  }
  const between = `between ${describeDate(firstDay)} and ${describeDate(lastDay)}`;
  const days = [...openDays].filter(([date]) => date >= firstDay && date <= lastDay);
  if (days.length === 0) return `The advisor has no open working day ${between}.`;
  const paired = meeting.twoPerson
    ? days.filter(([date]) => input.pairDays === undefined || input.pairDays.includes(date))
    : days;
  if (paired.length === 0) return `No colleague is free to come along on any day ${between}.`;
  const windows = paired.flatMap(([date, offset]) => windowsOnDay(meeting, date, offset, hours));
  if (windows.length === 0) {
    return `The times the tenant cannot do leave no time on the advisor's working days ${between}.`;
  }
  return { windows, days: paired.map(([date]) => date), late, firstDay, lastDay };
}

/**
 * Proposes a Living Well plan for one advisor: every meeting on a working day before it is
 * due (and no more than two months early), within the daily cap, around leave, bank holidays,
 * commitments, the tenant's unavailable times and lead times; then the routing engine orders
 * each day so that homes near each other share one. Booked visits and locked days are kept.
 */
export function planMeetings(input: PlannerInput, options: PlannerOptions = {}): PlanResult {
  const hours = {
    start: minutesOf(input.workingHours.start),
    end: minutesOf(input.workingHours.end),
  };
  if (hours.end <= hours.start) {
    throw new DomainError('INVALID_INPUT', 'The working day must end after it starts.');
  }
  const calendar = createWorkingCalendar({ closedDays: [...(input.closedDays ?? [])] });
  const onLeave = (date: string) =>
    input.leave.some((spell) => date >= spell.startsOn && date <= spell.endsOn);
  const locked = new Set(input.lockedDays);
  const fixedDays = new Set(input.fixed.map((visit) => visit.date));

  const offsets = new Map<string, number>();
  const openDays = new Map<string, number>();
  horizonDays(input.from, input.to).forEach((date, index) => {
    const working = calendar.isWorkingDay(date) && !onLeave(date);
    if (working || fixedDays.has(date)) offsets.set(date, index * dayMinutes);
    if (working && !locked.has(date) && input.dailyCap > 0) openDays.set(date, index * dayMinutes);
  });

  const unplaced: Unplaced[] = [];
  const jobs: Job[] = [];
  const meetingLate = new Map<string, boolean>();
  const ranges = new Map<string, string>();
  const allowedDays = new Map<string, string[]>();
  for (const meeting of input.meetings) {
    if (input.dailyCap <= 0) {
      unplaced.push({
        tenancyId: meeting.tenancyId,
        reason: 'The daily cap is 0 meetings, so nothing can be planned.',
      });
      continue;
    }
    const placement = placementFor(meeting, input, openDays, hours);
    if (typeof placement === 'string') {
      unplaced.push({ tenancyId: meeting.tenancyId, reason: placement });
      continue;
    }
    meetingLate.set(meeting.tenancyId, placement.late);
    allowedDays.set(meeting.tenancyId, placement.days);
    ranges.set(
      meeting.tenancyId,
      `between ${describeDate(placement.firstDay)} and ${describeDate(placement.lastDay)}`,
    );
    const daysLeft = parseDate(input.from).until(parseDate(meeting.dueOn)).days;
    jobs.push({
      id: `meeting:${meeting.tenancyId}`,
      location: at(meeting.location),
      service: meeting.durationMinutes,
      windows: placement.windows,
      demand: 1,
      // Placed (and, when not everything fits, kept) in order of urgency: a meeting that can
      // still be on time before one already late, which may go on any later day; among those
      // on time, the soonest due first, as their days are fewest.
      priority: placement.late ? 1 : Math.max(2, 1000 - Math.max(0, daysLeft)),
    });
  }

  for (const visit of input.fixed) {
    const offset = offsets.get(visit.date);
    if (offset === undefined) continue;
    jobs.push({
      id: `fixed:${visit.tenancyId}`,
      location: at(visit.location),
      service: visit.durationMinutes,
      demand: 1,
      pinnedVehicle: visit.date,
      pinnedStart: offset + minutesOf(visit.startTime),
      priority: 10_000,
    });
  }
  input.commitments.forEach((commitment, index) => {
    const offset = offsets.get(commitment.date);
    const start = minutesOf(commitment.startTime);
    const end = minutesOf(commitment.endTime);
    if (offset === undefined || start < hours.start || end > hours.end) return;
    jobs.push({
      id: `commitment:${index}`,
      location: at(commitment.location),
      service: end - start,
      demand: 0,
      pinnedVehicle: commitment.date,
      pinnedStart: offset + start,
      priority: 10_000,
    });
  });

  const vehicles: Vehicle[] = [...offsets].map(([date, offset]) => ({
    id: date,
    start: at(input.base),
    shift: { start: offset + hours.start, end: offset + hours.end },
    capacity: Math.max(
      Math.max(0, input.dailyCap),
      input.fixed.filter((visit) => visit.date === date).length,
    ),
    ...(hours.start <= lunch.from && hours.end >= lunch.to + lunch.minutes
      ? {
          break: {
            window: { start: offset + lunch.from, end: offset + lunch.to },
            duration: lunch.minutes,
          },
        }
      : {}),
  }));

  const plan =
    vehicles.length === 0 || jobs.length === 0
      ? {
          routes: [],
          unassigned: jobs.map((job) => ({ jobId: job.id, reason: 'fleet-full' as const })),
        }
      : solve(
          { vehicles, jobs, travel: { kind: 'road-estimate' } },
          {
            seed: options.seed ?? 1,
            timeLimitMs: options.timeLimitMs ?? 2000,
            ...(options.now ? { now: options.now } : {}),
          },
        );

  const visitsOn = new Map(
    plan.routes.map((route) => [
      route.vehicleId,
      route.stops.filter((stop) => /^(meeting|fixed):/.test(stop.jobId ?? '')).length,
    ]),
  );
  for (const missing of plan.unassigned) {
    if (!missing.jobId.startsWith('meeting:')) continue;
    const tenancyId = missing.jobId.slice('meeting:'.length);
    const range = ranges.get(tenancyId) ?? '';
    const full = (allowedDays.get(tenancyId) ?? []).every(
      (date) => (visitsOn.get(date) ?? 0) >= input.dailyCap,
    );
    unplaced.push({
      tenancyId,
      reason: full
        ? `Every open day ${range} is full (${input.dailyCap} meetings a day at most).`
        : `No time ${range} fits around the advisor's other visits and commitments.`,
    });
  }

  const fixedKind = new Map(input.fixed.map((visit) => [visit.tenancyId, visit.kind]));
  const durations = new Map<string, number>([
    ...input.meetings.map((m) => [m.tenancyId, m.durationMinutes] as const),
    ...input.fixed.map((v) => [v.tenancyId, v.durationMinutes] as const),
  ]);
  const jobsById = new Map(jobs.map((job) => [job.id, job]));
  const vehiclesById = new Map(vehicles.map((vehicle) => [vehicle.id, vehicle]));
  const days: PlanDay[] = plan.routes
    .map((route) => {
      const offset = offsets.get(route.vehicleId) ?? 0;
      const vehicle = vehiclesById.get(route.vehicleId);
      const aligned =
        input.startEveryMinutes && vehicle
          ? alignedStarts(route, jobsById, vehicle, input.startEveryMinutes)
          : null;
      const visits: PlannedVisit[] = route.stops.flatMap((stop, index) => {
        const [kind, tenancyId] = (stop.jobId ?? '').split(/:(.*)/s) as [string, string];
        if (stop.kind !== 'job' || (kind !== 'meeting' && kind !== 'fixed')) return [];
        const start = Math.round((aligned?.[index] ?? stop.start) - offset);
        return [
          {
            tenancyId,
            date: route.vehicleId,
            startTime: clock(start),
            endTime: clock(start + (durations.get(tenancyId) ?? 0)),
            kind: kind === 'fixed' ? (fixedKind.get(tenancyId) ?? 'booked') : 'proposed',
            late: meetingLate.get(tenancyId) ?? false,
          },
        ];
      });
      return {
        date: route.vehicleId,
        locked: locked.has(route.vehicleId),
        visits,
        travelKm: route.distance,
      };
    })
    .filter((day) => day.visits.length > 0)
    .sort((a, b) => Temporal.PlainDate.compare(a.date, b.date));

  const visitCount = days.reduce((sum, day) => sum + day.visits.length, 0);
  const travelKm = days.reduce((sum, day) => sum + day.travelKm, 0);
  return {
    days,
    unplaced,
    visitCount,
    travelKm,
    travelKmPerVisit: visitCount === 0 ? null : travelKm / visitCount,
  };
}
