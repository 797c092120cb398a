/**
 * Turns an availability request into plain numbers the sweep can run over: the window from
 * the notice rules, the London days in it, the customer's unavailable times, and each
 * eligible member of staff with their working periods and diary. Instants become epoch
 * minutes here, once; Temporal does every wall-clock conversion, so clock changes are its
 * business, not ours.
 */
import { Temporal } from 'temporal-polyfill';
import type { VisitRequirements } from '../access-needs/visit-requirements';
import { visitRequirements } from '../access-needs/visit-requirements';
import { type Weekday, weekdays } from '../access-needs/vocabulary';
import { addDays, describeDate, parseDate, parseTime } from '../calendar/dates';
import {
  describeInstant,
  endOfLondonDay,
  type InstantInput,
  londonDate,
  londonTimeZone,
  startOfLondonDay,
  toLondon,
} from '../calendar/london';
import { createWorkingCalendar, type WorkingCalendar } from '../calendar/working-calendar';
import { DomainError } from '../errors';
import { type EarliestStart, earliestStart } from '../notices/earliest-start';
import { latestStart } from '../notices/latest-start';
import { defaultNoticeRules, type NoticeRules } from '../notices/rules';
import { roadEstimate } from '../routing/metrics';
import type { RoadEstimateOptions } from '../routing/types';
import {
  type AvailabilityRequest,
  type CandidateStaff,
  type GeoPoint,
  type PatternDay,
  patternDays,
  type RankingWeights,
} from './types';

const invalid = (message: string): never => {
  throw new DomainError('INVALID_INPUT', message);
};

export const defaultGranularityMinutes = 30;
export const defaultMaxSlots = 40;
export const defaultMaxSlotsPerDay = 6;
export const defaultWindowDays = 21;
export const maxWindowDays = 92;
export const defaultWeights: RankingWeights = {
  preferredTimeOfDay: 30,
  preferredDay: 30,
  perAddedKm: 2,
};

const minuteMs = 60_000;
const dayMinutes = 1440;

/** Epoch minutes of an instant; Dates and Temporal values skip the string parser. */
export const epochMinutes = (input: InstantInput): number => {
  if (input instanceof Temporal.ZonedDateTime || input instanceof Temporal.Instant) {
    return input.epochMilliseconds / minuteMs;
  }
  if (input instanceof Date && !Number.isNaN(input.getTime())) return input.getTime() / minuteMs;
  return toLondon(input).epochMilliseconds / minuteMs;
};

export const fromEpochMinutes = (minutes: number): Temporal.ZonedDateTime =>
  Temporal.Instant.fromEpochMilliseconds(Math.round(minutes * minuteMs)).toZonedDateTimeISO(
    londonTimeZone,
  );

const offsetMinutes = (zoned: Temporal.ZonedDateTime): number =>
  zoned.offsetNanoseconds / 60_000_000_000;

/** Routing engine coordinates: x is longitude, y is latitude. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

export const toPoint = (point: GeoPoint, what: string): Point => {
  const { latitude, longitude } = point;
  if (
    !Number.isFinite(latitude) ||
    !Number.isFinite(longitude) ||
    Math.abs(latitude) > 90 ||
    Math.abs(longitude) > 180
  ) {
    invalid(`The location of ${what} is not a valid latitude and longitude.`);
  }
  return { x: longitude, y: latitude };
};

/** Half-open span of epoch minutes. */
export interface Span {
  start: number;
  end: number;
}

/** Sorts by start and joins spans that overlap or touch. */
export const mergeSpans = (spans: Span[]): Span[] => {
  spans.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
};

/** One London day in the window. */
export interface Day {
  readonly date: string;
  readonly weekday: Weekday;
  readonly patternDay: PatternDay;
  /** Epoch minutes of the London midnights that open and close it. */
  readonly start: number;
  readonly end: number;
  /** UTC offset in minutes all day, or null on a clock-change day. */
  readonly offset: number | null;
  /** A bank holiday or an organisation closure day. */
  readonly closed: boolean;
  /** A one-off date the customer cannot do. */
  readonly customerOff: boolean;
}

/** An existing appointment reduced to numbers, with the travel between it and the visit. */
export interface Stop {
  readonly start: number;
  readonly end: number;
  readonly point: Point;
  /** Road minutes and km between this stop and the visit's location. */
  readonly minutes: number;
  readonly km: number;
}

