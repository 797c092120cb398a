import {
  type Database,
  dropInAttendance,
  dropInChanges,
  dropInInterest,
  dropInSeries,
} from '@doorstep/db';
import {
  assertVenuePublishable,
  assertWithinOpeningHours,
  DomainError,
  londonDate,
  type Occurrence,
} from '@doorstep/domain';
import { and, eq, gte, lte } from 'drizzle-orm';
import { dropInsChanged } from './generation';
import {
  expandFor,
  findSeries,
  loadScheduleData,
  occurrenceOn,
  occurrenceView,
  type Places,
  type ScheduleData,
  type SeriesRow,
  venueOf,
} from './load';
import { queueDropInNotices } from './notify';
import { forPublishing } from './venues';

/** The longest range one list may cover, so a mistyped year cannot expand decades. */
const MAX_LIST_DAYS = 400;

const daysBetween = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

export async function listOccurrences(
  db: Database,
  input: { from: string; to: string; seriesId?: string | undefined },
) {
  if (daysBetween(input.from, input.to) > MAX_LIST_DAYS) {
    throw new DomainError('INVALID_INPUT', `List at most ${MAX_LIST_DAYS} days at a time.`);
  }
  const data = await loadScheduleData(
    db,
    input.seriesId ? eq(dropInSeries.id, input.seriesId) : undefined,
  );
  const attendance = await db
    .select({
      seriesId: dropInAttendance.seriesId,
      originalDate: dropInAttendance.originalDate,
      count: dropInAttendance.count,
    })
    .from(dropInAttendance)
    .where(
      and(
        input.seriesId ? eq(dropInAttendance.seriesId, input.seriesId) : undefined,
        gte(dropInAttendance.originalDate, input.from),
        lte(dropInAttendance.originalDate, input.to),
      ),
    );
  const counts = new Map(attendance.map((a) => [`${a.seriesId}/${a.originalDate}`, a.count]));
  return data.series
    .flatMap((series) =>
      expandFor(data, series, input.from, input.to).map((occurrence) => ({
        ...occurrenceView(data, series, occurrence),
        attendance: counts.get(`${series.id}/${occurrence.originalDate}`) ?? null,
      })),
    )
    .sort(
      (a, b) =>
        a.startsAt.localeCompare(b.startsAt) ||
        a.title.localeCompare(b.title) ||
        a.seriesId.localeCompare(b.seriesId),
    );
}

export interface OccurrenceKey {
  seriesId: string;
  originalDate: string;
}

type NewChange =
  | { kind: 'cancel' | 'reinstate' }
  | { kind: 'move'; date: string; startTime: string; endTime: string }
  | { kind: 'venue'; venueId: string };

/** The venue must be open for the whole session that day, and not closed for the day. */
function assertVenueOpen(
  places: Places,
  venueId: string,
  session: { date: string; startTime: string; endTime: string },
) {
  const venue = venueOf(places, venueId);
  const { date, startTime, endTime } = session;
  assertWithinOpeningHours(venue.openingHours, date, startTime, endTime, venue.name);
  const closure = places.closures.find((c) => c.venueId === venueId && c.date === date);
  if (closure) {
    throw new DomainError(
      'INVALID_INPUT',
      `${venue.name} is closed on ${date} (${closure.reason}). Choose another day or venue.`,
    );
  }
}

/** A cancelled session must be reinstated before anything else is changed about it. */
function assertNotCancelled(current: Occurrence, what: string) {
  if (current.status === 'cancelled') {
    throw new DomainError(
      'PRECONDITION_FAILED',
      `That session is cancelled. Reinstate it before ${what}.`,
    );
  }
}

/** Refuses a change that makes no sense for the occurrence as it stands now. */
function checkChange(
  data: ScheduleData,
  series: SeriesRow,
  current: Occurrence,
  change: NewChange,
  today: string,
) {
  if (current.status === 'skipped') {
    throw new DomainError(
      'PRECONDITION_FAILED',
      `There is no session on ${current.originalDate} to change: it is skipped (${current.clash?.name ?? 'a clash'}).`,
    );
  }
  if (current.date < today) {
    throw new DomainError('PRECONDITION_FAILED', 'That session has already happened.');
  }
  switch (change.kind) {
    case 'cancel':
      if (current.status === 'cancelled')
        throw new DomainError('CONFLICT', 'That session is already cancelled.');
      return;
    case 'reinstate':
      if (current.status !== 'cancelled')
        throw new DomainError('CONFLICT', 'That session is not cancelled.');
      return;
    case 'move':
      assertNotCancelled(current, 'moving it');
      if (change.date < today)
        throw new DomainError('INVALID_INPUT', 'A session cannot be moved into the past.');
      assertVenueOpen(data, current.venueId, change);
      return;
    case 'venue':
      assertNotCancelled(current, 'changing its venue');
      if (change.venueId === current.venueId)
        throw new DomainError('CONFLICT', 'The session is already at that venue.');
      if (series.published) assertVenuePublishable(forPublishing(venueOf(data, change.venueId)));
      assertVenueOpen(data, change.venueId, current);
      return;
  }
}

