import { type Database, patches, staff } from '@doorstep/db';
import { DomainError } from '@doorstep/domain';
import { eq } from 'drizzle-orm';

/** A patch is looked after by one Housing Advisor who still works here. */
export async function assertActiveAdvisor(db: Database, advisorId: string) {
  const [member] = await db
    .select({ id: staff.id, name: staff.name, role: staff.role, active: staff.active })
    .from(staff)
    .where(eq(staff.id, advisorId));
  if (member?.role !== 'advisor' || !member.active) {
    throw new DomainError(
      'INVALID_INPUT',
      'A patch can only be given to a Housing Advisor whose account is active.',
    );
  }
  return { id: member.id, name: member.name };
}

/** Gives a patch to an advisor, or leaves it without one (null) until someone is appointed. */
export async function assignAdvisor(
  db: Database,
  input: { id: string; advisorId: string | null },
): Promise<{ advisor: { id: string; name: string } | null }> {
  const advisor = input.advisorId ? await assertActiveAdvisor(db, input.advisorId) : null;
  const [row] = await db
    .update(patches)
    .set({ advisorId: advisor?.id ?? null })
    .where(eq(patches.id, input.id))
    .returning({ id: patches.id });
  if (!row) throw new DomainError('NOT_FOUND', 'There is no patch with that id.');
  return { advisor };
}
