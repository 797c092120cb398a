import {
  appointments,
  closureDays,
  type Database,
  dropInSeries,
  homes,
  livingWellLockedDays,
  patches,
  staff,
  staffLeave,
  type WorkingPattern,
} from '@doorstep/db';
import {
  type AccessProfile,
  type Commitment,
  DomainError,
  type FixedVisit,
  isDomainError,
  londonDate,
  type PlanMeeting,
  type PlannerInput,
  startOfLondonDay,
  toLondon,
  type Unplaced,
} from '@doorstep/domain';
import { and, eq, gte, inArray, lte, notInArray, sql } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { typeLabel } from '../appointments/calendar-files';
import { expandFor, loadScheduleData, type ScheduleData } from '../drop-ins/load';
import { loadTenancyStates, type TenancyState } from './due';
import { createMeetingRules } from './meeting-rules';
import { loadPatchProfiles } from './profiles';

export const DEFAULT_HORIZON_WEEKS = 13;
export const DEFAULT_DAILY_CAP = 5;
/**
 * Planned visits start on the quarter hour where the day allows: a time people say, and one
 * the tenant's booking page can offer as it is (the page's own choices are half-hourly).
 */
export const PLAN_GRID_MINUTES = 15;

/** Everything one patch's plan is made from, and what storing and showing it needs. */
export interface PlanSetup {
  patchId: string;
  advisorId: string;
  input: PlannerInput;
  states: Map<string, TenancyState>;
  /** The meetings handed to the planner, by tenancy. */
  meetings: Map<string, PlanMeeting>;
  profiles: Map<string, AccessProfile>;
  /** Visits an invitation has gone out for: kept where they are, like locked ones. */
  invited: Set<string>;
  /** Tenancies the planner was never given, with the reason (e.g. a profile it cannot read). */
  refused: Unplaced[];
  rules: ReturnType<typeof createMeetingRules>;
}

const weekdayKeys = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const hhmm = (time: string) => time.slice(0, 5);
const addDays = (date: string, days: number) =>
  Temporal.PlainDate.from(date).add({ days }).toString();

/**
 * The hours every working day of the pattern covers (the planner takes one day shape), and
 * the weekdays it has no hours on, which are treated as days away.
 */
function workingShape(pattern: WorkingPattern) {
  const days = weekdayKeys.filter((day) => (pattern[day] ?? []).length > 0);
  const spans = days.map((day) => {
    const spells = pattern[day] ?? [];
    return {
      start: spells.map((s) => s.start).sort()[0] ?? '09:00',
      end:
        spells
          .map((s) => s.end)
          .sort()
          .at(-1) ?? '17:00',
    };
  });
  const start =
    spans
      .map((s) => s.start)
      .sort()
      .at(-1) ?? '09:00';
  const end = spans.map((s) => s.end).sort()[0] ?? '17:00';
  return { hours: { start, end }, offDays: new Set(weekdayKeys.filter((d) => !days.includes(d))) };
}

type StaffRow = typeof staff.$inferSelect;
type Spell = { startsOn: string; endsOn: string };
interface DiaryEntry {
  id: string;
  staffId: string;
  type: (typeof appointments.$inferSelect)['type'];
  startsAt: Date;
  endsAt: Date;
  latitude: number;
  longitude: number;
}

/** Leave of these members of staff that overlaps the dates from `from` to `to`. */
export async function leaveBetween(
  db: Database,
  staffIds: readonly string[],
  from: string,
  to: string,
): Promise<(Spell & { staffId: string })[]> {
  if (staffIds.length === 0) return [];
  return db
    .select({
      staffId: staffLeave.staffId,
      startsOn: staffLeave.startsOn,
      endsOn: staffLeave.endsOn,
    })
    .from(staffLeave)
    .where(
      and(
        inArray(staffLeave.staffId, [...staffIds]),
        gte(staffLeave.endsOn, from),
        lte(staffLeave.startsOn, to),
      ),
    );
}

/** The organisation's closure days from `from` to `to`. */
export async function closuresBetween(db: Database, from: string, to: string) {
  const rows = await db
    .select({ date: closureDays.date })
    .from(closureDays)
    .where(and(gte(closureDays.date, from), lte(closureDays.date, to)));
  return rows.map((row) => row.date);
}

/** What planning some patches reads from the database, in a fixed number of queries. */
export interface PlanningData {
  now: Date;
  from: string;
  to: string;
  advisors: Map<string, StaffRow | null>;
  states: Map<string, TenancyState[]>;
  leave: Map<string, Spell[]>;
  closedDays: string[];
  locked: Map<string, string[]>;
  diary: Map<string, DiaryEntry[]>;
  schedule: ScheduleData;
  profiles: Map<string, AccessProfile>;
  rules: ReturnType<typeof createMeetingRules>;
}

