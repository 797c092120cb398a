import { appointments, customers, homes, staff, withDomainErrors } from '@doorstep/db';
import type { TestDatabase } from '@doorstep/db/testing';
import { testDrivers } from '@doorstep/db/testing';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../src/routers';
import { createInnerContext } from '../src/trpc/context';
import { createCallerFactory, createTRPCRouter, publicProcedure } from '../src/trpc/init';
import { contextAs, SEED, seededTestDatabase } from './helpers';

const createCaller = createCallerFactory(appRouter);

describe.each(testDrivers())('routers on %s, called without HTTP', (kind) => {
  let database: TestDatabase;
  let caller: ReturnType<typeof createCaller>;

  beforeAll(async () => {
    database = await seededTestDatabase(kind);
    caller = createCaller(await contextAs(database, 'manager@doorstep.example'));
  });
  afterAll(() => database?.close());

  it('lists patches with their advisor and homes', async () => {
    const patches = await caller.patches.list();
    expect(patches).toHaveLength(6);
    expect(patches.every((p) => p.advisor !== null)).toBe(true);
    expect(patches.reduce((sum, p) => sum + p.homeCount, 0)).toBe(SEED.homes);
  });

  it('returns one patch with its boundary, or NOT_FOUND', async () => {
    const [first] = await caller.patches.list();
    const patch = await caller.patches.byId({ id: first?.id ?? '' });
    expect(patch.boundary.type).toBe('Polygon');
    expect(patch.homeCount).toBe(first?.homeCount);
    await expect(
      caller.patches.byId({ id: '00000000-0000-4000-8000-000000000000' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'There is no patch with that id.',
    });
  });

  it('lists venues with their accessibility facts', async () => {
    const venues = await caller.venues.list();
    expect(venues).toHaveLength(8);
    expect(venues.find((v) => v.name === 'Page Moss Library')?.facts.hearingLoop).toBe(true);
  });

  it('turns a double booking into a CONFLICT error for callers, not a 500', async () => {
    const [advisor] = await database.db.select().from(staff).limit(1);
    const [home] = await database.db.select().from(homes).limit(1);
    const [customer] = await database.db.select().from(customers).limit(1);
    const slot = {
      type: 'repair_inspection' as const,
      staffId: advisor?.id ?? '',
      homeId: home?.id ?? '',
      customerId: customer?.id ?? '',
      startsAt: new Date('2027-03-01T10:00:00Z'),
      endsAt: new Date('2027-03-01T10:30:00Z'),
      bookedVia: 'phone' as const,
      purpose: 'Inspect the back door',
    };
    // A procedure built like every real one, so the shared error mapping is what is tested.
    const router = createTRPCRouter({
      book: publicProcedure.mutation(({ ctx }) =>
        withDomainErrors(() => ctx.db.insert(appointments).values(slot)),
      ),
    });
    const ctx = createInnerContext({ db: database.db, databaseKind: database.kind });
    const book = createCallerFactory(router)(ctx).book;
    await book();
    const error = await book().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect(error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('overlaps') });
  });
});
