import { customers, homes, patches, staff, tenancies } from '@doorstep/db';
import type { TestDatabase } from '@doorstep/db/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { appRouter } from '../src/routers';
import { createCallerFactory } from '../src/trpc/init';
import { contextAs, seededTestDatabase } from './helpers';

const createCaller = createCallerFactory(appRouter);
const COVERING = 'advisor.kirkby@doorstep.example';
const at = (date: string) => new Date(`${date}T12:00:00Z`);

let database: TestDatabase;
let huytonId: string;
let customerId: string;

beforeAll(async () => {
  database = await seededTestDatabase('pglite');
  const [huyton] = await database.db.select().from(patches).where(eq(patches.name, 'Huyton'));
  huytonId = huyton?.id ?? '';
  const [customer] = await database.db
    .select({ id: customers.id })
    .from(customers)
    .innerJoin(tenancies, eq(tenancies.id, customers.tenancyId))
    .innerJoin(homes, and(eq(homes.id, tenancies.homeId), eq(homes.patchId, huytonId)))
    .limit(1);
  customerId = customer?.id ?? '';
});
afterAll(() => database?.close());

it('gives a covering advisor the patch for the dates a manager set, and takes it away after', async () => {
  const [kirkbyAdvisor] = await database.db.select().from(staff).where(eq(staff.email, COVERING));
  const manager = createCaller(
    await contextAs(database, 'manager@doorstep.example', at('2026-11-23')),
  );
  await manager.patches.grantCover({
    patchId: huytonId,
    advisorId: kirkbyAdvisor?.id ?? '',
    startsOn: '2026-11-30',
    endsOn: '2026-12-04',
  });
  expect(await manager.patches.covers()).toEqual([
    expect.objectContaining({
      patchName: 'Huyton',
      advisorId: kirkbyAdvisor?.id,
      startsOn: '2026-11-30',
      endsOn: '2026-12-04',
    }),
  ]);

  const asCover = async (date: string) =>
    createCaller(await contextAs(database, COVERING, at(date)));
  for (const [date, allowed] of [
    ['2026-11-29', false],
    ['2026-11-30', true],
    ['2026-12-04', true],
    ['2026-12-05', false],
  ] as const) {
    const caller = await asCover(date);
    const me = await caller.auth.me();
    expect(me?.patches.map((p) => `${p.name}${p.covering ? ' (covering)' : ''}`)).toEqual(
      allowed ? ['Kirkby', 'Huyton (covering)'] : ['Kirkby'],
    );
    const read = caller.accessNeeds.profile({ customerId });
    if (allowed) await expect(read).resolves.toMatchObject({ customer: { id: customerId } });
    else await expect(read).rejects.toMatchObject({ code: 'FORBIDDEN' });
  }
});

it('gives cover only to Housing Advisors, for a range that makes sense', async () => {
  const manager = createCaller(await contextAs(database, 'manager@doorstep.example'));
  const [community] = await database.db
    .select()
    .from(staff)
    .where(eq(staff.email, 'community@doorstep.example'));
  await expect(
    manager.patches.grantCover({
      patchId: huytonId,
      advisorId: community?.id ?? '',
      startsOn: '2026-12-01',
      endsOn: '2026-12-02',
    }),
  ).rejects.toThrow('Cover can only be given to a Housing Advisor.');
  await expect(
    manager.patches.grantCover({
      patchId: huytonId,
      advisorId: community?.id ?? '',
      startsOn: '2026-12-03',
      endsOn: '2026-12-02',
    }),
  ).rejects.toThrow('Cover must end on or after the day it starts');
});
