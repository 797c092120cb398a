import { homes, livingWellPlanVisits, patches, staff, tenancies } from '@doorstep/db';
import type { TestDatabase } from '@doorstep/db/testing';
import { testDrivers } from '@doorstep/db/testing';
import { type PatchBoundary, patchForHome } from '@doorstep/domain';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config';
import { CSRF_HEADER } from '../src/http/security';
import { appRouter } from '../src/routers';
import { DEFAULT_BOROUGH_BBOX } from '../src/trpc/context';
import { createCallerFactory } from '../src/trpc/init';
import {
  contextAs,
  seededTestDatabase,
  sessionCookieFrom,
  signIn,
  startTestServer,
} from './helpers';

type Polygon = PatchBoundary['boundary'];
const createCaller = createCallerFactory(appRouter);
const MANAGER = 'manager@doorstep.example';
const ADVISOR = 'advisor.huyton@doorstep.example';

/** The outline drawn `factor` of the way from its centre: a smaller patch of the same shape. */
function shrink(polygon: Polygon, factor: number): Polygon {
  const outline = polygon.coordinates[0] ?? [];
  const corners = outline.slice(0, -1);
  const [lng0, lat0] = [0, 1].map(
    (axis) => corners.reduce((sum, p) => sum + (p[axis] as number), 0) / corners.length,
  ) as [number, number];
  const scaled = corners.map(([lng, lat]) => [
    Math.round((lng0 + ((lng as number) - lng0) * factor) * 1e6) / 1e6,
    Math.round((lat0 + ((lat as number) - lat0) * factor) * 1e6) / 1e6,
  ]);
  return { type: 'Polygon', coordinates: [[...scaled, scaled[0] as number[]]] };
}

const square = (west: number, south: number, size: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [west + size, south],
      [west + size, south + size],
      [west, south + size],
      [west, south],
    ],
  ],
});

