import { Writable } from 'node:stream';
import { dropInSeries } from '@doorstep/db';
import type { TestDatabase } from '@doorstep/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CSRF_HEADER } from '../src/http/security';
import type { Server } from '../src/server';
import { customersInPatch, seededTestDatabase, signedInCookie, startTestServer } from './helpers';

let database: TestDatabase;
let server: Server;
let url: string;
const lines: string[] = [];

beforeAll(async () => {
  database = await seededTestDatabase('pglite');
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  ({ server, url } = await startTestServer(database, {
    logStream: stream,
    env: { LOG_LEVEL: 'debug' },
  }));
});
afterAll(async () => {
  await server?.stop();
  await database?.close();
});

it('keeps what staff wrote about an attendee out of the log when the call fails', async () => {
  const [customerId] = await customersInPatch(database, 'Kirkby');
  const [series] = await database.db
    .select()
    .from(dropInSeries)
    .where(eq(dropInSeries.title, 'Rent and money advice drop-in'));
  const cookie = await signedInCookie(url, 'advisor.huyton@doorstep.example');
  const response = await fetch(`${url}/trpc/dropIns.occurrences.linkAttendee`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json', [CSRF_HEADER]: '1' },
    body: JSON.stringify({
      seriesId: series?.id,
      originalDate: '2026-11-10',
      customerId,
      followUp: 'task',
      note: 'Told us about her asthma-marker-5521 and the damp bedroom',
    }),
  });
  // Another patch's customer: refused, and the refusal is logged with its input.
  expect(response.status).toBe(403);
  const log = lines.join('');
  expect(log).toContain('dropIns.occurrences.linkAttendee');
  expect(log).toContain('[redacted]');
  expect(log).not.toContain('asthma-marker-5521');
});
