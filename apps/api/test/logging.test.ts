import { Writable } from 'node:stream';
import type { TestDatabase } from '@doorstep/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CSRF_HEADER } from '../src/http/security';
import type { Server } from '../src/server';
import { customersInPatch, seededTestDatabase, signedInCookie, startTestServer } from './helpers';

let database: TestDatabase;
let server: Server;
let url: string;
const lines: string[] = [];
const log = () => lines.join('');

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

it('logs requests without their query strings, where tRPC puts its input', async () => {
  const cookie = await signedInCookie(url, 'manager@doorstep.example');
  const input = encodeURIComponent(JSON.stringify({ id: 'secret-marker-7741' }));
  await fetch(`${url}/trpc/patches.byId?input=${input}`, { headers: { cookie } });
  const requests = lines.map((line) => JSON.parse(line)).filter((entry) => entry.req);
  expect(requests.map((entry) => entry.req.url)).toContain('/trpc/patches.byId');
  expect(requests.every((entry) => !String(entry.req.url).includes('?'))).toBe(true);
});

it('keeps special-category values of a customer record out of the log', async () => {
  const [customerId] = await customersInPatch(database, 'Huyton');
  const record = {
    customerId,
    profile: {
      interpreter: 'bsl',
      vulnerabilityFlags: ['domestic_abuse', 'mental_health'],
      unavailableWeekly: [{ day: 'tuesday', from: '12:00', to: '17:00', label: 'dialysis-7213' }],
      preferredStaffGender: 'female',
      extraTimeMinutes: 45,
    },
  };
  const post = (cookie: string, body: unknown) =>
    fetch(`${url}/trpc/accessNeeds.update`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', [CSRF_HEADER]: '1' },
      body: JSON.stringify(body),
    });
  // Refused (another patch's advisor) and rejected (a bad field): both failures are logged with their input.
  const other = await signedInCookie(url, 'advisor.kirkby@doorstep.example');
  expect((await post(other, record)).status).toBe(403);
  const own = await signedInCookie(url, 'advisor.huyton@doorstep.example');
  expect(
    (await post(own, { ...record, profile: { ...record.profile, extraTimeMinutes: -5 } })).status,
  ).toBe(400);
  // And accepted: a request that succeeds is logged too.
  expect((await post(own, record)).status).toBe(200);

  const captured = log();
  expect(captured).toContain('accessNeeds.update');
  expect(captured).toContain('[redacted]');
  for (const value of [
    'domestic_abuse',
    'mental_health',
    'dialysis-7213',
    'female',
    '"bsl"',
    '"extraTimeMinutes":45',
  ]) {
    expect(captured, `log contains ${value}`).not.toContain(value);
  }
  for (const line of lines) expect(JSON.parse(line)).toHaveProperty('level');
  const requestLines = lines
    .map((line) => JSON.parse(line))
    .filter((entry) => entry.req || entry.res || entry.procedure);
  expect(requestLines.length).toBeGreaterThan(0);
  expect(requestLines.filter((entry) => typeof entry.reqId !== 'string')).toEqual([]);
});
