import { customers, type Database, homes, notices, representatives, tenancies } from '@doorstep/db';
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Principal } from './auth/principal';
import { patchScope } from './scope';

/**
 * Notices still to go out, soonest deadline first, for the patches the caller works on.
 * Until delivery is automated, staff send these themselves and this list is their queue.
 */
export async function pendingNotices(db: Database, principal: Principal, limit: number) {
  const scope = patchScope(principal);
  if (scope !== 'all' && scope.length === 0) return [];
  const conditions: SQL[] = [eq(notices.status, 'pending')];
  if (scope !== 'all') conditions.push(inArray(homes.patchId, scope));
  const rows = await db
    .select({
      id: notices.id,
      kind: notices.kind,
      channel: notices.channel,
      format: notices.format,
      language: notices.language,
      sendBy: notices.sendBy,
      createdAt: notices.createdAt,
      customerId: notices.customerId,
      customerName: customers.name,
      representativeName: representatives.name,
    })
    .from(notices)
    .innerJoin(customers, eq(customers.id, notices.customerId))
    .leftJoin(representatives, eq(representatives.id, notices.representativeId))
    .leftJoin(tenancies, eq(tenancies.id, customers.tenancyId))
    .leftJoin(homes, eq(homes.id, tenancies.homeId))
    .where(and(...conditions))
    .orderBy(asc(notices.sendBy), asc(notices.createdAt))
    .limit(limit);
  return rows.map((row) => ({
    ...row,
    sendBy: row.sendBy?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  }));
}
