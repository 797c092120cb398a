import { type Database, staff, type WorkingPattern } from '@doorstep/db';
import {
  attemptStandard,
  DomainError,
  dayRoute,
  londonDate,
  visitBriefing,
  visitRequirements,
} from '@doorstep/domain';
import { eq } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { typeLabel } from './calendar-files';
import { customerFacts, type VisitRow, visitRows } from './visits';

const weekdayKeys = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const addDays = (date: string, days: number) =>
  Temporal.PlainDate.from(date).add({ days }).toString();
const minutesOf = (time: string) => {
  const [h = '0', m = '0'] = time.split(':');
  return Number(h) * 60 + Number(m);
};

/** The advisor's hours on a date from their working pattern; 09:00–17:00 on a day off. */
export function shiftOn(pattern: WorkingPattern, date: string) {
  const spells = pattern[weekdayKeys[Temporal.PlainDate.from(date).dayOfWeek - 1] ?? 'mon'] ?? [];
  const starts = spells.map((s) => s.start).sort();
  const ends = spells.map((s) => s.end).sort();
  return {
    startMinutes: minutesOf(starts[0] ?? '09:00'),
    endMinutes: minutesOf(ends.at(-1) ?? '17:00'),
  };
}

/** Visits that still take the visitor's time: an office cancellation or move does not. */
export const holdsTime = (row: Pick<VisitRow, 'status'>) =>
  row.status !== 'cancelled' && row.status !== 'rescheduled';

export async function staffBase(db: Database, staffId: string) {
  const [member] = await db
    .select({
      name: staff.homeBaseName,
      latitude: staff.homeBaseLatitude,
      longitude: staff.homeBaseLongitude,
      workingPattern: staff.workingPattern,
    })
    .from(staff)
    .where(eq(staff.id, staffId));
  if (!member) throw new DomainError('NOT_FOUND', 'There is no member of staff with that id.');
  return member;
}

export type DayOutput = Awaited<ReturnType<typeof loadDay>>;

/**
 * The visitor's own visits for one day or a week, in route order with travel between them
 * and each visit's door briefing. Office moves and cancellations stay in the list (a phone
 * that was offline must see them) but take no place in the route.
 */
export async function loadDay(
  db: Database,
  staffId: string,
  input: { date: string; days: 1 | 7 },
  now: Date,
  settings: { interpreterLine: string },
) {
  const to = addDays(input.date, input.days - 1);
  const [base, rows] = await Promise.all([
    staffBase(db, staffId),
    visitRows(db, { staffId, from: input.date, to }),
  ]);
  // A visit moved in the office leaves its old row behind; only one with an outcome matters.
  const shown = rows.filter((row) => row.status !== 'rescheduled' || row.outcome);
  const facts = await customerFacts(
    db,
    shown.map((row) => row.customerId),
    londonDate(now),
  );

  const legs = new Map<string, { minutes: number; km: number } | null>();
  let travelMinutes = 0;
  let travelKm = 0;
  for (let day = 0; day < input.days; day += 1) {
    const date = addDays(input.date, day);
    const route = dayRoute({
      date,
      from: base,
      shift: shiftOn(base.workingPattern, date),
      visits: shown
        .filter((row) => holdsTime(row) && londonDate(row.startsAt) === date)
        .map((row) => ({
          id: row.id,
          location: row,
          durationMinutes: (row.endsAt.getTime() - row.startsAt.getTime()) / 60_000,
          start: row.startsAt,
        })),
    });
    for (const stop of route.stops) legs.set(stop.id, stop.travelFromPrevious);
    travelMinutes += route.travelMinutes;
    travelKm += route.travelKm;
  }

  const visits = shown.map((row) => {
    const fact = facts.get(row.customerId);
    const profile = fact?.profile ?? {};
    const requirements = visitRequirements(profile, row.type, row.startsAt);
    return {
      id: row.id,
      version: row.version,
      date: londonDate(row.startsAt),
      start: row.startsAt.toISOString(),
      end: row.endsAt.toISOString(),
      flexible: row.flexible,
      type: row.type,
      typeLabel: typeLabel(row.type),
      purpose: row.purpose,
      reference: row.reference,
      status: row.status,
      outcome:
        row.outcome && row.occurredAt
          ? { outcome: row.outcome, occurredAt: row.occurredAt.toISOString() }
          : null,
      attempt: { number: row.attemptNumber, standard: attemptStandard(row.type)?.attempts ?? null },
      customer: { id: row.customerId, name: row.customerName, phone: row.customerPhone },
      home: {
        addressLine1: row.addressLine1,
        postcode: row.postcode,
        latitude: row.latitude,
        longitude: row.longitude,
      },
      travelFromPrevious: legs.get(row.id) ?? null,
      briefing: visitBriefing(profile, requirements, now, {
        interpreterLine: settings.interpreterLine,
        profileReviewDueOn: fact?.profileReviewDueOn ?? null,
      }),
      hasSafeguardingDetail: hasSafeguardingDetail(profile),
      livingWellTenancyId: row.type === 'living_well' ? row.tenancyId : null,
    };
  });

  return {
    date: input.date,
    days: input.days,
    generatedAt: now.toISOString(),
    start: { label: base.name, latitude: base.latitude, longitude: base.longitude },
    visits,
    totals: {
      visits: visits.filter(holdsTime).length,
      travelMinutes,
      travelKm: Math.round(travelKm * 10) / 10,
    },
  };
}

/** Whether there is restricted detail behind the explicit, audited safeguarding tap. */
export const hasSafeguardingDetail = (profile: {
  vulnerabilityFlags?: readonly string[] | undefined;
  contactRestrictions?: readonly { reason?: string | null | undefined }[] | undefined;
}) =>
  (profile.vulnerabilityFlags ?? []).length > 0 ||
  (profile.contactRestrictions ?? []).some((r) => Boolean(r.reason));
