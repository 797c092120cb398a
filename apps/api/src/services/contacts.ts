import {
  type BookingChannel,
  contacts,
  customers,
  type Database,
  homes,
  patches,
  tenancies,
} from '@doorstep/db';
import { DomainError, describeInstant, serviceDeadline } from '@doorstep/domain';
import { and, asc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { Principal } from './auth/principal';
import { assertCustomerInScope, assertPatchInScope, patchScope } from './scope';

/** The oldest this many are enough for a day's work; the rest wait their turn. */
export const OPEN_CONTACTS_LIMIT = 500;
/** A contact logged later than this is history, not something to acknowledge. */
export const LOG_DAYS_BACK = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

const outOfScope = () => new DomainError('FORBIDDEN', 'This is outside the patches you work on.');

const withCustomer = () =>
  ({
    id: contacts.id,
    channel: contacts.channel,
    receivedAt: contacts.receivedAt,
    acknowledgedAt: contacts.acknowledgedAt,
    customerId: contacts.customerId,
    customerName: customers.name,
    patchId: homes.patchId,
    patchName: patches.name,
  }) as const;

/**
 * Contacts nobody has acknowledged yet, oldest first, each with its two-working-day deadline
 * (002 §8.14). A contact without a customer belongs to no patch, so only managers see it.
 */
export async function openContacts(
  db: Database,
  principal: Principal,
  now: Date,
  patchId: string | undefined,
) {
  const scope = patchScope(principal);
  if (patchId) assertPatchInScope(principal, patchId);
  else if (scope !== 'all' && scope.length === 0) return [];
  const conditions: SQL[] = [isNull(contacts.acknowledgedAt)];
  if (patchId) conditions.push(eq(homes.patchId, patchId));
  else if (scope !== 'all') conditions.push(inArray(homes.patchId, scope));
  const rows = await db
    .select(withCustomer())
    .from(contacts)
    .leftJoin(customers, eq(customers.id, contacts.customerId))
    .leftJoin(tenancies, eq(tenancies.id, customers.tenancyId))
    .leftJoin(homes, eq(homes.id, tenancies.homeId))
    .leftJoin(patches, eq(patches.id, homes.patchId))
    .where(and(...conditions))
    .orderBy(asc(contacts.receivedAt), asc(contacts.id))
    .limit(OPEN_CONTACTS_LIMIT);
  return rows.map((row) => {
    const deadline = serviceDeadline('acknowledge_contact', row.receivedAt);
    return {
      id: row.id,
      channel: row.channel,
      receivedAt: row.receivedAt.toISOString(),
      customerId: row.customerId,
      customerName: row.customerName,
      patchId: row.patchId,
      patchName: row.patchName,
      dueDate: deadline.dueDate,
      dueBy: deadline.dueBy.toInstant().toString(),
      late: now.getTime() >= deadline.dueBy.epochMilliseconds,
    };
  });
}

/**
 * Records that the customer has been told their contact was received. Only the first time
 * counts: the monitoring figure measures when it was first acknowledged, so a second call
 * (a retry, or two people at once) keeps the first time and says so.
 */
export async function acknowledgeContact(
  db: Database,
  principal: Principal,
  id: string,
  now: Date,
) {
  const [row] = await db
    .select(withCustomer())
    .from(contacts)
    .leftJoin(customers, eq(customers.id, contacts.customerId))
    .leftJoin(tenancies, eq(tenancies.id, customers.tenancyId))
    .leftJoin(homes, eq(homes.id, tenancies.homeId))
    .leftJoin(patches, eq(patches.id, homes.patchId))
    .where(eq(contacts.id, id));
  if (!row) throw new DomainError('NOT_FOUND', 'There is no contact with that id.');
  const scope = patchScope(principal);
  if (scope !== 'all' && (!row.patchId || !scope.includes(row.patchId))) throw outOfScope();
  const [updated] = await db
    .update(contacts)
    .set({ acknowledgedAt: now })
    .where(and(eq(contacts.id, id), isNull(contacts.acknowledgedAt)))
    .returning({ acknowledgedAt: contacts.acknowledgedAt });
  if (updated?.acknowledgedAt) {
    return { acknowledgedAt: updated.acknowledgedAt.toISOString(), alreadyAcknowledged: false };
  }
  const [current] = await db
    .select({ acknowledgedAt: contacts.acknowledgedAt })
    .from(contacts)
    .where(eq(contacts.id, id));
  return {
    acknowledgedAt: (current?.acknowledgedAt ?? now).toISOString(),
    alreadyAcknowledged: true,
  };
}

export interface LogContactInput {
  customerId?: string | undefined;
  channel: Exclude<BookingChannel, 'staff' | 'booking_link'>;
  receivedAt: string;
  acknowledged: boolean;
}

/** A contact a member of staff took: a call, someone at the office, a letter. */
export async function logContact(
  db: Database,
  principal: Principal,
  input: LogContactInput,
  now: Date,
) {
  const receivedAt = new Date(input.receivedAt);
  if (receivedAt.getTime() > now.getTime()) {
    throw new DomainError(
      'INVALID_INPUT',
      `The time it was received cannot be in the future (it is now ${describeInstant(now)}).`,
      { field: 'receivedAt' },
    );
  }
  if (now.getTime() - receivedAt.getTime() > LOG_DAYS_BACK * DAY_MS) {
    throw new DomainError(
      'INVALID_INPUT',
      `The time it was received must be within the last ${LOG_DAYS_BACK} days.`,
      { field: 'receivedAt' },
    );
  }
  if (input.customerId) await assertCustomerInScope(db, principal, input.customerId);
  const [row] = await db
    .insert(contacts)
    .values({
      customerId: input.customerId ?? null,
      channel: input.channel,
      receivedAt,
      acknowledgedAt: input.acknowledged ? now : null,
    })
    .returning({ id: contacts.id, acknowledgedAt: contacts.acknowledgedAt });
  if (!row) throw new Error('the contact was not saved');
  const deadline = serviceDeadline('acknowledge_contact', receivedAt);
  return {
    id: row.id,
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
    dueDate: deadline.dueDate,
  };
}
