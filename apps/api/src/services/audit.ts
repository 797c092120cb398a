import { auditLog, customers, type Database, staff } from '@doorstep/db';
import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Principal } from './auth/principal';

export interface AuditEntry {
  action: 'read' | 'update';
  customerId: string;
  /** Names of the special-category fields read or changed; never their values. */
  fields: string[];
  procedure: string;
}

export async function recordAudit(db: Database, principal: Principal, entry: AuditEntry, at: Date) {
  await db.insert(auditLog).values({ ...entry, staffId: principal.staffId, at });
}

export interface AuditSearch {
  staffId?: string | undefined;
  customerId?: string | undefined;
  /** London calendar dates as instants: from inclusive, to exclusive. */
  from?: Date | undefined;
  to?: Date | undefined;
  limit: number;
  /** Rows with ids below this one, for the next page. */
  before?: number | undefined;
}

export async function searchAudit(db: Database, search: AuditSearch) {
  const conditions: SQL[] = [];
  if (search.staffId) conditions.push(eq(auditLog.staffId, search.staffId));
  if (search.customerId) conditions.push(eq(auditLog.customerId, search.customerId));
  if (search.from) conditions.push(gte(auditLog.at, search.from));
  if (search.to) conditions.push(lt(auditLog.at, search.to));
  if (search.before) conditions.push(lt(auditLog.id, search.before));
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      fields: auditLog.fields,
      procedure: auditLog.procedure,
      staffId: auditLog.staffId,
      staffName: staff.name,
      customerId: auditLog.customerId,
      customerName: customers.name,
    })
    .from(auditLog)
    .leftJoin(staff, eq(staff.id, auditLog.staffId))
    .leftJoin(customers, eq(customers.id, auditLog.customerId))
    .where(and(...conditions))
    .orderBy(desc(auditLog.id))
    .limit(search.limit);
  return rows.map((row) => ({ ...row, at: row.at.toISOString() }));
}
