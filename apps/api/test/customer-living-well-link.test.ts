import { customers, tenancies } from '@doorstep/db';
import type { TestDatabase } from '@doorstep/db/testing';
import { testDrivers } from '@doorstep/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../src/routers';
import { createCallerFactory } from '../src/trpc/init';
import { contextAs, customersInPatch, seededTestDatabase, TODAY } from './helpers';

const createCaller = createCallerFactory(appRouter);
const ADVISOR = 'advisor.huyton@doorstep.example';

describe.each(testDrivers())('the customer page’s link to the Living Well record on %s', (kind) => {
  let database: TestDatabase;
  let customerId: string;
  let tenancyId: string;

  beforeAll(async () => {
    database = await seededTestDatabase(kind);
    [customerId = ''] = await customersInPatch(database, 'Huyton');
    const [row] = await database.db
      .select({ tenancyId: customers.tenancyId })
      .from(customers)
      .where(eq(customers.id, customerId));
    tenancyId = row?.tenancyId ?? '';
  });
  afterAll(() => database?.close());

  const linkOf = async () =>
    (await createCaller(await contextAs(database, ADVISOR)).accessNeeds.profile({ customerId }))
      .customer.livingWellTenancyId;
  const setTenancy = (change: Partial<typeof tenancies.$inferInsert>) =>
    database.db.update(tenancies).set(change).where(eq(tenancies.id, tenancyId));

  it('names the open low-cost rental tenancy, and none for another tenure or an ended one', async () => {
    await setTenancy({ tenure: 'low_cost_rental', endDate: null });
    expect(await linkOf()).toBe(tenancyId);
    // Ending today still counts: the last meeting may be held on the last day.
    await setTenancy({ endDate: TODAY });
    expect(await linkOf()).toBe(tenancyId);
    await setTenancy({ endDate: '2026-01-31' });
    expect(await linkOf()).toBeNull();
    await setTenancy({ tenure: 'shared_ownership', endDate: null });
    expect(await linkOf()).toBeNull();
  });
});
