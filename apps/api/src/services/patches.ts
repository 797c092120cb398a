import { type Database, homes, patches, staff } from '@doorstep/db';
import { DomainError } from '@doorstep/domain';
import { asc, count, eq, getTableColumns } from 'drizzle-orm';

export interface PatchSummary {
  id: string;
  name: string;
  advisor: { id: string; name: string } | null;
  homeCount: number;
}

export async function listPatches(db: Database): Promise<PatchSummary[]> {
  const homeCounts = db
    .select({ patchId: homes.patchId, homeCount: count().as('home_count') })
    .from(homes)
    .groupBy(homes.patchId)
    .as('home_counts');
  const rows = await db
    .select({
      id: patches.id,
      name: patches.name,
      advisorId: staff.id,
      advisorName: staff.name,
      homeCount: homeCounts.homeCount,
    })
    .from(patches)
    .leftJoin(staff, eq(staff.id, patches.advisorId))
    .leftJoin(homeCounts, eq(homeCounts.patchId, patches.id))
    .orderBy(asc(patches.name));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    advisor: row.advisorId && row.advisorName ? { id: row.advisorId, name: row.advisorName } : null,
    homeCount: Number(row.homeCount ?? 0),
  }));
}

export async function getPatch(db: Database, id: string) {
  const [row] = await db
    .select({ ...getTableColumns(patches), advisorName: staff.name })
    .from(patches)
    .leftJoin(staff, eq(staff.id, patches.advisorId))
    .where(eq(patches.id, id));
  if (!row) throw new DomainError('NOT_FOUND', 'There is no patch with that id.');
  const [homeCount] = await db.select({ value: count() }).from(homes).where(eq(homes.patchId, id));
  return {
    id: row.id,
    name: row.name,
    boundary: row.boundary,
    advisor: row.advisorId && row.advisorName ? { id: row.advisorId, name: row.advisorName } : null,
    homeCount: homeCount?.value ?? 0,
  };
}
