import {
  appointments,
  customers,
  type Database,
  visitOutcomesTable,
  withDomainErrors,
} from '@doorstep/db';
import {
  attemptStandard,
  checkOutcomeDetails,
  checkOutcomeTime,
  DomainError,
  describeInstant,
  londonDate,
  needsFollowUp,
  nextStepAfterNoAccess,
  outcomeStatus,
  type VisitOutcome,
} from '@doorstep/domain';
import { and, eq } from 'drizzle-orm';
import type { Principal } from '../auth/principal';
import { createInvitation } from '../booking/invitations';
import { createStaffAppointment } from './create';
import { addDays } from './day';

/** How long a rebook link sent after no access stays open. */
export const REBOOK_WINDOW_DAYS = 28;

export type FollowUpInput =
  | { kind: 'none' }
  | { kind: 'rebook_link' }
  | { kind: 'second_attempt'; start: Date };

export interface RecordOutcomeInput {
  idempotencyKey: string;
  appointmentId: string;
  expectedVersion: number;
  outcome: VisitOutcome;
  occurredAt: Date;
  cardLeft?: boolean | undefined;
  followUp?: FollowUpInput | undefined;
  note?: string | undefined;
}

export interface RecordOutcomeResult {
  outcomeId: string;
  replayed: boolean;
  status: 'completed' | 'no_access' | 'cancelled' | 'rescheduled';
  attempt: { number: number; standard: number | null };
  followUp:
    | { kind: 'none' }
    | { kind: 'rebook_link'; link: string }
    | { kind: 'second_attempt'; appointmentId: string; start: string }
    | null;
  nextStep: string | null;
  livingWellTenancyId: string | null;
}

const GONE =
  'This visit no longer exists: it was removed in the office. Nothing was saved; check your day for changes.';

async function replay(
  db: Database,
  staffId: string,
  key: string,
): Promise<RecordOutcomeResult | null> {
  const [row] = await db
    .select({ result: visitOutcomesTable.result })
    .from(visitOutcomesTable)
    .where(
      and(eq(visitOutcomesTable.staffId, staffId), eq(visitOutcomesTable.idempotencyKey, key)),
    );
  return row ? { ...(row.result as unknown as RecordOutcomeResult), replayed: true } : null;
}

/**
 * Records what happened at the door, once. A resend with the same key (a phone that lost
 * signal before the answer came back) gets the first answer again. A visit the office
 * changed, cancelled or removed since the visitor last synced is refused with what changed,
 * never overwritten. The outcome, the visit's status and any follow-up are one transaction.
 */
export async function recordOutcome(
  db: Database,
  principal: Principal,
  input: RecordOutcomeInput,
  now: Date,
  link: { publicUrl: string; secret: string },
): Promise<RecordOutcomeResult> {
  const time = checkOutcomeTime(input.occurredAt, now);
  if (!time.ok) throw new DomainError('INVALID_INPUT', time.reason);
  const details = checkOutcomeDetails({
    outcome: input.outcome,
    cardLeft: input.cardLeft,
    followUp: input.followUp?.kind,
  });
  if (!details.ok) throw new DomainError('INVALID_INPUT', details.reason);

  const earlier = await replay(db, principal.staffId, input.idempotencyKey);
  if (earlier) return earlier;

  try {
    return await withDomainErrors(() =>
      db.transaction(async (tx) => {
        const [visit] = await tx
          .select()
          .from(appointments)
          .where(eq(appointments.id, input.appointmentId))
          .for('update');
        if (!visit) throw new DomainError('NOT_FOUND', GONE);
        // A concurrent send of the same key waited for the lock above; it is a replay now.
        const raced = await replay(tx, principal.staffId, input.idempotencyKey);
        if (raced) return raced;
        // Another visitor's visit is not found rather than refused: its existence is not theirs to know.
        if (visit.staffId !== principal.staffId) {
          throw new DomainError('NOT_FOUND', 'This visit is not in your diary.');
        }
        await assertUnchanged(tx, visit, input.expectedVersion);

        const status = outcomeStatus[input.outcome];
        const attempt = {
          number: visit.attemptNumber,
          standard: attemptStandard(visit.type)?.attempts ?? null,
        };
        await tx
          .update(appointments)
          .set({ status, sequence: visit.sequence + 1 })
          .where(eq(appointments.id, visit.id));
        // A colleague's row on a two-person visit follows the lead.
        await tx
          .update(appointments)
          .set({ status })
          .where(eq(appointments.accompaniesId, visit.id));

        const followUp = needsFollowUp(input.outcome)
          ? await arrangeFollowUp(tx, principal, visit, input.followUp, now, link)
          : null;
        const [customer] = await tx
          .select({ tenancyId: customers.tenancyId })
          .from(customers)
          .where(eq(customers.id, visit.customerId));
        const result: RecordOutcomeResult = {
          outcomeId: crypto.randomUUID(),
          replayed: false,
          status,
          attempt,
          followUp,
          nextStep: needsFollowUp(input.outcome)
            ? nextStepAfterNoAccess(visit.type, visit.attemptNumber)
            : null,
          livingWellTenancyId:
            visit.type === 'living_well' && input.outcome === 'met'
              ? (customer?.tenancyId ?? null)
              : null,
        };
        await tx.insert(visitOutcomesTable).values({
          id: result.outcomeId,
          appointmentId: visit.id,
          staffId: principal.staffId,
          outcome: input.outcome,
          occurredAt: input.occurredAt,
          cardLeft: input.cardLeft ?? false,
          followUp: input.followUp?.kind ?? null,
          note: input.note?.trim() || null,
          idempotencyKey: input.idempotencyKey,
          result: result as unknown as Record<string, unknown>,
          createdAt: now,
        });
        return result;
      }),
    );
  } catch (error) {
    // Two sends of one key on separate connections: the unique key stopped the second.
    const stored = await replay(db, principal.staffId, input.idempotencyKey);
    if (stored) return stored;
    throw error;
  }
}

