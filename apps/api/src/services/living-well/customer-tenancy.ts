import { customers, type Database, tenancies } from '@doorstep/db';
import { and, eq, gte, isNull, or } from 'drizzle-orm';

/**
 * The tenancy a customer's Living Well meetings are recorded against, when they have one: an
 * open low-cost rental tenancy (000 §2.9). Null for other tenures and ended tenancies, so the
 * customer page offers the meeting record only where it applies.
 */
export async function livingWellTenancyOf(
  db: Database,
  customerId: string,
  today: string,
): Promise<string | null> {
  const [row] = await db
    .select({ id: tenancies.id })
    .from(customers)
    .innerJoin(tenancies, eq(tenancies.id, customers.tenancyId))
    .where(
      and(
        eq(customers.id, customerId),
        eq(tenancies.tenure, 'low_cost_rental'),
        or(isNull(tenancies.endDate), gte(tenancies.endDate, today)),
      ),
    );
  return row?.id ?? null;
}