export interface PreparedStaff {
  readonly id: string;
  /** Index in the request's staff list: the tie-breaker. */
  readonly order: number;
  readonly base: Stop;
  readonly source: CandidateStaff;
  /** Sorted by start. */
  readonly stops: Stop[];
  /** Each stop widened by the travel to and from the visit, merged: the visit may not touch them. */
  readonly busy: Span[];
  /** Working periods on each pattern day, sorted, as validated `HH:MM` pairs. */
  readonly pattern: Map<PatternDay, { start: string; end: string }[]>;
  readonly leave: { startsOn: string; endsOn: string }[];
}

export interface Prepared {
  readonly rules: NoticeRules;
  readonly calendar: WorkingCalendar;
  readonly earliest: EarliestStart;
  readonly requirements: VisitRequirements;
  readonly from: Temporal.ZonedDateTime;
  readonly until: Temporal.ZonedDateTime;
  readonly fromMin: number;
  readonly untilMin: number;
  /** True when the search reaches the deadline (so no slots means the deadline cannot be met). */
  readonly untilIsDeadline: boolean;
  readonly reasons: string[];
  readonly warnings: string[];
  /** Set when nothing can be offered whatever the diaries say. */
  readonly blocked: string | null;
  readonly days: Day[];
  /** The customer's weekly unavailable windows on the window's days, merged. */
  readonly customerBusy: Span[];
  readonly duration: number;
  readonly grid: number;
  readonly home: Point;
  readonly travel: RoadEstimateOptions;
  readonly staff: PreparedStaff[];
  readonly weights: RankingWeights;
  readonly preferredTimes: ReadonlySet<string>;
  readonly preferredDays: ReadonlySet<string>;
  readonly maxSlots: number;
  readonly maxSlotsPerDay: number;
  /** Epoch minutes of a wall-clock time on a date (cached). */
  wallClock(date: string, time: string): number;
}

const wholeInRange = (value: number, min: number, max: number): boolean =>
  Number.isInteger(value) && value >= min && value <= max;

const readPattern = (member: CandidateStaff): PreparedStaff['pattern'] => {
  const pattern: PreparedStaff['pattern'] = new Map();
  for (const [key, periods] of Object.entries(member.workingPattern)) {
    if (!(patternDays as readonly string[]).includes(key)) {
      invalid(`"${key}" is not a day in a working pattern: use mon, tue, wed, thu, fri, sat, sun.`);
    }
    const sorted = [...(periods ?? [])]
      .map((period) => {
        const start = parseTime(period.start);
        const end = parseTime(period.end);
        if (Temporal.PlainTime.compare(start, end) >= 0) {
          invalid(
            `Working hours ${period.start}–${period.end} on ${key} end before they start for staff ${member.id}.`,
          );
        }
        return { start, end };
      })
      .sort((a, b) => Temporal.PlainTime.compare(a.start, b.start));
    sorted.forEach((period, i) => {
      const next = sorted[i + 1];
      if (next && Temporal.PlainTime.compare(next.start, period.end) < 0) {
        invalid(`Working hours on ${key} overlap for staff ${member.id}.`);
      }
    });
    const fmt = (t: Temporal.PlainTime) => t.toString({ smallestUnit: 'minute' });
    pattern.set(
      key as PatternDay,
      sorted.map((p) => ({ start: fmt(p.start), end: fmt(p.end) })),
    );
  }
  return pattern;
};

const prepareStaff = (
  member: CandidateStaff,
  order: number,
  home: Point,
  travel: RoadEstimateOptions,
  ignored: ReadonlySet<string>,
): PreparedStaff => {
  const stopAt = (point: Point, start: number, end: number): Stop => {
    const road = roadEstimate(point, home, travel);
    return { start, end, point, minutes: road.minutes, km: road.distanceKm };
  };
  const stops: Stop[] = [];
  for (const appointment of member.appointments) {
    if (appointment.id !== undefined && ignored.has(appointment.id)) continue;
    const start = epochMinutes(appointment.start);
    const end = epochMinutes(appointment.end);
    if (!(end > start)) {
      invalid(`An appointment of staff ${member.id} ends before it starts.`);
    }
    stops.push(stopAt(toPoint(appointment.location, 'an appointment'), start, end));
  }
  stops.sort((a, b) => a.start - b.start);
  const busy = mergeSpans(
    stops.map((stop) => ({ start: stop.start - stop.minutes, end: stop.end + stop.minutes })),
  );
  const leave = (member.leave ?? []).map((range) => {
    parseDate(range.startsOn);
    parseDate(range.endsOn);
    if (range.endsOn < range.startsOn) {
      invalid(`Leave for staff ${member.id} ends on ${range.endsOn}, before it starts.`);
    }
    return { startsOn: range.startsOn, endsOn: range.endsOn };
  });
  return {
    id: member.id,
    order,
    base: stopAt(toPoint(member.homeBase, `the home base of staff ${member.id}`), 0, 0),
    source: member,
    stops,
    busy,
    pattern: readPattern(member),
    leave,
  };
};

