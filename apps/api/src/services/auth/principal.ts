import { type Database, patchCovers, patches, type StaffRole, staff } from '@doorstep/db';
import { and, eq, gte, lte, or } from 'drizzle-orm';

/** The signed-in member of staff, as every procedure sees them. */
export interface Principal {
  staffId: string;
  name: string;
  email: string;
  role: StaffRole;
  /** Patches an advisor works today: their own, plus any they are covering. */
  patches: { id: string; name: string; covering: boolean }[];
}

export async function loadPrincipal(
  db: Database,
  staffId: string,
  today: string,
): Promise<Principal | null> {
  const [member] = await db
    .select({
      id: staff.id,
      name: staff.name,
      email: staff.email,
      role: staff.role,
      active: staff.active,
    })
    .from(staff)
    .where(eq(staff.id, staffId));
  if (!member?.active) return null;
  const rows =
    member.role === 'advisor'
      ? await db
          .selectDistinct({ id: patches.id, name: patches.name, owner: patches.advisorId })
          .from(patches)
          .leftJoin(
            patchCovers,
            and(
              eq(patchCovers.patchId, patches.id),
              eq(patchCovers.advisorId, staffId),
              lte(patchCovers.startsOn, today),
              gte(patchCovers.endsOn, today),
            ),
          )
          .where(or(eq(patches.advisorId, staffId), eq(patchCovers.advisorId, staffId)))
      : [];
  return {
    staffId: member.id,
    name: member.name,
    email: member.email,
    role: member.role,
    patches: rows
      .map((row) => ({ id: row.id, name: row.name, covering: row.owner !== staffId }))
      .sort((a, b) => Number(a.covering) - Number(b.covering) || a.name.localeCompare(b.name)),
  };
}
