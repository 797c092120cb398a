import { customers, type Database, formatTasks, homes, tenancies } from '@doorstep/db';
import { DomainError } from '@doorstep/domain';
import { and, asc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { Principal } from '../auth/principal';
import { assertCustomerInScope, patchScope } from '../scope';

/** Braille and audio waiting for the supplier, in the caller's patches, soonest due first. */
export async function openFormatTasks(db: Database, principal: Principal) {
  const scope = patchScope(principal);
  if (scope !== 'all' && scope.length === 0) return [];
  const conditions: SQL[] = [isNull(formatTasks.doneAt)];
  if (scope !== 'all') conditions.push(inArray(homes.patchId, scope));
  const rows = await db
    .select({
      id: formatTasks.id,
      noticeId: formatTasks.noticeId,
      customerId: formatTasks.customerId,
      customerName: customers.name,
      format: formatTasks.format,
      language: formatTasks.language,
      dueOn: formatTasks.dueOn,
    })
    .from(formatTasks)
    .innerJoin(customers, eq(customers.id, formatTasks.customerId))
    .leftJoin(tenancies, eq(tenancies.id, customers.tenancyId))
    .leftJoin(homes, eq(homes.id, tenancies.homeId))
    .where(and(...conditions))
    .orderBy(asc(formatTasks.dueOn));
  return rows;
}

/** The supplier's copy has gone to the customer: the task closes, with who said so and when. */
export async function completeFormatTask(
  db: Database,
  principal: Principal,
  id: string,
  now: Date,
) {
  const [task] = await db.select().from(formatTasks).where(eq(formatTasks.id, id));
  if (!task) throw new DomainError('NOT_FOUND', 'There is no such alternative-format task.');
  await assertCustomerInScope(db, principal, task.customerId);
  if (task.doneAt) return { doneAt: task.doneAt.toISOString() };
  await db
    .update(formatTasks)
    .set({ doneAt: now, doneById: principal.staffId })
    .where(eq(formatTasks.id, id));
  return { doneAt: now.toISOString() };
}