/** Staff who may attend under the visit's requirements, or why nobody may. */
const eligibleStaff = (
  request: AvailabilityRequest,
  requirements: VisitRequirements,
): { staff: CandidateStaff[]; blocked: string | null } => {
  const { gender, namedStaffId } = requirements.staffConstraints;
  const skills = request.requiredSkills ?? [];
  const fits = (member: CandidateStaff) =>
    (gender === null || member.gender === gender) &&
    skills.every((skill) => member.skills?.includes(skill));
  const staff = request.staff.filter(fits);
  const needs: string[] = [];
  if (gender) needs.push(`a ${gender} visitor`);
  if (skills.length > 0) needs.push(`staff with ${skills.join(', ')}`);
  const needsText = needs.length > 0 ? ` (it needs ${needs.join(' and ')})` : '';
  if (namedStaffId !== null && !staff.some((member) => member.id === namedStaffId)) {
    return {
      staff: [],
      blocked: `Only the customer's named contact may attend, and they are not among the staff who could do this visit${needsText}.`,
    };
  }
  if (staff.length < requirements.staffCount) {
    return {
      staff: [],
      blocked:
        requirements.staffCount === 2
          ? `This visit needs two staff, and fewer than two could do it${needsText}.`
          : `No member of staff could do this visit${needsText}.`,
    };
  }
  return { staff, blocked: null };
};

const later = (a: Temporal.ZonedDateTime, b: Temporal.ZonedDateTime) =>
  Temporal.ZonedDateTime.compare(a, b) >= 0 ? a : b;

