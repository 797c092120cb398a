import { type Database, type ReferralService, referrals, staff } from '@doorstep/db';
import { DomainError } from '@doorstep/domain';
import { and, eq, inArray } from 'drizzle-orm';

export interface ReferralRequest {
  service: ReferralService;
  note?: string | null | undefined;
  /** Who gets it done; the patch's advisor unless someone else is named. */
  ownerId?: string | undefined;
}

/**
 * One referral per wider service the tenant wants, each with an owner: the one named, else
 * the patch's advisor, else (a patch with no advisor) whoever recorded the meeting.
 */
export async function createReferrals(
  tx: Database,
  context: { customerId: string; meetingId: string; defaultOwnerId: string },
  requests: readonly ReferralRequest[],
): Promise<{ id: string; service: ReferralService; ownerId: string | null }[]> {
  if (requests.length === 0) return [];
  const named = [...new Set(requests.flatMap((r) => (r.ownerId ? [r.ownerId] : [])))];
  if (named.length > 0) {
    const found = await tx
      .select({ id: staff.id })
      .from(staff)
      .where(and(inArray(staff.id, named), eq(staff.active, true)));
    if (found.length !== named.length) {
      throw new DomainError(
        'INVALID_INPUT',
        'A referral can only be given to a member of staff whose account is active.',
      );
    }
  }
  return tx
    .insert(referrals)
    .values(
      requests.map((request) => ({
        customerId: context.customerId,
        meetingId: context.meetingId,
        service: request.service,
        ownerId: request.ownerId ?? context.defaultOwnerId,
        note: request.note ?? null,
      })),
    )
    .returning({ id: referrals.id, service: referrals.service, ownerId: referrals.ownerId });
}
