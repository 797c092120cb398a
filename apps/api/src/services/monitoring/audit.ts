import { auditLog, type Database } from '@doorstep/db';
import { consentDimensions, type RateMeasure } from '@doorstep/domain';
import type { Principal } from '../auth/principal';

/**
 * The fairness table totals special-category answers, so reading it is audited like reading
 * them: one row naming the measure and the answers it draws on, and no customer.
 */
export async function recordFairnessRead(
  db: Database,
  principal: Principal,
  measure: RateMeasure,
  procedure: 'monitoring.fairness' | 'monitoring.export',
  at: Date,
): Promise<void> {
  await db.insert(auditLog).values({
    at,
    staffId: principal.staffId,
    customerId: null,
    action: 'read',
    fields: [`fairness:${measure}`, ...consentDimensions],
    procedure,
  });
}
