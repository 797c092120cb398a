import { type Database, livingWellPlanVisits } from '@doorstep/db';
import { eq } from 'drizzle-orm';

/**
 * Once a meeting (or an attempt) is on record, the tenancy's planned visit has been used:
 * it leaves the plan, and the next plan places the tenancy again from its new due date.
 */
export async function removePlannedVisit(tx: Database, tenancyId: string): Promise<void> {
  await tx.delete(livingWellPlanVisits).where(eq(livingWellPlanVisits.tenancyId, tenancyId));
}
