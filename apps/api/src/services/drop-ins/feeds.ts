import { createHash } from 'node:crypto';
import { areaSlug, type Database, dropInSeries, venueAreas } from '@doorstep/db';
import {
  dropInTopicLabels,
  feedOccurrences,
  londonDate,
  type Occurrence,
  venueFactLabels,
  venueFacts,
} from '@doorstep/domain';
import { and, eq } from 'drizzle-orm';
import ical, { ICalEventStatus } from 'ical-generator';
import { CONTACT_PHONE } from '../appointments/calendar-files';
import { addDays, addMonths } from './dates';
import { foldLines } from './fold-lines';
import { dropInsGeneration } from './generation';
import {
  expandFor,
  loadScheduleData,
  occurrenceOn,
  type ScheduleData,
  type SeriesRow,
  scheduleOf,
  type VenueRow,
} from './load';

export type FeedScope =
  | { kind: 'all' }
  | { kind: 'area'; slug: string }
  | { kind: 'venue'; venueId: string };

export interface FeedFile {
  text: string;
  /** Strong: the same bytes always give the same tag, on every replica. */
  etag: string;
}

/** How far back a feed reaches, so a session that has just happened does not vanish at once. */
const PAST_DAYS = 30;
const FUTURE_MONTHS = 12;

/**
 * Another replica's write does not bump this process's generation, so a cached feed is also
 * dropped after a minute: other replicas catch up within that, this one at once.
 */
const CACHE_MS = 60_000;

/** `<seriesId>-<YYYYMMDD>@doorstep`: stable whatever later happens to the occurrence. */
export const occurrenceUid = (seriesId: string, originalDate: string) =>
  `${seriesId}-${originalDate.replaceAll('-', '')}@doorstep`;

export const sessionUrl = (publicUrl: string, seriesId: string, originalDate: string) =>
  `${publicUrl}/drop-ins/sessions/${seriesId}/${originalDate}`;

/**
 * ical-generator escapes event text but writes a calendar's NAME as given, so a venue name
 * or title with a line break could start a property of its own: it is escaped here (RFC 5545
 * TEXT) before it goes in.
 */
const calendarName = (text: string) =>
  text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');

