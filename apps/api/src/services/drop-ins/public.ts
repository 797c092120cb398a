import { areaSlug, type Database, dropInSeries, venueAreas } from '@doorstep/db';
import {
  DomainError,
  describeSchedule,
  londonDate,
  type Occurrence,
  type VenueFact,
  venueFacts,
} from '@doorstep/domain';
import { and, eq } from 'drizzle-orm';
import { addDays, addMonths } from './dates';
import {
  expandFor,
  loadScheduleData,
  occurrenceOn,
  type ScheduleData,
  type SeriesRow,
  scheduleOf,
  type VenueRow,
} from './load';

const areas = venueAreas.map((name) => ({ slug: areaSlug(name), name }));

/** The venue as the public sees it: the facts answered yes, by name. */
function publicVenue(venue: VenueRow) {
  return {
    id: venue.id,
    name: venue.name,
    area: venue.area,
    areaSlug: areaSlug(venue.area),
    addressLine1: venue.addressLine1,
    town: venue.town,
    postcode: venue.postcode,
    latitude: venue.latitude,
    longitude: venue.longitude,
    openingNotes: venue.openingNotes,
    busRoutes: venue.busRoutes,
    nearestStop: venue.nearestStop,
    facts: venueFacts.filter((fact) => venue[fact] === true),
  };
}

export type PublicSession = ReturnType<typeof publicSessionOf>;

// Skipped occurrences are filtered out before this is used; the entry only completes the map.
const publicStatus = {
  scheduled: 'scheduled',
  moved: 'moved',
  cancelled: 'cancelled',
  skipped: 'cancelled',
} as const satisfies Record<Occurrence['status'], 'scheduled' | 'moved' | 'cancelled'>;

function publicSessionOf(data: ScheduleData, series: SeriesRow, occurrence: Occurrence) {
  const venue = data.venues.get(occurrence.venueId);
  if (!venue) throw new Error(`venue ${occurrence.venueId} missing`);
  return {
    seriesId: series.id,
    originalDate: occurrence.originalDate,
    title: series.title,
    topics: series.topics,
    date: occurrence.date,
    startTime: occurrence.startTime,
    endTime: occurrence.endTime,
    startsAt: occurrence.startsAt,
    endsAt: occurrence.endsAt,
    status: publicStatus[occurrence.status],
    // A session moved by the clash rule says why in the clash's own name.
    reason: occurrence.reason ?? occurrence.clash?.name ?? null,
    venue: publicVenue(venue),
  };
}

interface Filter {
  from: string;
  to: string;
  today: string;
  areaSlug?: string | undefined;
  needs?: readonly VenueFact[] | undefined;
}

/**
 * Published sessions happening in [from, to], soonest first. Skipped ones never show;
 * cancelled ones show (with their reason) until their date has passed.
 */
function sessionsIn(data: ScheduleData, filter: Filter) {
  // A session can be moved a little way from the date the rule gave it, so look a month wider.
  const wideFrom = addMonths(filter.from, -1);
  const wideTo = addMonths(filter.to, 1);
  return data.series
    .flatMap((series) =>
      expandFor(data, series, wideFrom, wideTo)
        .filter((occurrence) => occurrence.status !== 'skipped')
        .map((occurrence) => publicSessionOf(data, series, occurrence)),
    )
    .filter(
      (session) =>
        session.date >= filter.from &&
        session.date <= filter.to &&
        session.date >= filter.today &&
        (filter.areaSlug === undefined || session.venue.areaSlug === filter.areaSlug) &&
        (filter.needs ?? []).every((need) => session.venue.facts.includes(need)),
    );
}

const publishedOnly = eq(dropInSeries.published, true);

const MAX_MONTHS = 12;

export async function publicList(
  db: Database,
  input: {
    area?: string | undefined;
    from?: string | undefined;
    to?: string | undefined;
    needs?: VenueFact[] | undefined;
  },
  now: Date,
) {
  const today = londonDate(now);
  const from = input.from && input.from > today ? input.from : today;
  const to = input.to ?? addMonths(from, 3);
  if (to < from)
    throw new DomainError('INVALID_INPUT', 'The last date must be on or after the first.');
  if (to > addMonths(from, MAX_MONTHS))
    throw new DomainError('INVALID_INPUT', `Show at most ${MAX_MONTHS} months at a time.`);
  const data = await loadScheduleData(db, publishedOnly);
  return {
    areas,
    sessions: sortSessions(
      sessionsIn(data, { from, to, today, areaSlug: input.area, needs: input.needs }),
    ),
  };
}

function sortSessions(sessions: PublicSession[]) {
  return sessions.sort(
    (a, b) =>
      a.startsAt.localeCompare(b.startsAt) ||
      a.title.localeCompare(b.title) ||
      a.seriesId.localeCompare(b.seriesId),
  );
}

const noSuchSession = () =>
  new DomainError('NOT_FOUND', 'There is no such drop-in session. It may have been withdrawn.');

export async function publicSession(
  db: Database,
  input: { seriesId: string; originalDate: string },
) {
  const data = await loadScheduleData(db, and(publishedOnly, eq(dropInSeries.id, input.seriesId)));
  const series = data.series[0];
  if (!series) throw noSuchSession();
  let occurrence: Occurrence;
  try {
    occurrence = occurrenceOn(data, series, input.originalDate);
  } catch {
    throw noSuchSession();
  }
  if (occurrence.status === 'skipped') throw noSuchSession();
  return {
    ...publicSessionOf(data, series, occurrence),
    description: describeSchedule(scheduleOf(series)),
  };
}

/** A month's sessions in one area, for a printed poster. */
export async function publicPoster(db: Database, input: { area: string; month: string }) {
  const area = areas.find((a) => a.slug === input.area);
  if (!area) throw new DomainError('NOT_FOUND', 'There is no area with that name.');
  const from = `${input.month}-01`;
  const last = addDays(addMonths(from, 1), -1);
  const data = await loadScheduleData(db, publishedOnly);
  const sessions = sessionsIn(data, { from, to: last, today: from, areaSlug: area.slug });
  return { area, month: input.month, sessions: sortSessions(sessions) };
}
