import { customers, tenancies } from '@doorstep/db';
import type { TestDatabase } from '@doorstep/db/testing';
import { testDrivers } from '@doorstep/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from '../src/server';
import { SEED, seededTestDatabase, signedInCookie, startTestServer } from './helpers';

describe.each(testDrivers())('HTTP server on %s', (kind) => {
  let database: TestDatabase;
  let server: Server;
  let url: string;
  let cookie: string;
  const get = (path: string) => fetch(`${url}${path}`, { headers: { cookie } });

  beforeAll(async () => {
    database = await seededTestDatabase(kind);
    ({ server, url } = await startTestServer(database));
    cookie = await signedInCookie(url, 'manager@doorstep.example');
  });
  afterAll(async () => {
    await server?.stop();
    await database?.close();
  });

  it('reports health with the database kind and migration state', async () => {
    const response = await fetch(`${url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      database: {
        kind,
        migrations: {
          applied: expect.any(Number),
          expected: expect.any(Number),
          upToDate: true,
          latest: expect.stringMatching(/^\d{4}_/),
        },
      },
    });
  });

  it('answers a tRPC query over HTTP with seeded data', async () => {
    const response = await get('/trpc/patches.list');
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      result: { data: { name: string; homeCount: number }[] };
    };
    const patches = body.result.data;
    expect(patches.map((p) => p.name)).toEqual([
      'Halewood',
      'Huyton',
      'Kirkby',
      'Prescot',
      'Stockbridge Village',
      'Whiston',
    ]);
    expect(patches.reduce((sum, p) => sum + p.homeCount, 0)).toBe(SEED.homes);
  });

  it.each([
    ['a malformed id', { id: 'not-a-uuid' }, 'Patch id must be a UUID'],
    ['a missing id', {}, 'Patch id is required'],
    [
      'an unknown field',
      { id: '00000000-0000-4000-8000-000000000000', extra: 1 },
      'Unrecognized key: "extra"',
    ],
  ])('returns 400 with the validation message for %s, never 500', async (_case, input, message) => {
    const response = await get(
      `/trpc/patches.byId?input=${encodeURIComponent(JSON.stringify(input))}`,
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { message: string; data: { code: string } } };
    expect(body.error.data.code).toBe('BAD_REQUEST');
    expect(body.error.message).toContain(message);
  });

  it('returns 400 for input that is not JSON at all', async () => {
    const response = await get('/trpc/patches.byId?input=%7Bnot-json');
    expect(response.status).toBe(400);
  });

  it('returns 404 for a patch that does not exist', async () => {
    const input = encodeURIComponent(
      JSON.stringify({ id: '00000000-0000-4000-8000-000000000000' }),
    );
    const response = await get(`/trpc/patches.byId?input=${input}`);
    expect(response.status).toBe(404);
  });

  it('serves the web app for page routes, and 404 for missing files and API paths', async () => {
    for (const page of ['/', '/advisor', '/advisor/patches/123', '/b', '/bx/some-token']) {
      const response = await fetch(`${url}${page}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>Doorstep shell</title>');
    }
    const asset = await fetch(`${url}/assets/app-1234.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${url}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${url}/trpc/no.such.procedure`)).status).toBe(404);
  });

  it("serves the tenant pages' own HTML for /b/<token>: 200 for a live link, 404 for any dead one", async () => {
    const [customer] = await database.db
      .select({ id: customers.id })
      .from(customers)
      .innerJoin(tenancies, eq(tenancies.id, customers.tenancyId))
      .limit(1);
    const created = await fetch(`${url}/trpc/invitations.create`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', 'x-doorstep-request': '1' },
      body: JSON.stringify({
        customerId: customer?.id,
        type: 'survey',
        purpose: 'A survey of the kitchen and bathroom',
        windowStartsOn: '2027-01-04',
        windowEndsOn: '2027-01-15',
      }),
    });
    const link = ((await created.json()) as { result: { data: { link: string } } }).result.data
      .link;
    const live = new URL(link).pathname;
    for (const [page, status] of [
      [live, 200],
      [`${live}?lang=ar`, 200],
      ['/b/xyz', 404],
      ['/b/%3Cscript%3E', 404],
      ['/b/a/b/', 404],
    ] as const) {
      const response = await fetch(`${url}${page}`);
      expect(response.status).toBe(status);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<title>Doorstep booking</title>');
    }
    const main = await fetch(`${url}/advisor`);
    expect(main.headers.get('cache-control')).toBe('no-cache');
    expect(await main.text()).toContain('<title>Doorstep shell</title>');
    expect((await fetch(`${url}/b/missing.js`)).status).toBe(404);
  });
});

describe('when something breaks inside', () => {
  it('answers 500 with a plain message: no stack trace, no SQL', async () => {
    const database = await seededTestDatabase('pglite');
    const { server, url } = await startTestServer(database);
    const cookie = await signedInCookie(url, 'manager@doorstep.example');
    await database.close();
    try {
      const response = await fetch(`${url}/trpc/patches.list`, { headers: { cookie } });
      expect(response.status).toBe(500);
      const body = await response.text();
      expect(body).toContain('Something went wrong on our side');
      expect(body).not.toMatch(/stack|select|from "|\.ts:|at [A-Za-z]+ \(/i);
    } finally {
      await server.stop();
    }
  });
});
