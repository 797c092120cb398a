import { customers, type Database, homes, tenancies } from '@doorstep/db';
import { DomainError } from '@doorstep/domain';
import { eq } from 'drizzle-orm';
import type { Principal } from './auth/principal';

const outOfScope = () => new DomainError('FORBIDDEN', 'This is outside the patches you work on.');

/** The patches a caller may see customers in: every patch for managers. */
export function patchScope(principal: Principal): 'all' | string[] {
  if (principal.role === 'manager') return 'all';
  if (principal.role === 'advisor') return principal.patches.map((patch) => patch.id);
  return [];
}

export function assertPatchInScope(principal: Principal, patchId: string): void {
  const scope = patchScope(principal);
  if (scope !== 'all' && !scope.includes(patchId)) throw outOfScope();
}

/** The customer's patch, once the caller is known to be allowed to see them. */
export async function assertCustomerInScope(
  db: Database,
  principal: Principal,
  customerId: string,
): Promise<void> {
  const [row] = await db
    .select({ patchId: homes.patchId })
    .from(customers)
    .leftJoin(tenancies, eq(tenancies.id, customers.tenancyId))
    .leftJoin(homes, eq(homes.id, tenancies.homeId))
    .where(eq(customers.id, customerId));
  if (!row) throw new DomainError('NOT_FOUND', 'There is no customer with that id.');
  const scope = patchScope(principal);
  if (scope !== 'all' && (!row.patchId || !scope.includes(row.patchId))) throw outOfScope();
}
