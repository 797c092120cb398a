import { auditLog, customers, householdMembers, livingWellMeetings, referrals } from '@doorstep/db';
import type { TestDatabase } from '@doorstep/db/testing';
import { testDrivers } from '@doorstep/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededTestDatabase, TODAY } from './helpers';
import {
  apiAs,
  HUYTON_ADVISOR,
  lastMetOn,
  MANAGER,
  type PatchTenancy,
  patchNamed,
  refusal,
  tenanciesOf,
} from './living-well-helpers';

const AT = `${TODAY}T10:00:00Z`;

describe.each(testDrivers())('livingWell.record resent with its idempotency key on %s', (kind) => {
  let database: TestDatabase;
  let huyton: PatchTenancy[];

  const meetingsOf = (tenancyId: string) =>
    database.db
      .select()
      .from(livingWellMeetings)
      .where(eq(livingWellMeetings.tenancyId, tenancyId));
  /** A record reviewing the household and a referral, so a second application would show. */
  const recordFor = (tenancy: PatchTenancy, idempotencyKey: string) => ({
    tenancyId: tenancy.tenancyId,
    heldOn: TODAY,
    outcome: 'met' as const,
    contact: { phone: '0151 443 7777', email: null },
    household: [{ name: 'Kim Lee', relationship: 'daughter', birthYear: 2012 }],
    referrals: [{ service: 'getting_online' as const, note: 'Wants help with the portal' }],
    idempotencyKey,
  });
  const countsFor = async (tenancy: PatchTenancy) => ({
    meetings: (await meetingsOf(tenancy.tenancyId)).length,
    household: (
      await database.db
        .select()
        .from(householdMembers)
        .where(eq(householdMembers.tenancyId, tenancy.tenancyId))
    ).length,
    referrals: (
      await database.db.select().from(referrals).where(eq(referrals.customerId, tenancy.customerId))
    ).length,
    audits: (
      await database.db.select().from(auditLog).where(eq(auditLog.customerId, tenancy.customerId))
    ).filter((row) => row.procedure === 'livingWell.record').length,
  });

  beforeAll(async () => {
    database = await seededTestDatabase(kind);
    huyton = await tenanciesOf(database, (await patchNamed(database, 'Huyton')).id);
    for (const tenancy of huyton.slice(0, 4)) {
      await lastMetOn(database, tenancy.tenancyId, '2025-10-01');
      await database.db.delete(referrals).where(eq(referrals.customerId, tenancy.customerId));
    }
  });
  afterAll(() => database?.close());

  it('answers a key sent twice in a row with the first answer and applies it once', async () => {
    const tenancy = huyton[0] as PatchTenancy;
    const { api } = await apiAs(database, HUYTON_ADVISOR, AT);
    const key = crypto.randomUUID();
    const first = await api.livingWell.record(recordFor(tenancy, key));
    // Later the same day the office changes the phone again; a resend must not undo that.
    await database.db
      .update(customers)
      .set({ phone: '0151 443 1234' })
      .where(eq(customers.id, tenancy.customerId));
    const again = await api.livingWell.record(recordFor(tenancy, key));

    expect(again).toEqual(first);
    expect(first.nextDueOn).toBe('2027-11-23');
    expect(await countsFor(tenancy)).toEqual({
      meetings: 2,
      household: 1,
      referrals: 1,
      audits: 1,
    });
    const [customer] = await database.db
      .select({ phone: customers.phone })
      .from(customers)
      .where(eq(customers.id, tenancy.customerId));
    expect(customer?.phone).toBe('0151 443 1234');
  });

  it('applies a key sent twice at once exactly once, both told the same', async () => {
    const tenancy = huyton[1] as PatchTenancy;
    const { api } = await apiAs(database, HUYTON_ADVISOR, AT);
    const input = recordFor(tenancy, crypto.randomUUID());
    const [a, b] = await Promise.all([api.livingWell.record(input), api.livingWell.record(input)]);

    expect(a).toEqual(b);
    expect(await countsFor(tenancy)).toEqual({
      meetings: 2,
      household: 1,
      referrals: 1,
      audits: 1,
    });
    const stored = (await meetingsOf(tenancy.tenancyId)).find((m) => m.id === a.meetingId);
    expect(stored?.idempotencyKey).toBe(input.idempotencyKey);
  });

  it('keeps keys per member of staff, and still refuses a second meeting under a new key', async () => {
    const tenancy = huyton[2] as PatchTenancy;
    const key = crypto.randomUUID();
    const { api: advisor } = await apiAs(database, HUYTON_ADVISOR, AT);
    const { api: manager } = await apiAs(database, MANAGER, AT);
    await advisor.livingWell.record(recordFor(tenancy, key));

    // The manager's phone happened to make the same key: it is not the advisor's answer.
    expect(await refusal(manager.livingWell.record(recordFor(tenancy, key)))).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/already recorded/),
    });
    expect(
      await refusal(advisor.livingWell.record(recordFor(tenancy, crypto.randomUUID()))),
    ).toMatchObject({ code: 'CONFLICT' });
    expect((await countsFor(tenancy)).meetings).toBe(2);
  });

  it('says in words when the key is not a UUID, and saves nothing', async () => {
    const tenancy = huyton[3] as PatchTenancy;
    const { api } = await apiAs(database, HUYTON_ADVISOR, AT);
    expect(await refusal(api.livingWell.record(recordFor(tenancy, 'again')))).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/record key must be a UUID/),
    });
    expect((await countsFor(tenancy)).meetings).toBe(1);
  });
});
