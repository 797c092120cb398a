import { type Database, patches } from '@doorstep/db';
import { DomainError } from '@doorstep/domain';
import { eq } from 'drizzle-orm';
import type { Principal } from '../auth/principal';

/**
 * Figures are totals, so any member of staff may read any patch's, except that an advisor
 * reads only the patches they work on (their own and those they cover) or the organisation.
 */
export async function assertMonitoringPatch(
  db: Database,
  principal: Principal,
  patchId: string | undefined,
): Promise<void> {
  if (patchId === undefined) return;
  if (principal.role === 'advisor' && !principal.patches.some((patch) => patch.id === patchId)) {
    throw new DomainError(
      'FORBIDDEN',
      'You can see the figures of your own patches or of the whole organisation.',
    );
  }
  const [patch] = await db.select({ id: patches.id }).from(patches).where(eq(patches.id, patchId));
  if (!patch) throw new DomainError('NOT_FOUND', 'There is no patch with that id.');
}