function etagOf(text: string): string {
  return `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;
}

/**
 * What a subscriber's calendar shows for one occurrence. Everything here is public: the
 * session, its venue and its accessibility; never anyone who said they would come. Text goes
 * in as text, and ical-generator escapes it (commas, semicolons, new lines).
 */
function describe(series: SeriesRow, venue: VenueRow, occurrence: Occurrence): string {
  const facts = venueFacts.filter((fact) => venue[fact] === true).map((f) => venueFactLabels[f]);
  return [
    occurrence.status === 'cancelled'
      ? `Cancelled${occurrence.reason ? `: ${occurrence.reason}` : '.'}`
      : occurrence.status === 'moved'
        ? `Moved from ${occurrence.originalDate}${occurrence.reason ? `: ${occurrence.reason}` : occurrence.clash ? ` (${occurrence.clash.name})` : '.'}`
        : '',
    `Talk to the ${series.team} about: ${series.topics.map((t) => dropInTopicLabels[t]).join(', ')}.`,
    facts.length > 0 ? `At the venue: ${facts.join(', ')}.` : '',
    venue.busRoutes ? `Buses: ${venue.busRoutes}.` : '',
    venue.nearestStop ? `Nearest stop: ${venue.nearestStop}.` : '',
    venue.openingNotes ?? '',
    `No need to book. Questions: ${CONTACT_PHONE}.`,
  ]
    .filter((line) => line !== '')
    .join('\n');
}

interface Calendar {
  name: string;
  publicUrl: string;
  events: { series: SeriesRow; occurrence: Occurrence }[];
  data: ScheduleData;
}

/**
 * Each occurrence is its own event (no RRULE): calendars then show every move and
 * cancellation exactly, and SEQUENCE (the series' own plus one per change) tells them which
 * copy is newer. Times are UTC, which every calendar shows in its own local time, so 10:00
 * is 10:00 in London in March and November alike. DTSTAMP is the last change, not "now", so
 * the same data always gives the same bytes and the same ETag.
 */
function render(calendar: Calendar): string {
  const file = ical({
    prodId: { company: 'Doorstep', product: 'Drop-in sessions', language: 'EN' },
    name: calendarName(calendar.name),
    ttl: 15 * 60,
  });
  // The calendar's own lines, then each event's: ical-generator writes and escapes every
  // property; only the line folding is done here (see foldLines).
  const head = file.toString();
  let body = '';
  for (const { series, occurrence } of calendar.events) {
    const venue = calendar.data.venues.get(occurrence.venueId);
    if (!venue) continue;
    const changedAt = occurrence.changedAt ? new Date(occurrence.changedAt) : null;
    const stamp = changedAt && changedAt > series.updatedAt ? changedAt : series.updatedAt;
    body += file
      .createEvent({
        id: occurrenceUid(series.id, occurrence.originalDate),
        sequence: series.sequence + occurrence.changeCount,
        start: new Date(occurrence.startsAt),
        end: new Date(occurrence.endsAt),
        stamp,
        summary: series.title,
        description: describe(series, venue, occurrence),
        location: {
          title: venue.name,
          address: `${venue.addressLine1}, ${venue.town} ${venue.postcode}`,
          geo: { lat: venue.latitude, lon: venue.longitude },
        },
        url: sessionUrl(calendar.publicUrl, series.id, occurrence.originalDate),
        status:
          occurrence.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      })
      .toString();
  }
  return head.replace(/END:VCALENDAR$/, `${foldLines(body)}END:VCALENDAR`);
}

interface CacheEntry {
  generation: number;
  storedAt: number;
  file: FeedFile | null;
}
const caches = new WeakMap<Database, Map<string, CacheEntry>>();

function cacheFor(db: Database) {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  return cache;
}

function scopeKey(scope: FeedScope): string {
  if (scope.kind === 'all') return 'all';
  return scope.kind === 'area' ? `area:${scope.slug}` : `venue:${scope.venueId}`;
}

/**
 * Expanding the series is most of a render's work, and a write usually touches one series or
 * one venue; so each series' occurrences are kept with everything they were made from, and
 * reused while all of that is the same.
 */
const expansions = new WeakMap<Database, Map<string, { key: string; occurrences: Occurrence[] }>>();

function expander(db: Database, data: ScheduleData, from: string, to: string) {
  let kept = expansions.get(db);
  if (!kept) {
    kept = new Map();
    expansions.set(db, kept);
  }
  const memo = kept;
  const places = JSON.stringify([data.closures, data.closedDays, from, to]);
  const current = new Set(data.series.map((series) => series.id));
  for (const id of memo.keys()) if (!current.has(id)) memo.delete(id);
  return (series: SeriesRow): Occurrence[] => {
    const key = JSON.stringify([scheduleOf(series), data.changes.get(series.id) ?? [], places]);
    const hit = memo.get(series.id);
    if (hit?.key === key) return hit.occurrences;
    const occurrences = expandFor(data, series, from, to);
    memo.set(series.id, { key, occurrences });
    return occurrences;
  };
}

/** Drops every cached feed and expansion for this database (the benchmark's cold start). */
export function forgetDropInFeeds(db: Database): void {
  caches.delete(db);
  expansions.delete(db);
}

async function renderFeed(
  db: Database,
  scope: FeedScope,
  now: Date,
  publicUrl: string,
): Promise<FeedFile | null> {
  const area = scope.kind === 'area' ? venueAreas.find((a) => areaSlug(a) === scope.slug) : null;
  if (scope.kind === 'area' && !area) return null;
  const data = await loadScheduleData(db, eq(dropInSeries.published, true));
  let name = 'Doorstep drop-in sessions';
  if (scope.kind === 'venue') {
    const venue = data.venues.get(scope.venueId);
    if (!venue) return null;
    name = `${name} – ${venue.name}`;
  } else if (area) {
    name = `${name} – ${area}`;
  }
  const today = londonDate(now);
  const expand = expander(db, data, addDays(today, -PAST_DAYS), addMonths(today, FUTURE_MONTHS));
  const events = data.series.flatMap((series) =>
    feedOccurrences(expand(series), now.toISOString())
      .filter((occurrence) => {
        if (scope.kind === 'venue') return occurrence.venueId === scope.venueId;
        if (scope.kind === 'area') return data.venues.get(occurrence.venueId)?.area === area;
        return true;
      })
      .map((occurrence) => ({ series, occurrence })),
  );
  events.sort(
    (a, b) =>
      a.occurrence.startsAt.localeCompare(b.occurrence.startsAt) ||
      a.series.id.localeCompare(b.series.id),
  );
  const text = render({ name, publicUrl, events, data });
  return { text, etag: etagOf(text) };
}

/**
 * The feed's text and ETag, from memory while nothing it shows has changed (see
 * generation.ts) and the London day is the same; null for an unknown area or venue.
 */
export async function dropInFeed(
  db: Database,
  scope: FeedScope,
  now: Date,
  publicUrl: string,
): Promise<FeedFile | null> {
  const cache = cacheFor(db);
  const key = `${scopeKey(scope)}|${londonDate(now)}`;
  const generation = dropInsGeneration(db);
  const hit = cache.get(key);
  if (hit && hit.generation === generation && now.getTime() - hit.storedAt < CACHE_MS) {
    return hit.file;
  }
  const file = await renderFeed(db, scope, now, publicUrl);
  // Entries for earlier days or generations are only ever replaced, so drop them now.
  for (const [stale, entry] of cache) {
    if (entry.generation !== generation || !stale.endsWith(key.slice(key.indexOf('|')))) {
      cache.delete(stale);
    }
  }
  cache.set(key, { generation, storedAt: now.getTime(), file });
  return file;
}

/** One occurrence as a file to add to a calendar; null when there is no such public session. */
export async function sessionCalendar(
  db: Database,
  seriesId: string,
  originalDate: string,
  publicUrl: string,
): Promise<FeedFile | null> {
  const data = await loadScheduleData(
    db,
    and(eq(dropInSeries.published, true), eq(dropInSeries.id, seriesId)),
  );
  const series = data.series[0];
  if (!series) return null;
  let occurrence: Occurrence;
  try {
    occurrence = occurrenceOn(data, series, originalDate);
  } catch {
    return null;
  }
  if (occurrence.status === 'skipped') return null;
  const text = render({ name: series.title, publicUrl, events: [{ series, occurrence }], data });
  return { text, etag: etagOf(text) };
}
