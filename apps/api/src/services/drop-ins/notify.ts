import {
  customers,
  type Database,
  dropInChanges,
  dropInInterest,
  dropInSeries,
  homes,
  notices,
  tenancies,
} from '@doorstep/db';
import { defaultNoticeRules, type Matter, noticeDelivery } from '@doorstep/domain';
import { and, asc, desc, eq } from 'drizzle-orm';
import { loadAccessProfile } from '../access-needs';
import { representativeCopies } from '../booking/notices';
import type { OutboxNotice } from '../notices/outbox';
import type { DropInChange, NoticeFacts } from '../notices/templates';
import { loadScheduleData, occurrenceOn, venueOf } from './load';

/**
 * Representatives are told about a drop-in only if their authority covers the tenancy: a
 * drop-in is about the tenant's home and tenancy in general, not one repair or check.
 */
const DROP_IN_MATTER: Matter = 'tenancy';

export interface NotifyOutcome {
  /** Customers a notice was queued for. */
  notified: number;
  /** Customers who said they would come but have nothing to reach them by in their channel. */
  unreachable: number;
}

/**
 * Queues a `drop_in_change` notice, in the same transaction as the change, for every customer
 * who said they would come to the occurrence, in their own channel, format and language; and
 * copies for representatives they have authorised. A customer with no address, email or
 * phone for their channel is not queued (the notice could only fail) but counted, so staff
 * know to tell them another way.
 */
export async function queueDropInNotices(
  tx: Database,
  occurrence: { seriesId: string; originalDate: string; startsAt: string },
  now: Date,
): Promise<NotifyOutcome> {
  const interested = await tx
    .select({
      customerId: customers.id,
      email: customers.email,
      phone: customers.phone,
      addressLine1: homes.addressLine1,
    })
    .from(dropInInterest)
    .innerJoin(customers, eq(customers.id, dropInInterest.customerId))
    .leftJoin(tenancies, eq(tenancies.id, customers.tenancyId))
    .leftJoin(homes, eq(homes.id, tenancies.homeId))
    .where(
      and(
        eq(dropInInterest.seriesId, occurrence.seriesId),
        eq(dropInInterest.originalDate, occurrence.originalDate),
      ),
    )
    .orderBy(asc(customers.id));
  const outcome: NotifyOutcome = { notified: 0, unreachable: 0 };
  for (const person of interested) {
    const { profile } = await loadAccessProfile(tx, person.customerId);
    const delivery = noticeDelivery(profile, defaultNoticeRules);
    const reachable =
      delivery.channel === 'email'
        ? Boolean(person.email)
        : delivery.channel === 'sms'
          ? Boolean(person.phone)
          : Boolean(person.addressLine1);
    if (!reachable) {
      outcome.unreachable += 1;
      continue;
    }
    const common = {
      kind: 'drop_in_change' as const,
      customerId: person.customerId,
      dropInSeriesId: occurrence.seriesId,
      dropInDate: occurrence.originalDate,
      // Worth nothing once the session has started.
      sendBy: new Date(occurrence.startsAt),
      nextAttemptAt: now,
    };
    const copies = representativeCopies(profile, now, DROP_IN_MATTER, common);
    await tx.insert(notices).values([
      {
        ...common,
        channel: delivery.channel,
        format: delivery.format,
        language: delivery.language,
      },
      ...copies,
    ]);
    outcome.notified += 1;
  }
  return outcome;
}

const changeOf: Record<(typeof dropInChanges.$inferSelect)['kind'], DropInChange> = {
  cancel: 'cancelled',
  reinstate: 'reinstated',
  move: 'moved',
  venue: 'venue',
};

/**
 * What a drop-in notice says, read when it is sent: the occurrence as it stands then, so a
 * letter printed after a second change carries the latest time and place.
 */
export async function dropInNoticeFacts(
  db: Database,
  notice: OutboxNotice,
  recipientName: string,
  publicUrl: string,
): Promise<NoticeFacts> {
  const seriesId = notice.dropInSeriesId;
  const originalDate = notice.dropInDate;
  if (!seriesId || !originalDate) throw new Error(`notice ${notice.id}: no drop-in occurrence`);
  const data = await loadScheduleData(db, eq(dropInSeries.id, seriesId));
  const series = data.series[0];
  if (!series) throw new Error(`notice ${notice.id}: drop-in series missing`);
  const occurrence = occurrenceOn(data, series, originalDate);
  const original = occurrenceOn({ ...data, changes: new Map() }, series, originalDate);
  const [latest] = await db
    .select({ kind: dropInChanges.kind })
    .from(dropInChanges)
    .where(and(eq(dropInChanges.seriesId, seriesId), eq(dropInChanges.originalDate, originalDate)))
    .orderBy(desc(dropInChanges.changedAt), desc(dropInChanges.id))
    .limit(1);
  const venue = venueOf(data, occurrence.venueId);
  return {
    kind: 'drop_in_change',
    language: notice.language,
    recipientName,
    purpose: '',
    start: occurrence.startsAt,
    end: occurrence.endsAt,
    link: `${publicUrl}/drop-ins/sessions/${seriesId}/${originalDate}`,
    dropIn: {
      change: changeOf[latest?.kind ?? 'reinstate'],
      session: series.title,
      venue: venue.name,
      address: `${venue.addressLine1}, ${venue.town} ${venue.postcode}`,
      originalStart: original.startsAt,
      reason: occurrence.reason ?? '',
    },
  };
}
