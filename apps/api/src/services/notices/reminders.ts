import { appointments, customers, type Database, notices } from '@doorstep/db';
import { endOfLondonDay, londonDate, startOfLondonDay } from '@doorstep/domain';
import { and, eq, gte, isNull, lt, notExists, sql } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { loadAccessProfile } from '../access-needs';
import { queueNotice } from '../booking/notices';

const instant = (at: { epochMilliseconds: number }) => new Date(at.epochMilliseconds);

/**
 * Queues a reminder for each visit on the day `daysBefore` calendar days from today (the
 * day before, by default), through the customer's own channel, unless they asked for none.
 * Safe to run as often as the outbox polls: a unique index allows one reminder per visit.
 */
export async function queueDueReminders(db: Database, now: Date, daysBefore = 1): Promise<number> {
  const today = londonDate(now);
  const day = Temporal.PlainDate.from(today).add({ days: daysBefore }).toString();
  const due = await db
    .select({
      id: appointments.id,
      customerId: appointments.customerId,
      type: appointments.type,
      startsAt: appointments.startsAt,
    })
    .from(appointments)
    .innerJoin(customers, eq(customers.id, appointments.customerId))
    .where(
      and(
        eq(appointments.status, 'booked'),
        isNull(appointments.accompaniesId),
        eq(customers.wantsReminders, true),
        gte(appointments.startsAt, instant(startOfLondonDay(day))),
        lt(appointments.startsAt, instant(endOfLondonDay(day))),
        notExists(
          db
            .select({ one: sql`1` })
            .from(notices)
            .where(and(eq(notices.appointmentId, appointments.id), eq(notices.kind, 'reminder'))),
        ),
      ),
    );
  let queued = 0;
  for (const visit of due) {
    const { profile } = await loadAccessProfile(db, visit.customerId);
    try {
      await db.transaction((tx) =>
        queueNotice(tx, {
          kind: 'reminder',
          customerId: visit.customerId,
          profile,
          appointmentId: visit.id,
          type: visit.type,
          now,
          appointment: { start: visit.startsAt, initiatedBy: 'tenant' },
        }),
      );
      queued += 1;
    } catch (error) {
      // Another worker queued it first: the unique index said no, which is the point.
      if (!String((error as { cause?: { code?: string } }).cause?.code ?? '').startsWith('23505'))
        throw error;
    }
  }
  return queued;
}
