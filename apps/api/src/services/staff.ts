import { type Database, type StaffRole, staff } from '@doorstep/db';
import { DomainError } from '@doorstep/domain';
import { asc, eq } from 'drizzle-orm';
import { hashPassword } from './auth/passwords';

export async function listStaff(db: Database) {
  return db
    .select({
      id: staff.id,
      name: staff.name,
      email: staff.email,
      role: staff.role,
      team: staff.team,
      active: staff.active,
    })
    .from(staff)
    .orderBy(asc(staff.name));
}

export async function setStaffAccount(
  db: Database,
  id: string,
  change: {
    role?: StaffRole | undefined;
    active?: boolean | undefined;
    password?: string | undefined;
  },
) {
  const passwordHash = change.password ? await hashPassword(change.password) : undefined;
  const updated = await db
    .update(staff)
    .set({
      ...(change.role ? { role: change.role } : {}),
      ...(change.active !== undefined ? { active: change.active } : {}),
      ...(passwordHash ? { passwordHash } : {}),
    })
    .where(eq(staff.id, id))
    .returning({ id: staff.id });
  if (updated.length === 0)
    throw new DomainError('NOT_FOUND', 'There is no member of staff with that id.');
}
