import { appointments, customers, notices } from '@doorstep/db';
import type { TestDatabase } from '@doorstep/db/testing';
import { testDrivers } from '@doorstep/db/testing';
import { and, eq, gte, lt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueDueReminders } from '../src/services/notices/reminders';
import { seededTestDatabase } from './helpers';

describe.each(testDrivers())('visit reminders on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await seededTestDatabase(kind);
  });
  afterAll(() => database?.close());

  it('queues one reminder per visit the day before, in the customer’s channel, unless they asked for none', async () => {
    // Tuesday 24 November 2026's seeded visits, all day in London (GMT).
    const tomorrow = await database.db
      .select()
      .from(appointments)
      .where(
        and(
          gte(appointments.startsAt, new Date('2026-11-24T00:00:00Z')),
          lt(appointments.startsAt, new Date('2026-11-25T00:00:00Z')),
        ),
      );
    expect(tomorrow.length).toBeGreaterThan(5);
    const [optedOut, cancelled] = tomorrow;
    await database.db
      .update(customers)
      .set({ wantsReminders: false })
      .where(eq(customers.id, optedOut?.customerId ?? ''));
    await database.db
      .update(appointments)
      .set({ status: 'cancelled' })
      .where(eq(appointments.id, cancelled?.id ?? ''));

    const now = new Date('2026-11-23T12:00:00Z');
    // Two workers at once, and again later: still one reminder per visit.
    const counts = await Promise.all([
      queueDueReminders(database.db, now),
      queueDueReminders(database.db, now),
    ]);
    expect(await queueDueReminders(database.db, now)).toBe(0);
    const reminders = await database.db.select().from(notices).where(eq(notices.kind, 'reminder'));
    const own = reminders.filter((n) => n.representativeId === null);
    expect(own).toHaveLength(tomorrow.length - 2);
    expect(counts[0] + counts[1]).toBe(own.length);
    expect(new Set(own.map((n) => n.appointmentId)).size).toBe(own.length);
    expect(own.map((n) => n.appointmentId)).not.toContain(optedOut?.id);
    expect(own.map((n) => n.appointmentId)).not.toContain(cancelled?.id);
    // The day after tomorrow's visits are not reminded yet.
    expect(own.every((n) => tomorrow.some((a) => a.id === n.appointmentId))).toBe(true);
  });
});