const groupBy = <T, K>(rows: readonly T[], key: (row: T) => K) => {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
};

/**
 * Reads what planning the given patches needs, for all of them at once: their advisors
 * (base, hours, team), leave, other appointments and the drop-ins their teams run, closure
 * days, locked days, every low-cost rental tenancy with its cycle and what is planned, booked
 * or offered, and the lead tenants' access needs.
 */
export async function loadPlanningData(
  db: Database,
  patchIds: readonly string[],
  now: Date,
  to: string,
): Promise<PlanningData> {
  const from = londonDate(now);
  const ids = [...patchIds];
  const patchRows =
    ids.length === 0
      ? []
      : await db
          .select({ id: patches.id, advisor: staff })
          .from(patches)
          .leftJoin(staff, eq(staff.id, patches.advisorId))
          .where(inArray(patches.id, ids));
  const advisors = new Map(patchRows.map((row) => [row.id, row.advisor]));
  const advisorRows = patchRows.flatMap((row) => (row.advisor ? [row.advisor] : []));
  const staffIds = [...new Set(advisorRows.map((a) => a.id))];
  const teams = [...new Set(advisorRows.map((a) => a.team))];
  const none = <T>(): Promise<T[]> => Promise.resolve([]);

  const [stateList, leave, closures, lockedRows, diary, schedule, profiles] = await Promise.all([
    loadTenancyStates(db, ids, now),
    leaveBetween(db, staffIds, from, to),
    closuresBetween(db, from, to),
    ids.length === 0
      ? none<{ patchId: string; date: string }>()
      : db
          .select({ patchId: livingWellLockedDays.patchId, date: livingWellLockedDays.date })
          .from(livingWellLockedDays)
          .where(
            and(
              inArray(livingWellLockedDays.patchId, ids),
              gte(livingWellLockedDays.date, from),
              lte(livingWellLockedDays.date, to),
            ),
          ),
    staffIds.length === 0
      ? none<DiaryEntry>()
      : db
          .select({
            id: appointments.id,
            staffId: appointments.staffId,
            type: appointments.type,
            startsAt: appointments.startsAt,
            endsAt: appointments.endsAt,
            latitude: homes.latitude,
            longitude: homes.longitude,
          })
          .from(appointments)
          .innerJoin(homes, eq(homes.id, appointments.homeId))
          .where(
            and(
              inArray(appointments.staffId, staffIds),
              notInArray(appointments.status, ['cancelled', 'rescheduled']),
              gte(appointments.startsAt, new Date(startOfLondonDay(from).epochMilliseconds)),
              lte(
                appointments.startsAt,
                new Date(startOfLondonDay(addDays(to, 1)).epochMilliseconds),
              ),
            ),
          ),
    teams.length === 0
      ? loadScheduleData(db, sql`false`)
      : loadScheduleData(
          db,
          and(inArray(dropInSeries.team, teams), eq(dropInSeries.published, true)),
        ),
    loadPatchProfiles(db, ids),
  ]);
  return {
    now,
    from,
    to,
    advisors,
    states: groupBy(stateList, (s) => s.patchId),
    leave: groupBy(leave, (l) => l.staffId),
    closedDays: closures,
    locked: new Map(
      [...groupBy(lockedRows, (l) => l.patchId)].map(([id, rows]) => [id, rows.map((r) => r.date)]),
    ),
    diary: groupBy(diary, (d) => d.staffId),
    schedule,
    profiles,
    rules: createMeetingRules(now),
  };
}

/**
 * One patch's planner input from data already read: the advisor's day shape, leave and days
 * off, commitments, what stays put (booked visits, visits on locked days, visits already
 * offered to tenants) and the meetings due by the end of the horizon.
 */
