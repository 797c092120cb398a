/**
 * Availability for one appointment (issue 6 part 1): `availableSlots` lists the times to
 * offer, best first; `checkSlot` decides whether a chosen time is still on offer. Both run
 * the same preparation (prepare.ts) and the same per-advisor sweep (sweep.ts).
 */
import { unavailabilityClashes } from '../access-needs/unavailability';
import { describeDate } from '../calendar/dates';
import { describeInstant, type InstantInput } from '../calendar/london';
import {
  type Day,
  epochMinutes,
  fromEpochMinutes,
  type Prepared,
  type PreparedStaff,
  prepare,
} from './prepare';
import { type OpenStart, onLeave, sweepStaff } from './sweep';
import type { Availability, AvailabilityRequest, AvailableSlot, SlotCheck } from './types';

interface Choice {
  readonly member: PreparedStaff;
  readonly open: OpenStart;
}

/** Every open start in the range, with who could come at each, in time order. */
const openStarts = (
  p: Prepared,
  range: { readonly from: number; readonly until: number },
): Map<number, Choice[]> => {
  const byStart = new Map<number, Choice[]>();
  for (const member of p.staff) {
    for (const open of sweepStaff(p, member, range)) {
      const choices = byStart.get(open.start);
      if (choices) choices.push({ member, open });
      else byStart.set(open.start, [{ member, open }]);
    }
  }
  return byStart;
};

const cheaper = (a: Choice, b: Choice): number =>
  a.open.addedKm - b.open.addedKm || a.member.order - b.member.order;

/**
 * Who goes at one start: the one (or two) who add least travel. A named contact always
 * leads; a second colleague, when needed, is the cheapest of the rest. `prefer` keeps the
 * staff the tenant was shown when they are all still free.
 */
const pickStaff = (
  p: Prepared,
  choices: Choice[],
  prefer: readonly string[] = [],
): Choice[] | null => {
  const named = p.requirements.staffConstraints.namedStaffId;
  const preferred = prefer.map((id) => choices.find((c) => c.member.id === id));
  if (
    preferred.length === p.requirements.staffCount &&
    preferred.every((c) => c !== undefined) &&
    new Set(prefer).size === prefer.length &&
    (named === null || prefer[0] === named)
  ) {
    return preferred as Choice[];
  }
  const sorted = [...choices].sort(cheaper);
  const lead = named === null ? sorted[0] : sorted.find((c) => c.member.id === named);
  if (!lead) return null;
  if (p.requirements.staffCount === 1) return [lead];
  const second = sorted.find((c) => c !== lead);
  return second ? [lead, second] : null;
};

const roundTo = (value: number, places: number): number => {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
};

interface Fit {
  readonly meets: AvailableSlot['meets'][number][];
  readonly score: number;
  readonly km: number;
  readonly minutes: number;
}

/** How well a team at a start fits: the tenant's preferences, less the travel it adds. */
const fitOf = (p: Prepared, team: readonly Choice[]): Fit => {
  const first = team[0] as Choice;
  const day = p.days[first.open.dayIndex] as Day;
  const meets: Fit['meets'] = [];
  const timeOfDay = first.open.localMinute < 12 * 60 ? 'morning' : 'afternoon';
  if (p.preferredTimes.has(timeOfDay)) meets.push('time_of_day');
  if (p.preferredDays.has(day.weekday)) meets.push('day');
  const km = team.reduce((sum, c) => sum + c.open.addedKm, 0);
  const minutes = team.reduce((sum, c) => sum + c.open.addedMinutes, 0);
  const score =
    (meets.includes('time_of_day') ? p.weights.preferredTimeOfDay : 0) +
    (meets.includes('day') ? p.weights.preferredDay : 0) -
    p.weights.perAddedKm * km;
  return { meets, score: roundTo(score, 2), km, minutes };
};

const toSlot = (p: Prepared, start: number, team: readonly Choice[], fit: Fit): AvailableSlot => {
  const day = p.days[(team[0] as Choice).open.dayIndex] as Day;
  const startAt = fromEpochMinutes(start);
  const endAt = fromEpochMinutes(start + p.duration);
  const clock = (t: typeof startAt) => t.toPlainTime().toString({ smallestUnit: 'minute' });
  return {
    start: startAt,
    end: endAt,
    date: day.date,
    startTime: clock(startAt),
    endTime: clock(endAt),
    staffIds: team.map((c) => c.member.id),
    score: fit.score,
    addedTravelKm: roundTo(Math.max(0, fit.km), 2),
    addedTravelMinutes: Math.max(0, Math.ceil(fit.minutes - 1e-9)),
    meets: fit.meets,
  };
};

/** Scores every open start, then keeps the best, at most `maxSlotsPerDay` on any day. */
const rank = (
  p: Prepared,
  byStart: Map<number, Choice[]>,
): { slots: AvailableSlot[]; open: number } => {
  const ranked: { start: number; team: Choice[]; fit: Fit }[] = [];
  for (const [start, choices] of byStart) {
    const team = pickStaff(p, choices);
    if (team) ranked.push({ start, team, fit: fitOf(p, team) });
  }
  // Best score first, then the soonest; Temporal values are built only for the slots kept.
  ranked.sort((a, b) => b.fit.score - a.fit.score || a.start - b.start);
  const perDay = new Map<number, number>();
  const kept: AvailableSlot[] = [];
  for (const { start, team, fit } of ranked) {
    if (kept.length >= p.maxSlots) break;
    const dayIndex = (team[0] as Choice).open.dayIndex;
    const count = perDay.get(dayIndex) ?? 0;
    if (count >= p.maxSlotsPerDay) continue;
    perDay.set(dayIndex, count + 1);
    kept.push(toSlot(p, start, team, fit));
  }
  return { slots: kept, open: ranked.length };
};

