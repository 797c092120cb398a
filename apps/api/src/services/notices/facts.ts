import {
  appointments,
  customers,
  type Database,
  homes,
  invitations,
  representatives,
  tenancies,
} from '@doorstep/db';
import { defaultNoticeRules } from '@doorstep/domain';
import { eq } from 'drizzle-orm';
import { dropInNoticeFacts } from '../drop-ins/notify';
import { invitationLink } from '../tokens';
import type { OutboxNotice } from './outbox';
import type { NoticeFacts } from './templates';

export interface Recipient {
  name: string;
  email: string | null;
  phone: string | null;
  addressLines: string[];
}

export interface LoadedNotice {
  facts: NoticeFacts;
  recipient: Recipient;
  appointment: typeof appointments.$inferSelect | null;
}

/**
 * What a notice says and to whom, read when it is sent rather than when it was queued, so
 * a letter always carries the visit's current time. The booking link is derived again from
 * the invitation (services/tokens.ts); it is never stored.
 */
export async function loadNoticeFacts(
  db: Database,
  notice: OutboxNotice,
  links: { publicUrl: string; secret: string },
): Promise<LoadedNotice> {
  const [customer] = await db
    .select({
      name: customers.name,
      email: customers.email,
      phone: customers.phone,
      addressLine1: homes.addressLine1,
      town: homes.town,
      postcode: homes.postcode,
    })
    .from(customers)
    .leftJoin(tenancies, eq(tenancies.id, customers.tenancyId))
    .leftJoin(homes, eq(homes.id, tenancies.homeId))
    .where(eq(customers.id, notice.customerId));
  if (!customer) throw new Error(`notice ${notice.id}: customer missing`);
  const homeAddress = [customer.addressLine1, customer.town, customer.postcode].filter(
    (line): line is string => Boolean(line),
  );

  let recipient: Recipient = {
    name: customer.name,
    email: customer.email,
    phone: customer.phone,
    addressLines: homeAddress,
  };
  if (notice.representativeId) {
    const [rep] = await db
      .select()
      .from(representatives)
      .where(eq(representatives.id, notice.representativeId));
    if (!rep) throw new Error(`notice ${notice.id}: representative missing`);
    recipient = {
      name: rep.name,
      email: rep.email,
      phone: rep.phone,
      addressLines: rep.address ? rep.address.split(/\r?\n|,\s*/) : [],
    };
  }

  if (notice.kind === 'drop_in_change') {
    const facts = await dropInNoticeFacts(db, notice, recipient.name, links.publicUrl);
    return { facts, recipient, appointment: null };
  }

  const [appointment] = notice.appointmentId
    ? await db.select().from(appointments).where(eq(appointments.id, notice.appointmentId))
    : [];
  const [invitation] = notice.invitationId
    ? await db.select().from(invitations).where(eq(invitations.id, notice.invitationId))
    : appointment
      ? await db.select().from(invitations).where(eq(invitations.appointmentId, appointment.id))
      : [];
  const type = appointment?.type ?? invitation?.type;
  if (!type) throw new Error(`notice ${notice.id}: nothing to tell the customer about`);

  const facts: NoticeFacts = {
    kind: notice.kind,
    language: notice.language,
    recipientName: recipient.name,
    visitType: type,
    visitTypeLabel: defaultNoticeRules.appointments[type].label,
    purpose: appointment?.purpose ?? invitation?.purpose ?? '',
    ...(appointment
      ? { start: appointment.startsAt.toISOString(), end: appointment.endsAt.toISOString() }
      : {}),
    ...(appointment?.reference ? { reference: appointment.reference } : {}),
    ...(invitation ? { link: invitationLink(links.publicUrl, links.secret, invitation.id) } : {}),
    ...(invitation && notice.kind === 'invitation'
      ? { replyBy: invitation.expiresAt.toISOString() }
      : {}),
  };
  return { facts, recipient, appointment: appointment ?? null };
}
