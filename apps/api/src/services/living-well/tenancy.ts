import { customers, type Database, homes, patches, type Tenure, tenancies } from '@doorstep/db';
import { DomainError } from '@doorstep/domain';
import { and, eq } from 'drizzle-orm';
import type { Principal } from '../auth/principal';
import { assertPatchInScope } from '../scope';

export interface MeetingTenancy {
  id: string;
  reference: string;
  tenure: Tenure;
  startDate: string;
  endDate: string | null;
  addressLine1: string;
  postcode: string;
  patchId: string | null;
  /** The advisor of the home's patch: who held the meeting, unless one is recording it. */
  patchAdvisorId: string | null;
  lead: { id: string; name: string };
}

/**
 * A tenancy and its lead tenant, once the caller is known to work on its patch. Like the
 * other patch-scoped calls, a tenancy of another patch is FORBIDDEN; a home outside every
 * patch is open to managers only.
 */
export async function tenancyForMeeting(
  db: Database,
  principal: Principal,
  tenancyId: string,
): Promise<MeetingTenancy> {
  const [row] = await db
    .select({
      id: tenancies.id,
      reference: tenancies.reference,
      tenure: tenancies.tenure,
      startDate: tenancies.startDate,
      endDate: tenancies.endDate,
      addressLine1: homes.addressLine1,
      postcode: homes.postcode,
      patchId: homes.patchId,
      patchAdvisorId: patches.advisorId,
    })
    .from(tenancies)
    .innerJoin(homes, eq(homes.id, tenancies.homeId))
    .leftJoin(patches, eq(patches.id, homes.patchId))
    .where(eq(tenancies.id, tenancyId));
  if (!row) throw new DomainError('NOT_FOUND', 'There is no tenancy with that id.');
  // A home in no patch matches no advisor's scope, only a manager's.
  assertPatchInScope(principal, row.patchId ?? '');
  const [lead] = await db
    .select({ id: customers.id, name: customers.name })
    .from(customers)
    .where(and(eq(customers.tenancyId, tenancyId), eq(customers.isLeadTenant, true)))
    .limit(1);
  if (!lead) throw new DomainError('NOT_FOUND', 'This tenancy has no lead tenant on record.');
  return { ...row, lead };
}
