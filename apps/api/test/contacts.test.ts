import { contacts } from '@doorstep/db';
import type { TestDatabase } from '@doorstep/db/testing';
import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../src/routers';
import { refreshMonitoring } from '../src/services/monitoring';
import { createCallerFactory } from '../src/trpc/init';
import { contextAs, customersInPatch, seededTestDatabase } from './helpers';

const createCaller = createCallerFactory(appRouter);
const ADVISOR = 'advisor.huyton@doorstep.example';
const OTHER_ADVISOR = 'advisor.kirkby@doorstep.example';
const MANAGER = 'manager@doorstep.example';
const COMMUNITY = 'community@doorstep.example';
/** Tuesday 29 December 2026: Christmas Day (Friday) and its substitute Boxing Day (Monday 28th) are behind us. */
const NOW = new Date('2026-12-29T12:00:00Z');

async function refusal(promise: Promise<unknown>): Promise<TRPCError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('contacts staff take and acknowledge', () => {
  let database: TestDatabase;
  let customerA: string;
  let customerB: string;
  let kirkbyCustomer: string;
  /** Friday 18 December, Saturday 19 December and Christmas Eve, from Huyton customers. */
  const ids = { friday: '', saturday: '', christmasEve: '', nobody: '' };
  const as = async (email: string | null, at = NOW) =>
    createCaller(await contextAs(database, email, at));

  beforeAll(async () => {
    database = await seededTestDatabase('pglite');
    [customerA = '', customerB = ''] = await customersInPatch(database, 'Huyton');
    [kirkbyCustomer = ''] = await customersInPatch(database, 'Kirkby');
    const advisor = await as(ADVISOR);
    // Logged out of order: the list sorts them, not the order they were typed in.
    ids.christmasEve = (
      await advisor.contacts.log({
        customerId: customerA,
        channel: 'phone',
        receivedAt: '2026-12-24T10:00:00Z',
        acknowledged: false,
      })
    ).id;
    ids.friday = (
      await advisor.contacts.log({
        customerId: customerB,
        channel: 'post',
        receivedAt: '2026-12-18T16:00:00Z',
        acknowledged: false,
      })
    ).id;
    ids.saturday = (
      await advisor.contacts.log({
        customerId: customerA,
        channel: 'email',
        receivedAt: '2026-12-19T09:30:00Z',
        acknowledged: false,
      })
    ).id;
    ids.nobody = (
      await (
        await as(MANAGER)
      ).contacts.log({
        channel: 'in_person',
        receivedAt: '2026-12-21T11:00:00Z',
        acknowledged: false,
      })
    ).id;
  });
  afterAll(() => database?.close());

  it('lists open contacts oldest first, due 2 working days after the day received', async () => {
    const open = await (await as(ADVISOR)).contacts.open();
    const mine = open.filter((c) => Object.values(ids).includes(c.id));
    expect(mine.map((c) => [c.id, c.channel, c.dueDate, c.dueBy, c.late])).toEqual([
      [ids.friday, 'post', '2026-12-22', '2026-12-23T00:00:00Z', true],
      // Received on a Saturday: the same deadline as the Friday before.
      [ids.saturday, 'email', '2026-12-22', '2026-12-23T00:00:00Z', true],
      // Christmas Day, the weekend and the substitute Boxing Day are not working days.
      [ids.christmasEve, 'phone', '2026-12-30', '2026-12-31T00:00:00Z', false],
    ]);
    expect(open.map((c) => c.receivedAt)).toEqual(open.map((c) => c.receivedAt).sort());
    expect(mine[0]).toMatchObject({ customerId: customerB, patchName: 'Huyton' });
    expect(mine[0]?.customerName).toEqual(expect.any(String));
  });

  it('turns a contact late at the midnight that ends its last day', async () => {
    const christmasEve = async (at: string) =>
      (await (await as(ADVISOR, new Date(at))).contacts.open()).find(
        (c) => c.id === ids.christmasEve,
      )?.late;
    expect(await christmasEve('2026-12-30T23:59:59Z')).toBe(false);
    expect(await christmasEve('2026-12-31T00:00:00Z')).toBe(true);
  });

  it('shows a contact with no customer to managers only', async () => {
    const manager = await (await as(MANAGER)).contacts.open();
    expect(manager.find((c) => c.id === ids.nobody)).toMatchObject({
      customerId: null,
      customerName: null,
      patchName: null,
      channel: 'in_person',
    });
    const advisor = await (await as(ADVISOR)).contacts.open();
    expect(advisor.some((c) => c.id === ids.nobody)).toBe(false);
    expect((await refusal((await as(ADVISOR)).contacts.acknowledge({ id: ids.nobody }))).code).toBe(
      'FORBIDDEN',
    );
  });

  it('keeps each advisor to their own patches, and the community team out', async () => {
    const other = await as(OTHER_ADVISOR);
    expect((await other.contacts.open()).some((c) => Object.values(ids).includes(c.id))).toBe(
      false,
    );
    const huyton = (await (await as(ADVISOR)).contacts.open())[0]?.patchId ?? '';
    expect((await refusal(other.contacts.open({ patchId: huyton }))).code).toBe('FORBIDDEN');
    expect((await refusal(other.contacts.acknowledge({ id: ids.friday }))).code).toBe('FORBIDDEN');
    const logForKirkby = (await as(ADVISOR)).contacts.log({
      customerId: kirkbyCustomer,
      channel: 'phone',
      receivedAt: '2026-12-29T09:00:00Z',
      acknowledged: true,
    });
    expect((await refusal(logForKirkby)).code).toBe('FORBIDDEN');
    const community = await as(COMMUNITY);
    expect((await refusal(community.contacts.open())).code).toBe('FORBIDDEN');
    expect((await refusal(community.contacts.acknowledge({ id: ids.friday }))).code).toBe(
      'FORBIDDEN',
    );
    const unknown = (await as(MANAGER)).contacts.acknowledge({
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(await refusal(unknown)).toMatchObject({
      code: 'NOT_FOUND',
      message: 'There is no contact with that id.',
    });
  });

  it('refuses bad input in words', async () => {
    const advisor = await as(ADVISOR);
    const valid = {
      customerId: customerA,
      channel: 'phone',
      receivedAt: '2026-12-29T09:00:00Z',
      acknowledged: false,
    } as const;
    const future = await refusal(
      advisor.contacts.log({ ...valid, receivedAt: '2026-12-29T12:05:00Z' }),
    );
    expect(future.code).toBe('BAD_REQUEST');
    expect(future.message).toBe(
      'The time it was received cannot be in the future (it is now Tuesday 29 December 2026 at 12:00).',
    );
    const old = await refusal(
      advisor.contacts.log({ ...valid, receivedAt: '2026-11-28T09:00:00Z' }),
    );
    expect(old.message).toBe('The time it was received must be within the last 30 days.');
    const staff = await refusal(
      advisor.contacts.log({ ...valid, channel: 'staff' as unknown as 'phone' }),
    );
    expect(staff.code).toBe('BAD_REQUEST');
    expect(staff.message).toContain('Choose how the customer got in touch');
    const extra = await refusal(
      advisor.contacts.log({ ...valid, note: 'rang twice' } as unknown as typeof valid),
    );
    expect(extra.code).toBe('BAD_REQUEST');
    expect(extra.message).toContain('Unrecognized key: \\"note\\"');
    const notATime = await refusal(advisor.contacts.log({ ...valid, receivedAt: 'yesterday' }));
    expect(notATime.message).toContain('Give the date and time it was received');
    const rows = await database.db
      .select()
      .from(contacts)
      .where(eq(contacts.customerId, customerA));
    expect(rows).toHaveLength(2);
  });

  it('acknowledges once: a second call keeps the first time and says so', async () => {
    const first = await (await as(ADVISOR)).contacts.acknowledge({ id: ids.friday });
    expect(first).toEqual({ acknowledgedAt: NOW.toISOString(), alreadyAcknowledged: false });
    const later = new Date('2026-12-30T09:00:00Z');
    const second = await (await as(MANAGER, later)).contacts.acknowledge({ id: ids.friday });
    expect(second).toEqual({ acknowledgedAt: NOW.toISOString(), alreadyAcknowledged: true });
    const [row] = await database.db.select().from(contacts).where(eq(contacts.id, ids.friday));
    expect(row?.acknowledgedAt).toEqual(NOW);
    const open = await (await as(ADVISOR)).contacts.open();
    expect(open.some((c) => c.id === ids.friday)).toBe(false);
  });

  it('logs a contact already acknowledged, which the open list leaves out', async () => {
    const logged = await (await as(ADVISOR)).contacts.log({
      customerId: customerB,
      channel: 'in_person',
      receivedAt: '2026-12-29T11:15:00+00:00',
      acknowledged: true,
    });
    expect(logged).toMatchObject({ acknowledgedAt: NOW.toISOString(), dueDate: '2026-12-31' });
    const open = await (await as(ADVISOR)).contacts.open();
    expect(open.some((c) => c.id === logged.id)).toBe(false);
  });

  it('moves the monitoring figure for contacts acknowledged in time', async () => {
    const manager = await as(MANAGER);
    const figure = async () => {
      await refreshMonitoring(database.db, { now: NOW });
      const summary = await manager.monitoring.summary();
      const found = summary.measures.find((m) => m.id === 'contact_acknowledged');
      return { counted: found?.counted ?? -1, met: found?.met ?? -1 };
    };
    const before = await figure();
    // Christmas Eve's contact is inside its 2 working days: not counted until acknowledged.
    await (await as(ADVISOR)).contacts.acknowledge({ id: ids.christmasEve });
    const after = await figure();
    expect(after).toEqual({ counted: before.counted + 1, met: before.met + 1 });
  });
});