export const prepare = (request: AvailabilityRequest): Prepared => {
  const grid = request.granularityMinutes ?? defaultGranularityMinutes;
  if (!wholeInRange(grid, 5, 60) || 60 % grid !== 0) {
    invalid('Slots must be a whole number of minutes that divides an hour, such as 15 or 30.');
  }
  const maxSlots = request.maxSlots ?? defaultMaxSlots;
  const maxSlotsPerDay = request.maxSlotsPerDay ?? defaultMaxSlotsPerDay;
  if (!wholeInRange(maxSlots, 1, 1000) || !wholeInRange(maxSlotsPerDay, 1, 1000)) {
    invalid('The number of slots to offer must be a whole number from 1 to 1000.');
  }
  const ids = new Set(request.staff.map((member) => member.id));
  if (ids.size !== request.staff.length) invalid('Each member of staff must be given only once.');
  const weights = { ...defaultWeights, ...request.weights };
  if (!Object.values(weights).every((w) => Number.isFinite(w) && w >= 0)) {
    invalid('Ranking weights must be numbers of 0 or more.');
  }

  const rules = request.rules ?? defaultNoticeRules;
  const calendar = createWorkingCalendar({ closedDays: [...(request.closedDays ?? [])] });
  const options = { rules, calendar };
  const initiatedBy = request.initiatedBy ?? 'tenant';
  const home = toPoint(request.location, 'the visit');
  const travel = request.travel ?? {};
  const nowAt = toLondon(request.now);

  const earliest = earliestStart(
    {
      type: request.type,
      now: nowAt,
      profile: request.profile,
      initiatedBy,
      lastVisit: request.lastVisit ?? null,
      reportedAt: request.reportedAt ?? null,
      emergencyHazard: request.emergencyHazard ?? false,
    },
    options,
  );
  const warnings: string[] = [];
  const rule = rules.appointments[request.type];
  if (rule.deadline && !earliest.latest) {
    // Optional input, but never silently: staff see that no deadline was applied.
    try {
      latestStart({ type: request.type }, options);
    } catch (error) {
      warnings.push(
        `No deadline was applied: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  const reasons = [...earliest.reasons];
  let from = earliest.at;
  const windowFrom = request.window?.from;
  const windowTo = request.window?.to;
  if (windowFrom !== undefined) {
    const opens = startOfLondonDay(windowFrom);
    if (Temporal.ZonedDateTime.compare(opens, from) > 0) {
      from = opens;
      reasons.splice(0, reasons.length, `the booking window opens on ${describeDate(windowFrom)}`);
    }
  }
  if (windowFrom !== undefined && windowTo !== undefined && windowTo < windowFrom) {
    invalid(`The booking window ends on ${windowTo}, before it starts on ${windowFrom}.`);
  }
  const lastDay = windowTo ?? addDays(londonDate(from), defaultWindowDays - 1);
  let until = endOfLondonDay(lastDay);
  let untilReason =
    windowTo !== undefined
      ? `the booking window closes at the end of ${describeDate(windowTo)}`
      : `times are offered for ${defaultWindowDays} days from the first day a visit may happen`;
  let untilIsDeadline = false;
  const deadline = earliest.latest;
  if (deadline && Temporal.ZonedDateTime.compare(deadline.by, until) <= 0) {
    until = deadline.by;
    untilReason = `${deadline.reason}: the visit must start before ${describeInstant(deadline.by)}`;
    untilIsDeadline = true;
  }
  reasons.push(untilReason);

  const fromMin = epochMinutes(from);
  const untilMin = epochMinutes(until);
  const firstDate = londonDate(from);
  const lastDate = londonDate(until.subtract({ nanoseconds: 1 }));
  if (
    fromMin < untilMin &&
    parseDate(firstDate).until(parseDate(lastDate)).days + 1 > maxWindowDays
  ) {
    invalid(`A booking window can be at most ${maxWindowDays} days long.`);
  }

  const requirements = visitRequirements(
    request.profile,
    request.type,
    later(from, nowAt),
    options,
  );
  let blocked: string | null = null;
  if (requirements.location.kind === 'venue' && (request.place ?? 'home') === 'home') {
    blocked = `This customer must not be visited at home: meet at ${requirements.location.venue ?? 'an agreed venue'} instead.`;
  }
  const eligible = eligibleStaff(request, requirements);
  blocked ??= eligible.blocked;

  const zoned = new Map<string, number>();
  const wallClock = (date: string, time: string): number => {
    const key = `${date}T${time}`;
    let minutes = zoned.get(key);
    if (minutes === undefined) {
      // The same construction as unavailabilityClashes: a time that does not exist on the
      // March clock-change day moves forward an hour; a repeated one is its first pass.
      minutes = epochMinutes(
        parseDate(date).toZonedDateTime({ timeZone: londonTimeZone, plainTime: parseTime(time) }),
      );
      zoned.set(key, minutes);
    }
    return minutes;
  };

  const unavailableDates = new Set(
    (request.profile.unavailableDates ?? []).map((d) => parseDate(d).toString()),
  );
  const days: Day[] = [];
  const customerBusy: Span[] = [];
  if (fromMin < untilMin) {
    for (
      let day = parseDate(firstDate);
      Temporal.PlainDate.compare(day, parseDate(lastDate)) <= 0;
      day = day.add({ days: 1 })
    ) {
      const date = day.toString();
      const opens = startOfLondonDay(date);
      const closes = endOfLondonDay(date);
      const weekday = weekdays[day.dayOfWeek - 1] as Weekday;
      days.push({
        date,
        weekday,
        patternDay: patternDays[day.dayOfWeek - 1] as PatternDay,
        start: epochMinutes(opens),
        end: epochMinutes(closes),
        offset: opens.offsetNanoseconds === closes.offsetNanoseconds ? offsetMinutes(opens) : null,
        closed: calendar.isHolidayOrClosure(date),
        customerOff: unavailableDates.has(date),
      });
      for (const window of request.profile.unavailableWeekly ?? []) {
        if (window.day !== weekday) continue;
        customerBusy.push({
          start: wallClock(date, window.from),
          end: wallClock(date, window.to),
        });
      }
    }
  }

  const ignored = new Set(request.ignoreAppointmentIds ?? []);
  const staff = eligible.staff.map((member) =>
    prepareStaff(member, request.staff.indexOf(member), home, travel, ignored),
  );

  return {
    rules,
    calendar,
    earliest,
    requirements,
    from,
    until,
    fromMin,
    untilMin,
    untilIsDeadline,
    reasons,
    warnings,
    blocked,
    days,
    customerBusy: mergeSpans(customerBusy),
    duration: requirements.durationMinutes,
    grid,
    home,
    travel,
    staff,
    weights,
    preferredTimes: new Set(request.preferences?.timesOfDay ?? []),
    preferredDays: new Set(request.preferences?.days ?? []),
    maxSlots,
    maxSlotsPerDay,
    wallClock,
  };
};

/** London minute of the day (0–1439) at an epoch minute on `day`. */
export const localMinuteOfDay = (day: Day, minute: number): number => {
  const offset = day.offset ?? offsetMinutes(fromEpochMinutes(minute));
  return (((minute + offset) % dayMinutes) + dayMinutes) % dayMinutes;
};