type Visit = typeof appointments.$inferSelect;

async function assertUnchanged(db: Database, visit: Visit, expectedVersion: number) {
  const [existing] = await db
    .select({ occurredAt: visitOutcomesTable.occurredAt })
    .from(visitOutcomesTable)
    .where(eq(visitOutcomesTable.appointmentId, visit.id));
  if (existing) {
    throw new DomainError(
      'CONFLICT',
      `An outcome was already recorded for this visit (${describeInstant(existing.occurredAt)}). Check your day before recording again.`,
    );
  }
  if (visit.status === 'cancelled') {
    throw new DomainError(
      'CONFLICT',
      'This visit was cancelled in the office. Nothing was saved; check your day for changes.',
    );
  }
  if (visit.status === 'rescheduled') {
    throw new DomainError(
      'CONFLICT',
      'This visit was moved to another time in the office. Nothing was saved; check your day for its new time.',
    );
  }
  if (visit.status !== 'booked') {
    throw new DomainError(
      'CONFLICT',
      'This visit has already been closed in the office. Check your day before recording again.',
    );
  }
  if (visit.sequence !== expectedVersion) {
    throw new DomainError(
      'CONFLICT',
      `This visit was changed in the office: it is now ${describeInstant(visit.startsAt)}. Check and record again.`,
    );
  }
}

/** The follow-up after no access, through the same services the office uses. */
async function arrangeFollowUp(
  tx: Database,
  principal: Principal,
  visit: Visit,
  followUp: FollowUpInput | undefined,
  now: Date,
  link: { publicUrl: string; secret: string },
): Promise<RecordOutcomeResult['followUp']> {
  if (!followUp || followUp.kind === 'none') return { kind: 'none' };
  if (followUp.kind === 'rebook_link') {
    const today = londonDate(now);
    const invitation = await createInvitation(
      tx,
      principal,
      {
        customerId: visit.customerId,
        type: visit.type,
        purpose: visit.purpose,
        windowStartsOn: today,
        windowEndsOn: addDays(today, REBOOK_WINDOW_DAYS),
      },
      now,
      link,
    );
    return { kind: 'rebook_link', link: invitation.link };
  }
  // Notice rules and the slot engine apply as to any booking made by staff.
  const booked = await createStaffAppointment(
    tx,
    {
      customerId: visit.customerId,
      type: visit.type,
      purpose: visit.purpose,
      start: followUp.start,
      bookedVia: 'staff',
    },
    now,
  );
  await tx
    .update(appointments)
    .set({ attemptNumber: visit.attemptNumber + 1, attemptOfId: visit.attemptOfId ?? visit.id })
    .where(eq(appointments.id, booked.id));
  return { kind: 'second_attempt', appointmentId: booked.id, start: booked.start };
}
