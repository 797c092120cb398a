import {
  customers,
  type Database,
  dropInAttendance,
  dropInFollowUps,
  homes,
  patches,
  staff,
  tenancies,
} from '@doorstep/db';
import { DomainError, type DropInTopic, londonDate } from '@doorstep/domain';
import { eq } from 'drizzle-orm';
import type { Principal } from '../auth/principal';
import { createInvitation } from '../booking/invitations';
import { heldOccurrence, type OccurrenceKey } from './occurrences';

export async function recordAttendance(
  db: Database,
  input: OccurrenceKey & {
    count: number;
    topics: DropInTopic[];
    notes?: string | null | undefined;
  },
  staffId: string,
  now: Date,
) {
  const { occurrence } = await heldOccurrence(db, input);
  if (occurrence.status === 'cancelled')
    throw new DomainError('PRECONDITION_FAILED', 'That session was cancelled: nobody could come.');
  if (occurrence.date > londonDate(now))
    throw new DomainError('PRECONDITION_FAILED', 'That session has not happened yet.');
  const values = {
    count: input.count,
    topics: input.topics,
    notes: input.notes ?? null,
    recordedById: staffId,
    recordedAt: now,
  };
  await db
    .insert(dropInAttendance)
    .values({ seriesId: input.seriesId, originalDate: input.originalDate, ...values })
    .onConflictDoUpdate({
      target: [dropInAttendance.seriesId, dropInAttendance.originalDate],
      set: values,
    });
  return {
    seriesId: input.seriesId,
    originalDate: input.originalDate,
    count: input.count,
    recordedAt: now.toISOString(),
  };
}

/** How long an invitation made at a drop-in stays open: four weeks to choose a time. */
const INVITATION_DAYS = 28;
/** An invitation's note is the purpose the customer reads, which must fit a text message. */
const PURPOSE_MAX = 300;

async function patchAdvisor(db: Database, customerId: string) {
  const [row] = await db
    .select({ id: staff.id, name: staff.name })
    .from(customers)
    .innerJoin(tenancies, eq(tenancies.id, customers.tenancyId))
    .innerJoin(homes, eq(homes.id, tenancies.homeId))
    .innerJoin(patches, eq(patches.id, homes.patchId))
    .innerJoin(staff, eq(staff.id, patches.advisorId))
    .where(eq(customers.id, customerId));
  return row ?? null;
}

/**
 * Someone at a session wants more help. A task goes to the advisor of their patch; an
 * invitation lets them choose a time for a tenancy visit, and is sent to them like any other.
 * Both are written in one transaction with the follow-up that records why.
 */
export async function linkAttendee(
  db: Database,
  principal: Principal,
  input: OccurrenceKey & { customerId: string; followUp: 'task' | 'invitation'; note: string },
  now: Date,
  link: { publicUrl: string; secret: string },
) {
  await heldOccurrence(db, input);
  if (input.followUp === 'invitation' && input.note.length > PURPOSE_MAX) {
    throw new DomainError(
      'INVALID_INPUT',
      `Keep the note to ${PURPOSE_MAX} characters for an invitation: the customer reads it as the purpose of the visit.`,
    );
  }
  const owner = await patchAdvisor(db, input.customerId);
  return db.transaction(async (tx) => {
    const today = londonDate(now);
    const invitation =
      input.followUp === 'invitation'
        ? await createInvitation(
            tx,
            principal,
            {
              customerId: input.customerId,
              type: 'tenancy_visit',
              purpose: input.note,
              windowStartsOn: today,
              windowEndsOn: new Date(
                Date.parse(`${today}T12:00:00Z`) + INVITATION_DAYS * 86_400_000,
              )
                .toISOString()
                .slice(0, 10),
            },
            now,
            link,
          )
        : null;
    const [row] = await tx
      .insert(dropInFollowUps)
      .values({
        seriesId: input.seriesId,
        originalDate: input.originalDate,
        customerId: input.customerId,
        kind: input.followUp,
        note: input.note,
        invitationId: invitation?.id ?? null,
        ownerId: owner?.id ?? null,
        createdById: principal.staffId,
        createdAt: now,
      })
      .returning({ id: dropInFollowUps.id });
    if (!row) throw new Error('follow-up insert returned nothing');
    return {
      id: row.id,
      followUp: input.followUp,
      ownerName: owner?.name ?? null,
      invitationId: invitation?.id ?? null,
      link: invitation?.link ?? null,
    };
  });
}
