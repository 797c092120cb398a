import type { TestDatabase } from '@doorstep/db/testing';
import { DomainError, type PlannerInput } from '@doorstep/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoutingPool } from '../src/routing';
import type { Server } from '../src/server';
import { seededTestDatabase, signedInCookie, startTestServer } from './helpers';
import { patchNamed } from './living-well-helpers';

const input: PlannerInput = {
  from: '2026-11-30',
  to: '2026-12-11',
  base: { latitude: 53.482, longitude: -2.89 },
  workingHours: { start: '09:00', end: '17:00' },
  dailyCap: 3,
  leave: [],
  commitments: [],
  fixed: [],
  lockedDays: [],
  meetings: Array.from({ length: 8 }, (_, i) => ({
    tenancyId: `t${i}`,
    dueOn: '2026-12-11',
    earliestOn: '2026-11-30',
    location: { latitude: 53.48 + i * 0.002, longitude: -2.89 },
    durationMinutes: 60,
  })),
  startEveryMinutes: 15,
};

describe('Living Well plans in the routing worker pool', () => {
  const pool = createRoutingPool({ size: 2 });
  afterAll(() => pool.close());

  it('plans in a worker, several patches side by side', async () => {
    const plans = await Promise.all(
      [1, 2, 3].map((seed) => pool.plan(input, { seed, timeLimitMs: 100 })),
    );
    for (const plan of plans) {
      expect(plan.unplaced).toEqual([]);
      expect(plan.visitCount).toBe(8);
      expect(plan.days.every((day) => day.visits.length <= 3)).toBe(true);
    }
  });

  it('passes the planner’s refusal back as a DomainError', async () => {
    const refused = await pool
      .plan({ ...input, workingHours: { start: '17:00', end: '09:00' } })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'The working day must end after it starts.',
    });
  });
});

describe('livingWell.plan over HTTP', () => {
  let database: TestDatabase;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    database = await seededTestDatabase('pglite');
    ({ server, url } = await startTestServer(database, {
      env: { LIVING_WELL_PLAN_MS: '200' },
      now: () => new Date('2026-11-23T10:00:00Z'),
    }));
  });
  afterAll(async () => {
    await server?.stop();
    await database?.close();
  });

  it('plans a patch in the server’s planning workers and answers with the plan', async () => {
    const cookie = await signedInCookie(url, 'advisor.huyton@doorstep.example');
    const patchId = (await patchNamed(database, 'Huyton')).id;
    const response = await fetch(`${url}/trpc/livingWell.plan`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', 'x-doorstep-request': '1' },
      body: JSON.stringify({ patchId, horizonWeeks: 6 }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      result: { data: { patchId: string; to: string; days: unknown[] } };
    };
    expect(body.result.data).toMatchObject({ patchId, to: '2027-01-03' });
    expect(body.result.data.days.length).toBeGreaterThan(0);

    const bad = await fetch(`${url}/trpc/livingWell.plan`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', 'x-doorstep-request': '1' },
      body: JSON.stringify({ patchId, dailyCap: -1 }),
    });
    expect(bad.status).toBe(400);
  });
});