describe.each(testDrivers())('patch boundaries on %s', (kind) => {
  let database: TestDatabase;
  let huyton: { id: string; boundary: Polygon };
  let smaller: Polygon;
  /** Huyton's homes outside the smaller outline: the ones a shrink must move. */
  let leaving: string[];

  const manager = async () => createCaller(await contextAs(database, MANAGER));
  const patchOf = async (homeIds: string[]) =>
    database.db
      .select({ id: homes.id, patchId: homes.patchId })
      .from(homes)
      .where(inArray(homes.id, homeIds));

  beforeAll(async () => {
    database = await seededTestDatabase(kind);
    const [row] = await database.db.select().from(patches).where(eq(patches.name, 'Huyton'));
    huyton = { id: row?.id ?? '', boundary: row?.boundary as Polygon };
    smaller = shrink(huyton.boundary, 0.7);
    const inHuyton = await database.db.select().from(homes).where(eq(homes.patchId, huyton.id));
    const shrunk = [{ id: huyton.id, name: 'Huyton', boundary: smaller }];
    leaving = inHuyton.filter((home) => patchForHome(home, shrunk) === null).map((h) => h.id);
  });
  afterAll(() => database?.close());

  it('previews a boundary of 2,000 corners over HTTP: it travels in the body, not the URL', async () => {
    const outline = huyton.boundary.coordinates[0] ?? [];
    const [lng0, lat0] = [0, 1].map(
      (axis) =>
        outline.slice(0, -1).reduce((sum, p) => sum + (p[axis] as number), 0) /
        (outline.length - 1),
    ) as [number, number];
    const ring = Array.from({ length: 1999 }, (_, i) => {
      const angle = (2 * Math.PI * i) / 1999;
      return [
        Math.round((lng0 + 0.004 * Math.cos(angle)) * 1e6) / 1e6,
        Math.round((lat0 + 0.0025 * Math.sin(angle)) * 1e6) / 1e6,
      ];
    });
    const boundary = { type: 'Polygon', coordinates: [[...ring, ring[0] as number[]]] };
    const { server, url } = await startTestServer(database);
    try {
      const cookie = sessionCookieFrom(await signIn(url, MANAGER)) ?? '';
      const response = await fetch(`${url}/trpc/patches.previewBoundary`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, [CSRF_HEADER]: '1' },
        body: JSON.stringify({ id: huyton.id, boundary }),
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { result: { data: { moves: unknown[] } } };
      expect(body.result.data.moves.length).toBeGreaterThan(0);
    } finally {
      await server.stop();
    }
  });

  it('previews the homes a boundary change would move, and changes nothing', async () => {
    expect(leaving.length).toBeGreaterThan(0);
    const { moves } = await (await manager()).patches.previewBoundary({
      id: huyton.id,
      boundary: smaller,
    });
    expect(moves.map((m) => m.homeId).sort()).toEqual([...leaving].sort());
    expect(moves[0]).toEqual({
      homeId: expect.any(String),
      addressLine1: expect.any(String),
      postcode: expect.stringMatching(/^L36 /),
      fromPatch: { id: huyton.id, name: 'Huyton' },
      toPatch: null,
    });
    expect((await patchOf(leaving)).every((home) => home.patchId === huyton.id)).toBe(true);
    // Its own boundary again moves nobody.
    await expect(
      (await manager()).patches.previewBoundary({ id: huyton.id, boundary: huyton.boundary }),
    ).resolves.toEqual({ moves: [] });
  });

  it.each([
    [
      'crosses itself',
      {
        type: 'Polygon',
        coordinates: [
          [
            [-2.85, 53.4],
            [-2.84, 53.41],
            [-2.84, 53.4],
            [-2.85, 53.41],
            [-2.85, 53.4],
          ],
        ],
      },
      'The boundary crosses itself (once): redraw it so no edge crosses another.',
    ],
    [
      'is not closed',
      {
        type: 'Polygon',
        coordinates: [
          [
            [-2.85, 53.4],
            [-2.84, 53.4],
            [-2.84, 53.41],
            [-2.85, 53.41],
          ],
        ],
      },
      'The outline is not closed: its last corner must be the same as its first.',
    ],
    [
      'lies outside the borough',
      square(-3.1, 53.4, 0.01),
      'The outline has a corner at 53.4, -3.1, outside the borough (latitude 53.32 to 53.53, longitude -2.97 to -2.74).',
    ],
    ['is not a polygon', { type: 'Point', coordinates: [-2.84, 53.41] }, 'must be one polygon'],
  ])('refuses a boundary that %s, with the reason', async (_what, boundary, reason) => {
    const caller = await manager();
    for (const call of [caller.patches.previewBoundary, caller.patches.updateBoundary]) {
      await expect(call({ id: huyton.id, boundary })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
        message: expect.stringContaining(reason),
      });
    }
    await expect(
      caller.patches.create({ name: 'Nowhere', boundary, advisorId: null }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining(reason) });
  });

  it('refuses a boundary that overlaps another patch, naming it', async () => {
    const [prescot] = await database.db.select().from(patches).where(eq(patches.name, 'Prescot'));
    const caller = await manager();
    await expect(
      caller.patches.updateBoundary({ id: huyton.id, boundary: prescot?.boundary }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(
        /^The boundary overlaps Prescot \([\d,]+ m²\)\. Move the shared edge so each home is in exactly one patch\.$/,
      ),
    });
    const [stored] = await database.db.select().from(patches).where(eq(patches.id, huyton.id));
    expect(stored?.boundary).toEqual(huyton.boundary);
  });

  it('refuses a corner outside a borough configured with BOROUGH_BBOX', async () => {
    const context = await contextAs(database, MANAGER);
    const tight = createCaller({ ...context, boroughBbox: [-2.85, 53.4, -2.8, 53.45] });
    await expect(
      tight.patches.previewBoundary({ id: huyton.id, boundary: huyton.boundary }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('outside the borough (latitude 53.4 to 53.45'),
    });
  });

  it('moves homes when the boundary is saved, and drops their visits from the old plan', async () => {
    const [tenancy] = await database.db
      .select({ id: tenancies.id })
      .from(tenancies)
      .where(inArray(tenancies.homeId, leaving))
      .limit(1);
    await database.db.insert(livingWellPlanVisits).values({
      patchId: huyton.id,
      tenancyId: tenancy?.id ?? '',
      date: '2027-01-12',
      startTime: '10:00',
      endTime: '11:00',
      dayOrder: 0,
      sendInvitationOn: '2026-12-15',
    });
    const caller = await manager();
    await expect(
      caller.patches.updateBoundary({ id: huyton.id, boundary: smaller }),
    ).resolves.toEqual({ moved: leaving.length });
    expect((await patchOf(leaving)).every((home) => home.patchId === null)).toBe(true);
    expect(await caller.patches.byId({ id: huyton.id })).toMatchObject({ boundary: smaller });
    expect(
      await database.db
        .select()
        .from(livingWellPlanVisits)
        .where(eq(livingWellPlanVisits.tenancyId, tenancy?.id ?? '')),
    ).toEqual([]);
  });

  it('creates a patch that takes in the homes inside it, and refuses a name in use', async () => {
    const [kirkbyAdvisor] = await database.db
      .select()
      .from(staff)
      .where(eq(staff.email, 'advisor.kirkby@doorstep.example'));
    // The ring Huyton gave up: its old outline with the new one as a hole.
    const ring: Polygon = {
      type: 'Polygon',
      coordinates: [huyton.boundary.coordinates[0] ?? [], smaller.coordinates[0] ?? []],
    };
    const caller = await manager();
    const created = await caller.patches.create({
      name: 'Huyton Outer',
      boundary: ring,
      advisorId: kirkbyAdvisor?.id ?? null,
    });
    expect(created.moved).toBe(leaving.length);
    expect((await patchOf(leaving)).every((home) => home.patchId === created.id)).toBe(true);
    expect(await caller.patches.byId({ id: created.id })).toMatchObject({
      name: 'Huyton Outer',
      advisor: { id: kirkbyAdvisor?.id },
      homeCount: leaving.length,
    });
    await expect(
      caller.patches.create({
        name: 'Huyton Outer',
        boundary: square(-2.96, 53.52, 0.005),
        advisorId: null,
      }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'There is already a patch called Huyton Outer.',
    });
    await expect(
      caller.patches.create({ name: 'Huyton Again', boundary: huyton.boundary, advisorId: null }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('overlaps Huyton'),
    });
  });

  it('gives a patch to an active Housing Advisor, or to no one', async () => {
    const caller = await manager();
    const [community] = await database.db
      .select()
      .from(staff)
      .where(eq(staff.email, 'community@doorstep.example'));
    const [advisor] = await database.db.select().from(staff).where(eq(staff.email, ADVISOR));
    await expect(caller.patches.assignAdvisor({ id: huyton.id, advisorId: null })).resolves.toEqual(
      { advisor: null },
    );
    expect((await caller.patches.byId({ id: huyton.id })).advisor).toBeNull();
    await expect(
      caller.patches.assignAdvisor({ id: huyton.id, advisorId: community?.id ?? '' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'A patch can only be given to a Housing Advisor whose account is active.',
    });
    await expect(
      caller.patches.assignAdvisor({ id: huyton.id, advisorId: advisor?.id ?? '' }),
    ).resolves.toEqual({ advisor: { id: advisor?.id, name: advisor?.name } });
    await expect(
      caller.patches.assignAdvisor({
        id: '00000000-0000-4000-8000-000000000000',
        advisorId: null,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets only managers preview, save, create or reassign patches', async () => {
    for (const email of [ADVISOR, 'community@doorstep.example']) {
      const caller = createCaller(await contextAs(database, email));
      await expect(
        caller.patches.updateBoundary({ id: huyton.id, boundary: huyton.boundary }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(
        caller.patches.previewBoundary({ id: huyton.id, boundary: huyton.boundary }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(
        caller.patches.create({
          name: 'Mine',
          boundary: square(-2.96, 53.52, 0.005),
          advisorId: null,
        }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(
        caller.patches.assignAdvisor({ id: huyton.id, advisorId: null }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    const [stored] = await database.db.select().from(patches).where(eq(patches.id, huyton.id));
    expect(stored?.boundary).toEqual(smaller);
  });
});

describe('BOROUGH_BBOX', () => {
  it('defaults to the demo borough with a margin, and reads west,south,east,north', () => {
    expect(loadConfig({}).boroughBbox).toEqual(DEFAULT_BOROUGH_BBOX);
    expect(loadConfig({ BOROUGH_BBOX: '-3.0, 53.3, -2.7, 53.6' }).boroughBbox).toEqual([
      -3.0, 53.3, -2.7, 53.6,
    ]);
  });

  it.each(['-2.9,53.3', 'west,south,east,north', '-2.7,53.3,-3.0,53.6', '-2.9,53.6,-2.7,53.3'])(
    'stops start-up on %s, naming the variable',
    (value) => {
      expect(() => loadConfig({ BOROUGH_BBOX: value })).toThrow(ConfigError);
      expect(() => loadConfig({ BOROUGH_BBOX: value })).toThrow(
        `Invalid BOROUGH_BBOX="${value}": must be west,south,east,north in degrees`,
      );
    },
  );
});