export function buildPlanSetup(data: PlanningData, patchId: string, dailyCap: number): PlanSetup {
  const { from, to } = data;
  if (!data.advisors.has(patchId)) {
    throw new DomainError('NOT_FOUND', 'There is no patch with that id.');
  }
  const advisor = data.advisors.get(patchId);
  if (!advisor) {
    throw new DomainError(
      'PRECONDITION_FAILED',
      'This patch has no advisor, so there is nobody to plan visits for. Assign one first.',
    );
  }
  const stateList = data.states.get(patchId) ?? [];
  const states = new Map(stateList.map((s) => [s.tenancyId, s]));
  const shape = workingShape(advisor.workingPattern);
  const offDays: Spell[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const key = weekdayKeys[Temporal.PlainDate.from(d).dayOfWeek - 1];
    if (key && shape.offDays.has(key)) offDays.push({ startsOn: d, endsOn: d });
  }
  const lockedDays = data.locked.get(patchId) ?? [];
  const locked = new Set(lockedDays);
  const inHorizon = (date: string) => date >= from && date <= to;

  const fixed: FixedVisit[] = [];
  const invited = new Set<string>();
  const bookedIds = new Set<string>();
  for (const state of stateList) {
    const location = { latitude: state.latitude, longitude: state.longitude };
    if (state.booked) {
      bookedIds.add(state.booked.appointmentId);
      if (!inHorizon(state.booked.date)) continue;
      const { date, startTime, durationMinutes } = state.booked;
      fixed.push({
        tenancyId: state.tenancyId,
        date,
        startTime,
        durationMinutes,
        location,
        kind: 'booked',
      });
      continue;
    }
    const visit = state.visit;
    if (!visit || !inHorizon(visit.date)) continue;
    const waiting = state.invitation && !state.invitation.answered;
    if (!locked.has(visit.date) && !waiting) continue;
    if (waiting) invited.add(state.tenancyId);
    fixed.push({
      tenancyId: state.tenancyId,
      date: visit.date,
      startTime: hhmm(visit.startTime),
      durationMinutes: Temporal.PlainTime.from(visit.startTime)
        .until(Temporal.PlainTime.from(visit.endTime))
        .total('minutes'),
      location,
      kind: 'locked',
    });
  }
  const kept = new Set(fixed.map((visit) => visit.tenancyId));

  const meetings = new Map<string, PlanMeeting>();
  const refused: Unplaced[] = [];
  for (const state of stateList) {
    if (kept.has(state.tenancyId) || state.booked || state.cadence.dueOn > to) continue;
    try {
      const profile = data.profiles.get(state.customerId) ?? {};
      meetings.set(state.tenancyId, data.rules.meetingFor(state, profile));
    } catch (error) {
      if (!isDomainError(error)) throw error;
      refused.push({ tenancyId: state.tenancyId, reason: error.message });
    }
  }

  const commitments: Commitment[] = [];
  for (const a of data.diary.get(advisor.id) ?? []) {
    if (bookedIds.has(a.id)) continue;
    const start = toLondon(a.startsAt);
    const end = toLondon(a.endsAt);
    commitments.push({
      date: start.toPlainDate().toString(),
      startTime: hhmm(start.toPlainTime().toString()),
      endTime: hhmm(end.toPlainTime().toString()),
      location: { latitude: a.latitude, longitude: a.longitude },
      label: typeLabel(a.type),
    });
  }
  const schedule = data.schedule;
  for (const series of schedule.series) {
    if (series.team !== advisor.team) continue;
    for (const occurrence of expandFor(schedule, series, from, to)) {
      if (occurrence.status === 'skipped' || occurrence.status === 'cancelled') continue;
      const venue = schedule.venues.get(occurrence.venueId);
      if (!venue) continue;
      commitments.push({
        date: occurrence.date,
        startTime: occurrence.startTime,
        endTime: occurrence.endTime,
        location: { latitude: venue.latitude, longitude: venue.longitude },
        label: series.title,
      });
    }
  }

  return {
    patchId,
    advisorId: advisor.id,
    input: {
      from,
      to,
      base: { latitude: advisor.homeBaseLatitude, longitude: advisor.homeBaseLongitude },
      workingHours: shape.hours,
      dailyCap,
      leave: [
        ...(data.leave.get(advisor.id) ?? []).map(({ startsOn, endsOn }) => ({ startsOn, endsOn })),
        ...offDays,
      ],
      closedDays: data.closedDays,
      commitments,
      fixed,
      lockedDays,
      meetings: [...meetings.values()],
      startEveryMinutes: PLAN_GRID_MINUTES,
    },
    states,
    meetings,
    profiles: data.profiles,
    invited,
    refused,
    rules: data.rules,
  };
}

/** The horizon's last day: `to` when given, else `horizonWeeks` from today. */
export const horizonEnd = (now: Date, options: { horizonWeeks: number; to?: string | undefined }) =>
  options.to ?? addDays(londonDate(now), options.horizonWeeks * 7 - 1);

/** Everything planning one patch needs (see loadPlanningData and buildPlanSetup). */
export async function loadPlanSetup(
  db: Database,
  patchId: string,
  now: Date,
  options: { horizonWeeks: number; dailyCap: number; to?: string | undefined },
): Promise<PlanSetup> {
  const data = await loadPlanningData(db, [patchId], now, horizonEnd(now, options));
  return buildPlanSetup(data, patchId, options.dailyCap);
}
