import { contacts } from '@doorstep/db';
import type { TestDatabase } from '@doorstep/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../src/routers';
import type { Principal } from '../src/services/auth/principal';
import { createInvitation } from '../src/services/booking/invitations';
import { latestRun, refreshMonitoring } from '../src/services/monitoring';
import { nextDailyRefresh } from '../src/services/monitoring/schedule';
import { createCallerFactory } from '../src/trpc/init';
import { contextAs, customersInPatch, seededTestDatabase, startTestServer } from './helpers';

const createCaller = createCallerFactory(appRouter);
const NOW = new Date('2026-11-23T10:00:00Z');

describe('the daily refresh time', () => {
  it('is 05:00 London time: GMT in winter, BST in summer, across the change', () => {
    expect(nextDailyRefresh(NOW).toISOString()).toBe('2026-11-24T05:00:00.000Z');
    expect(nextDailyRefresh(new Date('2026-11-23T04:59:00Z')).toISOString()).toBe(
      '2026-11-23T05:00:00.000Z',
    );
    expect(nextDailyRefresh(new Date('2026-07-01T03:00:00Z')).toISOString()).toBe(
      '2026-07-01T04:00:00.000Z',
    );
    // The clocks go forward at 01:00 GMT on Sunday 29 March 2026.
    expect(nextDailyRefresh(new Date('2026-03-28T06:00:00Z')).toISOString()).toBe(
      '2026-03-29T04:00:00.000Z',
    );
  });
});

describe('on the seeded organisation', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await seededTestDatabase('pglite');
  });
  afterAll(() => database?.close());

  it('a server with no run for today computes one when it starts, and stops cleanly', async () => {
    expect(await latestRun(database.db)).toBeNull();
    const { server } = await startTestServer(database, { now: () => NOW });
    try {
      const deadline = Date.now() + 60_000;
      let run = await latestRun(database.db);
      while (!run && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        run = await latestRun(database.db);
      }
      expect(run?.asOf).toBe('2026-11-23');
    } finally {
      await server.stop();
    }
  }, 90_000);

  it('a tenant asking us to call back is counted as a contact through the booking link', async () => {
    const manager = await contextAs(database, 'manager@doorstep.example', NOW);
    const [customerId] = await customersInPatch(database, 'Huyton');
    const invitation = await createInvitation(
      database.db,
      manager.principal as Principal,
      {
        customerId: customerId ?? '',
        type: 'survey',
        purpose: 'A survey of the kitchen and bathroom',
        windowStartsOn: '2026-12-01',
        windowEndsOn: '2026-12-18',
      },
      NOW,
      { publicUrl: 'http://localhost:3000', secret: manager.linkSecret },
    );
    const before = await refreshMonitoring(database.db, { now: NOW });
    const channel = async () =>
      (await createCaller(manager).monitoring.summary()).measures
        .find((m) => m.id === 'contacts_by_channel')
        ?.breakdown.find((b) => b.group === 'booking_link')?.counted ?? 0;
    const linkContacts = await channel();
    expect(before.asOf).toBe('2026-11-23');

    const token = invitation.link.split('/b/')[1] ?? '';
    await createCaller(manager).booking.requestCallback({ token, note: 'Mornings are hard' });
    const rows = await database.db
      .select()
      .from(contacts)
      .where(eq(contacts.customerId, customerId ?? ''));
    expect(rows.filter((r) => r.receivedAt.getTime() === NOW.getTime())).toMatchObject([
      { channel: 'booking_link', acknowledgedAt: null },
    ]);
    await refreshMonitoring(database.db, { now: NOW });
    expect(await channel()).toBe(linkContacts + 1);
  });
});
