import { type Database, dropInAttendance, dropInSeries, withDomainErrors } from '@doorstep/db';
import {
  assertVenuePublishable,
  attendanceTrend,
  type ClashRule,
  checkSchedule,
  DomainError,
  type DropInTopic,
  describeSchedule,
  londonDate,
  type OccurrenceChange,
  previewSeries,
  type SeriesSchedule,
} from '@doorstep/domain';
import { asc, eq } from 'drizzle-orm';
import { addDays, laterOf } from './dates';
import { dropInsChanged } from './generation';
import {
  expandFor,
  findSeries,
  loadPlaces,
  loadScheduleData,
  occurrenceView,
  type ScheduleData,
  type SeriesRow,
  scheduleOf,
  venueOf,
} from './load';
import { forPublishing } from './venues';

export interface SeriesFields extends SeriesSchedule {
  title: string;
  team: string;
  topics: DropInTopic[];
}

/** How far ahead "next date" looks: a series with nothing in 13 months has no next date. */
const LOOKAHEAD_DAYS = 400;

function summary(data: ScheduleData, series: SeriesRow, today: string) {
  const venue = venueOf(data, series.venueId);
  const from = laterOf(today, series.startsOn);
  const next = expandFor(data, series, from, addDays(from, LOOKAHEAD_DAYS)).find(
    (o) => o.date >= today && o.status !== 'skipped' && o.status !== 'cancelled',
  );
  return {
    id: series.id,
    title: series.title,
    team: series.team,
    topics: series.topics,
    venueId: series.venueId,
    venueName: venue.name,
    area: venue.area,
    description: describeSchedule(scheduleOf(series)),
    startsOn: series.startsOn,
    endsOn: series.endsOn,
    published: series.published,
    nextDate: next?.date ?? null,
  };
}

export async function listSeries(db: Database, now: Date) {
  const data = await loadScheduleData(db);
  const today = londonDate(now);
  return data.series.map((series) => summary(data, series, today));
}

export async function getSeries(db: Database, id: string, now: Date) {
  const data = await loadScheduleData(db, eq(dropInSeries.id, id));
  const series = data.series[0];
  if (!series) throw new DomainError('NOT_FOUND', 'There is no drop-in series with that id.');
  const today = londonDate(now);
  const attendance = await db
    .select({
      date: dropInAttendance.originalDate,
      count: dropInAttendance.count,
      topics: dropInAttendance.topics,
    })
    .from(dropInAttendance)
    .where(eq(dropInAttendance.seriesId, id))
    .orderBy(asc(dropInAttendance.originalDate));
  const upcoming = previewSeries(scheduleOf(series), {
    from: laterOf(today, series.startsOn),
    count: 12,
    closures: data.closures,
    changes: data.changes.get(series.id) ?? [],
    closedDays: data.closedDays,
  });
  return {
    ...summary(data, series, today),
    rrule: series.rrule,
    startTime: series.startTime,
    endTime: series.endTime,
    clashRule: series.clashRule,
    sequence: series.sequence,
    upcoming: upcoming.map((occurrence) => occurrenceView(data, series, occurrence)),
    attendance: attendanceTrend(attendance),
  };
}

/** The next 12 occurrences a schedule gives, clashes marked, before anything is saved. */
export async function previewSchedule(
  db: Database,
  input: SeriesSchedule & { seriesId?: string | undefined },
  now: Date,
) {
  const data = input.seriesId
    ? await loadScheduleData(db, eq(dropInSeries.id, input.seriesId))
    : { ...(await loadPlaces(db)), changes: new Map<string, OccurrenceChange[]>() };
  const venue = venueOf(data, input.venueId);
  const schedule: SeriesSchedule = {
    rrule: input.rrule,
    startsOn: input.startsOn,
    startTime: input.startTime,
    endTime: input.endTime,
    venueId: input.venueId,
    clashRule: input.clashRule,
  };
  const check = checkSchedule(schedule, venue.openingHours);
  const occurrences = previewSeries(schedule, {
    from: laterOf(londonDate(now), schedule.startsOn),
    count: 12,
    closures: data.closures,
    changes: input.seriesId ? (data.changes.get(input.seriesId) ?? []) : [],
    closedDays: data.closedDays,
  });
  return {
    ...check,
    occurrences: occurrences.map((occurrence) => ({
      ...occurrence,
      venueName: data.venues.get(occurrence.venueId)?.name ?? '',
    })),
  };
}

/** Checks a schedule against its venue's opening hours; returns the venue and the check. */
async function checked(db: Database, schedule: SeriesSchedule) {
  const data = await loadPlaces(db);
  const venue = venueOf(data, schedule.venueId);
  return { venue, check: checkSchedule(schedule, venue.openingHours) };
}

export async function createSeries(db: Database, fields: SeriesFields, staffId: string | null) {
  const { check } = await checked(db, fields);
  const [row] = await withDomainErrors(() =>
    db
      .insert(dropInSeries)
      .values({ ...fields, endsOn: check.endsOn, createdById: staffId })
      .returning({ id: dropInSeries.id }),
  );
  if (!row) throw new Error('series insert returned nothing');
  dropInsChanged(db);
  return { id: row.id };
}

/**
 * Any edit to the series moves every occurrence's SEQUENCE on by one, so subscribed
 * calendars take the new details rather than keeping their copy.
 */
export async function updateSeries(
  db: Database,
  id: string,
  fields: Partial<SeriesFields>,
  now: Date,
) {
  await withDomainErrors(() =>
    db.transaction(async (tx) => {
      const current = await findSeries(tx, id, { forUpdate: true });
      const next: SeriesFields = {
        title: fields.title ?? current.title,
        team: fields.team ?? current.team,
        topics: fields.topics ?? current.topics,
        rrule: fields.rrule ?? current.rrule,
        startsOn: fields.startsOn ?? current.startsOn,
        startTime: fields.startTime ?? current.startTime,
        endTime: fields.endTime ?? current.endTime,
        venueId: fields.venueId ?? current.venueId,
        clashRule: (fields.clashRule ?? current.clashRule) as ClashRule,
      };
      const { venue, check } = await checked(tx, next);
      if (current.published) assertVenuePublishable(forPublishing(venue));
      await tx
        .update(dropInSeries)
        .set({ ...next, endsOn: check.endsOn, sequence: current.sequence + 1, updatedAt: now })
        .where(eq(dropInSeries.id, id));
    }),
  );
  dropInsChanged(db);
  return { id };
}

/** Publishing puts a series on the public pages and feeds; its venue must be accessible. */
export async function setPublished(db: Database, id: string, published: boolean, now: Date) {
  await db.transaction(async (tx) => {
    const series = await findSeries(tx, id, { forUpdate: true });
    if (published) {
      assertVenuePublishable(forPublishing(venueOf(await loadPlaces(tx), series.venueId)));
    }
    await tx.update(dropInSeries).set({ published, updatedAt: now }).where(eq(dropInSeries.id, id));
  });
  dropInsChanged(db);
  return { id, published };
}
