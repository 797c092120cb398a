import { dropInSeries, venues } from '@doorstep/db';
import type { TestDatabase } from '@doorstep/db/testing';
import { testDrivers } from '@doorstep/db/testing';
import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../src/routers';
import type { Server } from '../src/server';
import { createCallerFactory } from '../src/trpc/init';
import { interestedNames } from './drop-in-helpers';
import { contextAs, seededTestDatabase, startTestServer } from './helpers';

const createCaller = createCallerFactory(appRouter);

interface FeedEvent {
  uid: string;
  summary: string;
  start: string;
  end: string;
  sequence: number;
  status: string;
  location: string;
  description: string;
}

/** The feed as a calendar client reads it, through ical.js. */
function eventsOf(text: string): Map<string, FeedEvent> {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      sequence: event.sequence,
      status: String(component.getFirstPropertyValue('status')),
      location: event.location,
      description: event.description,
    };
  });
  return new Map(events.map((event) => [event.uid, event]));
}

describe.each(testDrivers())('drop-in calendar feeds on %s, over HTTP', (kind) => {
  let database: TestDatabase;
  let server: Server;
  let url: string;
  let community: ReturnType<typeof createCaller>;
  const series: Record<string, string> = {};

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${url}${path}`, { headers });
  const uid = (title: string, date: string) =>
    `${series[title]}-${date.replaceAll('-', '')}@doorstep`;

  beforeAll(async () => {
    database = await seededTestDatabase(kind);
    ({ server, url } = await startTestServer(database, {
      now: () => new Date('2026-11-23T08:00:00Z'),
    }));
    community = createCaller(await contextAs(database, 'community@doorstep.example'));
    for (const row of await database.db.select().from(dropInSeries)) series[row.title] = row.id;
  });
  afterAll(async () => {
    await server?.stop();
    await database?.close();
  });

  it('serves every published session for 12 months, one event each, with cache headers and no customer data', async () => {
    const response = await get('/ics/drop-ins.ics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    expect(response.headers.get('cache-control')).toBe('public, max-age=900');
    expect(response.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    const text = await response.text();
    expect(text).not.toMatch(/RRULE|RECURRENCE-ID/);
    const events = eventsOf(text);
    expect(events.size).toBeGreaterThan(100);
    for (const event of events.values()) {
      expect(event.uid).toMatch(/^[0-9a-f-]{36}-\d{8}@doorstep$/);
      expect(event.start >= '2026-10-24' && event.start <= '2027-11-24').toBe(true);
    }
    expect(text).not.toContain(series['Prescot drop-in']);

    const cancelled = events.get(uid('Rent and money advice drop-in', '2026-12-08'));
    expect(cancelled).toMatchObject({ status: 'CANCELLED', sequence: 1 });
    expect(cancelled?.description).toMatch(/^Cancelled: The library is closed/);
    const moved = events.get(uid('Repairs surgery', '2026-12-02'));
    expect(moved).toMatchObject({
      status: 'CONFIRMED',
      sequence: 1,
      start: '2026-12-03T14:00:00.000Z',
      end: '2026-12-03T16:00:00.000Z',
    });

    const names = await interestedNames(database);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(text).not.toContain(name);
  });

  it('answers a repeat with the same ETag with 304 and no body', async () => {
    const first = await get('/ics/drop-ins.ics');
    const etag = first.headers.get('etag') ?? '';
    await first.text();
    const again = await get('/ics/drop-ins.ics', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
    const listed = await get('/ics/drop-ins.ics', { 'if-none-match': `"other", W/${etag}` });
    expect(listed.status).toBe(304);
    expect((await get('/ics/drop-ins.ics', { 'if-none-match': '"stale"' })).status).toBe(200);
  });

  it('shows a cancellation and a move under the same UID with SEQUENCE + 1, once changed', async () => {
    const before = await get('/ics/drop-ins.ics');
    const oldTag = before.headers.get('etag') ?? '';
    const old = eventsOf(await before.text());
    const cancelUid = uid('Whiston tenancy drop-in', '2026-12-15');
    const moveUid = uid('Halewood Saturday drop-in', '2026-12-05');
    expect(old.get(cancelUid)).toMatchObject({ status: 'CONFIRMED', sequence: 0 });
    expect(old.get(moveUid)).toMatchObject({ start: '2026-12-05T10:00:00.000Z', sequence: 0 });

    await community.dropIns.occurrences.cancel({
      seriesId: series['Whiston tenancy drop-in'] ?? '',
      originalDate: '2026-12-15',
      reason: 'Staff shortage',
    });
    await community.dropIns.occurrences.move({
      seriesId: series['Halewood Saturday drop-in'] ?? '',
      originalDate: '2026-12-05',
      date: '2026-12-12',
      startTime: '13:00',
      endTime: '15:00',
      reason: 'The hall is booked for a swimming gala',
    });

    const stale = await get('/ics/drop-ins.ics', { 'if-none-match': oldTag });
    expect(stale.status).toBe(200);
    expect(stale.headers.get('etag')).not.toBe(oldTag);
    const now = eventsOf(await stale.text());
    expect(now.get(cancelUid)).toMatchObject({ status: 'CANCELLED', sequence: 1 });
    expect(now.get(moveUid)).toMatchObject({
      status: 'CONFIRMED',
      sequence: 1,
      start: '2026-12-12T13:00:00.000Z',
      end: '2026-12-12T15:00:00.000Z',
    });
    expect(now.size).toBe(old.size);
  });

  it('keeps London wall-clock times across both 2026 clock changes', async () => {
    const { id } = await community.dropIns.series.create({
      title: 'Clock change drop-in',
      team: 'Communities Team',
      topics: ['getting_online'],
      rrule: 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20261102',
      startsOn: '2026-03-16',
      startTime: '10:00',
      endTime: '11:30',
      venueId: (await venueId('Halewood Leisure Centre')) ?? '',
      clashRule: 'skip',
    });
    await community.dropIns.series.publish({ id });
    // A second server whose clock is in March 2026, so the feed's year spans both changes.
    const march = await startTestServer(database, { now: () => new Date('2026-03-16T12:00:00Z') });
    try {
      const response = await fetch(`${march.url}/ics/drop-ins/areas/halewood.ics`);
      const events = eventsOf(await response.text());
      const at = (date: string) => events.get(`${id}-${date.replaceAll('-', '')}@doorstep`);
      // GMT until 29 March, BST until 25 October, then GMT again: 10:00 London every time.
      expect(at('2026-03-23')).toMatchObject({ start: '2026-03-23T10:00:00.000Z' });
      expect(at('2026-03-30')).toMatchObject({
        start: '2026-03-30T09:00:00.000Z',
        end: '2026-03-30T10:30:00.000Z',
      });
      expect(at('2026-10-19')).toMatchObject({ start: '2026-10-19T09:00:00.000Z' });
      expect(at('2026-10-26')).toMatchObject({ start: '2026-10-26T10:00:00.000Z' });
      // Easter Monday (6 April) and the May bank holidays are skipped by this series' rule.
      expect(at('2026-04-06')).toBeUndefined();
      expect(at('2026-05-04')).toBeUndefined();
    } finally {
      await march.server.stop();
    }
  });

  it('writes staff text as text: markup, semicolons and new lines stay inert', async () => {
    const title = '<script>alert("x")</script>; Rent, repairs\nSecond line';
    const { id } = await community.dropIns.series.create({
      title,
      team: 'Communities; Team',
      topics: ['rent'],
      rrule: 'FREQ=MONTHLY;BYDAY=+2WE;COUNT=6',
      startsOn: '2026-12-01',
      startTime: '10:00',
      endTime: '12:00',
      venueId: (await venueId('Kirkby Centre')) ?? '',
      clashRule: 'skip',
    });
    await community.dropIns.series.publish({ id });
    const response = await get(`/ics/drop-ins/sessions/${id}/2026-12-09.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="drop-in-session.ics"',
    );
    const text = await response.text();
    expect(text).toContain('SUMMARY:<script>alert("x")</script>\\; Rent\\, repairs\\nSecond line');
    expect(text).toContain(
      'X-WR-CALNAME:<script>alert("x")</script>\\; Rent\\, repairs\\nSecond line',
    );
    expect(text.split(/\r?\n/).some((line) => line.startsWith('Second line'))).toBe(false);
    const events = [...eventsOf(text).values()];
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      summary: title,
      uid: `${id}-20261209@doorstep`,
      start: '2026-12-09T10:00:00.000Z',
    });
    expect(events[0]?.description).toContain('Talk to the Communities; Team about: Rent.');
  });

  it('serves an area’s and a venue’s own sessions, and 404 for anything unknown', async () => {
    const kirkby = eventsOf(await (await get('/ics/drop-ins/areas/kirkby.ics')).text());
    expect(kirkby.size).toBeGreaterThan(10);
    for (const event of kirkby.values()) {
      expect(event.location).toMatch(/^(Kirkby Centre|Northwood Community Centre)\n/);
    }
    const pageMoss = await venueId('Page Moss Library');
    const venueFeed = eventsOf(await (await get(`/ics/drop-ins/venues/${pageMoss}.ics`)).text());
    expect(venueFeed.size).toBeGreaterThan(5);
    for (const event of venueFeed.values()) expect(event.location).toMatch(/^Page Moss Library/);

    for (const path of [
      '/ics/drop-ins/areas/atlantis.ics',
      '/ics/drop-ins/areas/KIRKBY.txt',
      '/ics/drop-ins/venues/not-a-venue.ics',
      '/ics/drop-ins/venues/00000000-0000-4000-8000-000000000000.ics',
      `/ics/drop-ins/sessions/${series['Prescot drop-in']}/2026-12-11.ics`,
      `/ics/drop-ins/sessions/${series['Rent and money advice drop-in']}/2026-12-09.ics`,
      `/ics/drop-ins/sessions/${series['Rent and money advice drop-in']}/2026-02-31.ics`,
    ]) {
      expect((await get(path)).status, path).toBe(404);
    }
  });

  it('renders again after a venue edit, and not before', async () => {
    const path = '/ics/drop-ins/areas/huyton.ics';
    const first = await get(path);
    const tag = first.headers.get('etag') ?? '';
    await first.text();
    expect((await get(path, { 'if-none-match': tag })).status).toBe(304);
    const id = (await venueId('Huyton Library')) ?? '';
    const [venue] = await database.db.select().from(venues).where(eq(venues.id, id));
    await community.venues.update({
      id,
      version: venue?.version ?? 1,
      openingNotes: 'Meeting room 3 this winter.',
    });
    const after = await get(path, { 'if-none-match': tag });
    expect(after.status).toBe(200);
    expect(await after.text()).toContain('Meeting room 3 this winter.');
  });

  async function venueId(name: string) {
    const [row] = await database.db.select().from(venues).where(eq(venues.name, name));
    return row?.id;
  }
});
