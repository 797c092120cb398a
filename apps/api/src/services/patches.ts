import {
  customers,
  type Database,
  homes,
  patchCovers,
  patches,
  staff,
  tenancies,
  withDomainErrors,
} from '@doorstep/db';
import { DomainError } from '@doorstep/domain';
import { and, asc, count, eq, getTableColumns, gte, isNull } from 'drizzle-orm';

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

/** Homes of a patch with their lead tenant, in street order; names only, no needs. */
export async function listPatchHomes(db: Database, patchId: string) {
  const rows = await db
    .select({
      homeId: homes.id,
      addressLine1: homes.addressLine1,
      postcode: homes.postcode,
      latitude: homes.latitude,
      longitude: homes.longitude,
      customerId: customers.id,
      customerName: customers.name,
    })
    .from(homes)
    .leftJoin(tenancies, and(eq(tenancies.homeId, homes.id), isNull(tenancies.endDate)))
    .leftJoin(
      customers,
      and(eq(customers.tenancyId, tenancies.id), eq(customers.isLeadTenant, true)),
    )
    .where(eq(homes.patchId, patchId))
    .orderBy(asc(homes.postcode), asc(homes.addressLine1));
  return rows;
}

export async function grantCover(
  db: Database,
  cover: { patchId: string; advisorId: string; startsOn: string; endsOn: string },
  grantedById: string,
) {
  const [advisor] = await db
    .select({ role: staff.role })
    .from(staff)
    .where(eq(staff.id, cover.advisorId));
  if (advisor?.role !== 'advisor') {
    throw new DomainError('INVALID_INPUT', 'Cover can only be given to a Housing Advisor.');
  }
  const [row] = await withDomainErrors(() =>
    db
      .insert(patchCovers)
      .values({ ...cover, grantedById })
      .returning({ id: patchCovers.id }),
  );
  return { id: row?.id ?? '' };
}

export async function listCovers(db: Database, today: string) {
  return db
    .select({
      id: patchCovers.id,
      patchId: patchCovers.patchId,
      patchName: patches.name,
      advisorId: patchCovers.advisorId,
      advisorName: staff.name,
      startsOn: patchCovers.startsOn,
      endsOn: patchCovers.endsOn,
    })
    .from(patchCovers)
    .innerJoin(patches, eq(patches.id, patchCovers.patchId))
    .innerJoin(staff, eq(staff.id, patchCovers.advisorId))
    .where(gte(patchCovers.endsOn, today))
    .orderBy(asc(patchCovers.startsOn));
}
