import { appointments, staff } from '@doorstep/db';
import type { TestDatabase } from '@doorstep/db/testing';
import { and, eq, gte } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CSRF_HEADER } from '../src/http/security';
import type { Server } from '../src/server';
import { seededTestDatabase, signedInCookie, startTestServer } from './helpers';

const now = new Date('2026-11-23T08:00:00Z');
let database: TestDatabase;
let server: Server;
let url: string;

beforeAll(async () => {
  database = await seededTestDatabase('pglite');
  ({ server, url } = await startTestServer(database, { now: () => now }));
});
afterAll(async () => {
  await server?.stop();
  await database?.close();
});

async function renew(cookie: string) {
  const response = await fetch(`${url}/trpc/appointments.renewCalendarFeed`, {
    method: 'POST',
    headers: { cookie, [CSRF_HEADER]: '1', 'content-type': 'application/json' },
    body: '{}',
  });
  return ((await response.json()) as { result: { data: { url: string } } }).result.data.url;
}

it('gives an advisor a private feed of their visits with minimal personal data', async () => {
  const cookie = await signedInCookie(url, 'advisor.huyton@doorstep.example');
  const feedUrl = new URL(await renew(cookie));
  expect(feedUrl.pathname).toMatch(/^\/ics\/staff\/[A-Za-z0-9_-]{43}\.ics$/);
  const response = await fetch(`${url}${feedUrl.pathname}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/calendar');
  const text = await response.text();
  const events = new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents('vevent')
    .map((c) => new ICAL.Event(c));

  const [advisor] = await database.db
    .select()
    .from(staff)
    .where(eq(staff.email, 'advisor.huyton@doorstep.example'));
  const expected = await database.db
    .select()
    .from(appointments)
    .where(
      and(
        eq(appointments.staffId, advisor?.id ?? ''),
        gte(appointments.startsAt, new Date('2026-10-24T00:00:00Z')),
      ),
    );
  expect(events.length).toBe(expected.length);
  expect(events.length).toBeGreaterThan(10);
  for (const event of events) expect(event.location).toMatch(/^[A-Za-z' ]+, L\d+$/);
  expect(text).not.toContain('Living Well meeting: a chat');

  const etag = response.headers.get('etag') ?? '';
  const again = await fetch(`${url}${feedUrl.pathname}`, { headers: { 'if-none-match': etag } });
  expect(again.status).toBe(304);
});

it('stops an old feed address when a new one is made, and on revocation', async () => {
  const cookie = await signedInCookie(url, 'advisor.kirkby@doorstep.example');
  const first = new URL(await renew(cookie)).pathname;
  const second = new URL(await renew(cookie)).pathname;
  expect((await fetch(`${url}${first}`)).status).toBe(404);
  expect((await fetch(`${url}${second}`)).status).toBe(200);
  await fetch(`${url}/trpc/appointments.revokeCalendarFeed`, {
    method: 'POST',
    headers: { cookie, [CSRF_HEADER]: '1', 'content-type': 'application/json' },
    body: '{}',
  });
  expect((await fetch(`${url}${second}`)).status).toBe(404);
  expect((await fetch(`${url}/ics/staff/not-a-secret.ics`)).status).toBe(404);
});
