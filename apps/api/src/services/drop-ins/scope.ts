import { customers, type Database } from '@doorstep/db';
import { DomainError } from '@doorstep/domain';
import { eq } from 'drizzle-orm';
import type { Principal } from '../auth/principal';
import { assertCustomerInScope } from '../scope';

/**
 * Who may record something about a customer at a drop-in. The community team and managers
 * run sessions across the borough, so any customer; an advisor only a customer in their
 * patches, as for all casework.
 */
export async function assertCanActFor(
  db: Database,
  principal: Principal,
  customerId: string,
): Promise<void> {
  if (principal.role === 'advisor') return assertCustomerInScope(db, principal, customerId);
  const [row] = await db
    .select({ id: customers.id })
    .from(customers)
    .where(eq(customers.id, customerId));
  if (!row) throw new DomainError('NOT_FOUND', 'There is no customer with that id.');
}

/**
 * Whose records a search for an attendee may return, by the same rule: every customer for
 * the community team and managers, an advisor only those in the patches they work today.
 */
export function customerSearchScope(principal: Principal): 'all' | string[] {
  if (principal.role === 'community' || principal.role === 'manager') return 'all';
  if (principal.role === 'advisor') return principal.patches.map((patch) => patch.id);
  return [];
}
