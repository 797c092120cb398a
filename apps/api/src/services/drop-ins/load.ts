import {
  closureDays,
  type Database,
  dropInChanges,
  dropInSeries,
  venueClosures,
  venues,
} from '@doorstep/db';
import {
  DomainError,
  expandSeries,
  type Occurrence,
  type OccurrenceChange,
  type SeriesSchedule,
  type VenueClosure,
} from '@doorstep/domain';
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';

export type SeriesRow = typeof dropInSeries.$inferSelect;
export type VenueRow = typeof venues.$inferSelect;
type ChangeRow = typeof dropInChanges.$inferSelect;

/** Where sessions can be held, and the days they cannot. */
export interface Places {
  venues: Map<string, VenueRow>;
  closures: VenueClosure[];
  closedDays: string[];
}

/** Everything expanding some series needs, read in a handful of queries. */
export interface ScheduleData extends Places {
  series: SeriesRow[];
  changes: Map<string, OccurrenceChange[]>;
}

export const scheduleOf = (series: SeriesRow): SeriesSchedule => ({
  rrule: series.rrule,
  startsOn: series.startsOn,
  startTime: series.startTime,
  endTime: series.endTime,
  venueId: series.venueId,
  clashRule: series.clashRule,
});

export function toOccurrenceChange(row: ChangeRow): OccurrenceChange {
  const common = {
    originalDate: row.originalDate,
    reason: row.reason,
    changedAt: row.changedAt.toISOString(),
  };
  switch (row.kind) {
    case 'move':
      return {
        ...common,
        kind: 'move',
        date: row.date ?? row.originalDate,
        startTime: row.startTime ?? '',
        endTime: row.endTime ?? '',
      };
    case 'venue':
      return { ...common, kind: 'venue', venueId: row.venueId ?? '' };
    default:
      return { ...common, kind: row.kind };
  }
}

export async function loadPlaces(db: Database): Promise<Places> {
  const [venueRows, closureRows, closed] = await Promise.all([
    db.select().from(venues),
    db.select().from(venueClosures),
    db.select({ date: closureDays.date }).from(closureDays),
  ]);
  return {
    venues: new Map(venueRows.map((venue) => [venue.id, venue])),
    closures: closureRows.map(({ venueId, date, reason }) => ({ venueId, date, reason })),
    closedDays: closed.map((day) => day.date),
  };
}

/** Series matching `where` (all when absent), with their venues, closures and changes. */
export async function loadScheduleData(db: Database, where?: SQL): Promise<ScheduleData> {
  const series = await db
    .select()
    .from(dropInSeries)
    .where(where)
    .orderBy(asc(dropInSeries.title), asc(dropInSeries.id));
  const ids = series.map((s) => s.id);
  const [places, changeRows] = await Promise.all([
    loadPlaces(db),
    ids.length === 0
      ? Promise.resolve([])
      : db
          .select()
          .from(dropInChanges)
          .where(inArray(dropInChanges.seriesId, ids))
          .orderBy(asc(dropInChanges.changedAt), asc(dropInChanges.id)),
  ]);
  const changes = new Map<string, OccurrenceChange[]>();
  for (const row of changeRows) {
    const list = changes.get(row.seriesId) ?? [];
    list.push(toOccurrenceChange(row));
    changes.set(row.seriesId, list);
  }
  return { ...places, series, changes };
}

/** One series by id, locked for the rest of the transaction when `forUpdate`. */
export async function findSeries(
  db: Database,
  id: string,
  options: { forUpdate?: boolean; publishedOnly?: boolean } = {},
): Promise<SeriesRow> {
  const query = db
    .select()
    .from(dropInSeries)
    .where(
      and(
        eq(dropInSeries.id, id),
        options.publishedOnly ? eq(dropInSeries.published, true) : undefined,
      ),
    );
  const [row] = await (options.forUpdate ? query.for('update') : query);
  if (!row) throw new DomainError('NOT_FOUND', 'There is no drop-in series with that id.');
  return row;
}

export function expandFor(
  data: ScheduleData,
  series: SeriesRow,
  from: string,
  to: string,
): Occurrence[] {
  if (to < from) return [];
  return expandSeries(scheduleOf(series), {
    from,
    to,
    closures: data.closures,
    changes: data.changes.get(series.id) ?? [],
    closedDays: data.closedDays,
  });
}

/** The occurrence the rule gives on `originalDate`, as it stands after clashes and changes. */
export function occurrenceOn(
  data: ScheduleData,
  series: SeriesRow,
  originalDate: string,
): Occurrence {
  const found = expandFor(data, series, originalDate, originalDate).find(
    (occurrence) => occurrence.originalDate === originalDate,
  );
  if (!found) {
    throw new DomainError(
      'NOT_FOUND',
      `"${series.title}" has no session on ${originalDate}. Choose a date its schedule gives.`,
    );
  }
  return found;
}

export function venueOf(data: Places, venueId: string): VenueRow {
  const venue = data.venues.get(venueId);
  if (!venue) throw new DomainError('NOT_FOUND', 'There is no venue with that id.');
  return venue;
}

/** What a list shows of an occurrence: which series, and the venue by name. */
export function occurrenceView(data: Places, series: SeriesRow, occurrence: Occurrence) {
  return {
    ...occurrence,
    seriesId: series.id,
    title: series.title,
    venueName: data.venues.get(occurrence.venueId)?.name ?? '',
  };
}