/**
 * One staff change to one occurrence, with the notices to everyone who said they would come,
 * in one transaction. The series row is locked so two changes to it queue rather than race.
 */
async function changeOccurrence(
  db: Database,
  key: OccurrenceKey & { reason: string },
  change: NewChange,
  staffId: string | null,
  now: Date,
) {
  const result = await db.transaction(async (tx) => {
    const series = await findSeries(tx, key.seriesId, { forUpdate: true });
    const data = await loadScheduleData(tx, eq(dropInSeries.id, series.id));
    const current = occurrenceOn(data, series, key.originalDate);
    checkChange(data, series, current, change, londonDate(now));
    // Changes are folded in time order, so each must come after the last even when the clock
    // reads the same (a test's fixed clock, or two changes within a millisecond).
    const latest = Math.max(
      0,
      ...(data.changes.get(series.id) ?? []).map((c) => Date.parse(c.changedAt)),
    );
    const changedAt = new Date(Math.max(now.getTime(), latest + 1));
    await tx.insert(dropInChanges).values({
      seriesId: series.id,
      originalDate: key.originalDate,
      kind: change.kind,
      reason: key.reason,
      changedById: staffId,
      changedAt,
      ...(change.kind === 'move'
        ? { date: change.date, startTime: change.startTime, endTime: change.endTime }
        : {}),
      ...(change.kind === 'venue' ? { venueId: change.venueId } : {}),
    });
    const after = occurrenceOn(
      await loadScheduleData(tx, eq(dropInSeries.id, series.id)),
      series,
      key.originalDate,
    );
    const outcome = await queueDropInNotices(
      tx,
      { seriesId: series.id, originalDate: key.originalDate, startsAt: current.startsAt },
      now,
    );
    return { occurrence: occurrenceView(data, series, after), ...outcome };
  });
  dropInsChanged(db);
  return result;
}

type Reasoned = OccurrenceKey & { reason: string };

export const cancelOccurrence = (
  db: Database,
  input: Reasoned,
  staffId: string | null,
  now: Date,
) => changeOccurrence(db, input, { kind: 'cancel' }, staffId, now);

export const reinstateOccurrence = (
  db: Database,
  input: Reasoned,
  staffId: string | null,
  now: Date,
) => changeOccurrence(db, input, { kind: 'reinstate' }, staffId, now);

export const moveOccurrence = (
  db: Database,
  input: Reasoned & { date: string; startTime: string; endTime: string },
  staffId: string,
  now: Date,
) =>
  changeOccurrence(
    db,
    input,
    { kind: 'move', date: input.date, startTime: input.startTime, endTime: input.endTime },
    staffId,
    now,
  );

export const changeOccurrenceVenue = (
  db: Database,
  input: Reasoned & { venueId: string },
  staffId: string,
  now: Date,
) => changeOccurrence(db, input, { kind: 'venue', venueId: input.venueId }, staffId, now);

/** The occurrence, which must be one the schedule gives and not one skipped by a clash. */
export async function heldOccurrence(db: Database, key: OccurrenceKey) {
  const series = await findSeries(db, key.seriesId);
  const data = await loadScheduleData(db, eq(dropInSeries.id, series.id));
  const occurrence = occurrenceOn(data, series, key.originalDate);
  if (occurrence.status === 'skipped') {
    throw new DomainError(
      'PRECONDITION_FAILED',
      `There is no session on ${key.originalDate}: it is skipped (${occurrence.clash?.name ?? 'a clash'}).`,
    );
  }
  return { series, occurrence };
}

export async function addInterest(
  db: Database,
  input: OccurrenceKey & { customerId: string },
  staffId: string,
) {
  const { occurrence } = await heldOccurrence(db, input);
  if (occurrence.status === 'cancelled')
    throw new DomainError('PRECONDITION_FAILED', 'That session is cancelled.');
  const added = await db
    .insert(dropInInterest)
    .values({ ...input, recordedById: staffId })
    .onConflictDoNothing()
    .returning({ id: dropInInterest.id });
  return { added: added.length > 0 };
}