/**
 * The times one appointment can be booked, best first: the staff's working patterns and
 * leave, less bank holidays and closures, less their appointments and the road travel to
 * and from them, less the times the customer cannot do, from the earliest lawful start
 * (notice, interpreter and written-format lead times) to the deadline or the window's end,
 * for the duration and staff the customer's needs call for (002 §8.11–8.13).
 *
 * Never silently empty: when there are no slots, `noSlotsReason` says why, and when a
 * deadline cannot be met `escalation` says so and that a manager must act.
 */
export const availableSlots = (request: AvailabilityRequest): Availability => {
  const p = prepare(request);
  const base = {
    from: p.from,
    until: p.until,
    reasons: p.reasons,
    considered: p.earliest.considered,
    deadline: p.earliest.latest,
    warnings: p.warnings,
    granularityMinutes: p.grid,
    requirements: p.requirements,
  };
  const none = (noSlotsReason: string, escalation: string | null): Availability => ({
    ...base,
    slots: [],
    escalation,
    noSlotsReason,
    openStarts: 0,
  });

  if (p.earliest.escalation) return none(p.earliest.escalation, p.earliest.escalation);
  const escalate = (why: string): string | null =>
    p.untilIsDeadline && p.earliest.latest
      ? `${why} ${p.earliest.latest.reason}: the visit must start before ${describeInstant(p.earliest.latest.by)}. Escalate to a manager now.`
      : null;
  if (p.blocked) return none(p.blocked, escalate(p.blocked));
  if (p.fromMin >= p.untilMin) {
    const why = `The booking window closes (${describeInstant(p.until)}) before the earliest the visit can be (${describeInstant(p.from)}).`;
    return none(why, escalate(why));
  }

  const byStart = openStarts(p, { from: p.fromMin, until: p.untilMin });
  const { slots, open } = rank(p, byStart);
  if (slots.length === 0) {
    const why = `No one who can do this visit is free between ${describeInstant(p.from)} and ${describeInstant(p.until)}.`;
    return none(why, escalate(why));
  }
  return { ...base, slots, escalation: null, noSlotsReason: null, openStarts: open };
};

/**
 * Whether a chosen start is (still) on offer, and who would come; if not, why not, in plain
 * words for the tenant. Uses exactly the rules of `availableSlots` over the same request,
 * but ignores its `maxSlots` and per-day caps: any open time may be booked. `preferStaffIds`
 * keeps the staff the tenant was shown when they are all still free.
 */
export const checkSlot = (
  request: AvailabilityRequest,
  start: InstantInput,
  options: { readonly preferStaffIds?: readonly string[] } = {},
): SlotCheck => {
  const p = prepare(request);
  const refuse = (code: Exclude<SlotCheck, { ok: true }>['code'], reason: string): SlotCheck => ({
    ok: false,
    code,
    reason,
  });
  if (p.earliest.escalation) return refuse('escalation', p.earliest.escalation);
  if (p.blocked) return refuse('cannot_book', p.blocked);
  const s = epochMinutes(start);
  const when = describeInstant(start);
  if (s < p.fromMin) {
    return refuse(
      'too_soon',
      `${when} is too soon: the earliest the visit can be is ${describeInstant(p.from)} (${p.reasons.slice(0, -1).join('; ')}).`,
    );
  }
  if (s >= p.untilMin) {
    return refuse(
      'too_late',
      `${when} is too late: ${p.reasons[p.reasons.length - 1] ?? 'the booking window has closed'}.`,
    );
  }
  if (Math.abs(s / p.grid - Math.round(s / p.grid)) > 1e-9) {
    return refuse(
      'not_a_slot_time',
      `Visits start every ${p.grid} minutes from the hour: ${when} is not one of the times offered.`,
    );
  }
  const day = p.days.find((d) => d.start <= s && s < d.end) as Day;
  if (day.closed) {
    return refuse(
      'closed',
      `${describeDate(day.date)} is a bank holiday or a day the office is closed: no visits are booked then.`,
    );
  }
  const clashes = unavailabilityClashes(request.profile, start, p.duration);
  if (clashes.length > 0) return refuse('customer_unavailable', clashes.join(' '));

  const choices = openStarts(p, { from: s, until: s + 1 }).get(s) ?? [];
  const team = pickStaff(p, choices, options.preferStaffIds);
  if (team) return { ok: true, slot: toSlot(p, s, team, fitOf(p, team)) };

  const working = p.staff.filter(
    (member) =>
      !onLeave(member, day.date) &&
      (member.pattern.get(day.patternDay) ?? []).some(
        (period) =>
          p.wallClock(day.date, period.start) <= s &&
          s + p.duration <= p.wallClock(day.date, period.end),
      ),
  );
  if (working.length < p.requirements.staffCount) {
    return refuse(
      'no_one_working',
      `No one who can do this visit is working at ${when}. Please choose another time.`,
    );
  }
  return refuse(
    'taken',
    `${when} is no longer free: it may just have been taken. Please choose another time.`,
  );
};

/** Slots grouped by London day, days in date order and times in time order within each. */
export const slotsByDay = (
  slots: readonly AvailableSlot[],
): { date: string; label: string; slots: AvailableSlot[] }[] => {
  const days = new Map<string, AvailableSlot[]>();
  for (const slot of slots) {
    const list = days.get(slot.date);
    if (list) list.push(slot);
    else days.set(slot.date, [slot]);
  }
  return [...days.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, list]) => ({
      date,
      label: describeDate(date),
      slots: list.sort((a, b) => a.start.epochMilliseconds - b.start.epochMilliseconds),
    }));
};
