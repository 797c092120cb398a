import { accessNeeds, auditLog, customers } from '@doorstep/db';
import type { TestDatabase } from '@doorstep/db/testing';
import { testDrivers } from '@doorstep/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../src/routers';
import { createCallerFactory } from '../src/trpc/init';
import { contextAs, customersInPatch, seededTestDatabase } from './helpers';

const createCaller = createCallerFactory(appRouter);
const ADVISOR = 'advisor.huyton@doorstep.example';
const MANAGER = 'manager@doorstep.example';

describe.each(testDrivers())('access needs and their audit trail on %s', (kind) => {
  let database: TestDatabase;
  let customerId: string;

  beforeAll(async () => {
    database = await seededTestDatabase(kind);
    [customerId = ''] = await customersInPatch(database, 'Huyton');
    // Start from a customer with nothing recorded, whatever the seed gave them.
    await database.db
      .update(customers)
      .set({ preferredLanguage: 'en' })
      .where(eq(customers.id, customerId));
    await database.db.delete(accessNeeds).where(eq(accessNeeds.customerId, customerId));
  });
  afterAll(() => database?.close());

  it('records who changed which needs, and every read of them, never the values', async () => {
    const advisor = createCaller(await contextAs(database, ADVISOR));
    const { changed } = await advisor.accessNeeds.update({
      customerId,
      profile: {
        preferredLanguage: 'pl',
        interpreter: 'telephone',
        vulnerabilityFlags: ['do_not_visit_alone', 'hearing_impairment'],
        unavailableWeekly: [{ day: 'monday', from: '08:15', to: '09:15', label: 'school run' }],
      },
    });
    expect(changed).toEqual(
      expect.arrayContaining(['preferredLanguage', 'interpreter', 'vulnerabilityFlags']),
    );

    const { profile } = await advisor.accessNeeds.profile({ customerId });
    expect(profile).toMatchObject({
      preferredLanguage: 'pl',
      interpreter: 'telephone',
      vulnerabilityFlags: ['do_not_visit_alone', 'hearing_impairment'],
      unavailableWeekly: [{ day: 'monday', from: '08:15', to: '09:15', label: 'school run' }],
    });
    await createCaller(await contextAs(database, MANAGER)).accessNeeds.profile({ customerId });

    const rows = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.customerId, customerId));
    expect(rows.map((r) => [r.action, r.procedure])).toEqual([
      ['update', 'accessNeeds.update'],
      ['read', 'accessNeeds.profile'],
      ['read', 'accessNeeds.profile'],
    ]);
    const read = rows[1];
    expect(read?.fields).toEqual(
      expect.arrayContaining(['interpreter', 'vulnerabilityFlags', 'unavailableWeekly']),
    );
    expect(JSON.stringify(rows)).not.toContain('hearing_impairment');
    expect(new Set(rows.map((r) => r.staffId)).size).toBe(2);
  });

  it('writes no audit row and shows nothing when the caller may not see the customer', async () => {
    const before = await database.db.select().from(auditLog);
    const other = createCaller(await contextAs(database, 'advisor.kirkby@doorstep.example'));
    await expect(other.accessNeeds.profile({ customerId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await database.db.select().from(auditLog)).toHaveLength(before.length);
  });

  it('lets managers search the audit log by member of staff, customer and date', async () => {
    const manager = createCaller(await contextAs(database, MANAGER));
    const byCustomer = await manager.audit.search({ customerId });
    expect(byCustomer.length).toBeGreaterThanOrEqual(3);
    const advisorId = byCustomer.find((row) => row.action === 'update')?.staffId ?? '';
    const byStaff = await manager.audit.search({ staffId: advisorId });
    expect(byStaff.every((row) => row.staffId === advisorId && row.staffName)).toBe(true);
    expect(
      await manager.audit.search({ customerId, from: '2026-11-23', to: '2026-11-23' }),
    ).toHaveLength(byCustomer.length);
    expect(await manager.audit.search({ customerId, from: '2026-11-24' })).toHaveLength(0);
    expect(await manager.audit.search({ customerId, to: '2026-11-22' })).toHaveLength(0);
  });

  it('rejects unknown fields and bad values in a profile with plain messages', async () => {
    const advisor = createCaller(await contextAs(database, ADVISOR));
    await expect(
      advisor.accessNeeds.update({ customerId, profile: { ethnicity: 'x' } as never }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      advisor.accessNeeds.update({
        customerId,
        profile: { unavailableWeekly: [{ day: 'monday', from: '10:00', to: '09:00' }] },
      }),
    ).rejects.toThrow('A time the customer cannot do must end after it starts.');
  });
});
