import { type Database, homes, livingWellPlanVisits, patches, tenancies } from '@doorstep/db';
import {
  assertNoOverlap,
  type BoundingBox,
  checkBoundary,
  DomainError,
  homesThatWouldMove,
  type PatchBoundary,
} from '@doorstep/domain';
import { and, asc, between, eq, inArray, ne, or } from 'drizzle-orm';
import { assertActiveAdvisor } from './patches-advisors';

type Polygon = PatchBoundary['boundary'];

export interface PatchRef {
  id: string;
  name: string;
}

export interface HomeMove {
  homeId: string;
  addressLine1: string;
  postcode: string;
  fromPatch: PatchRef | null;
  toPatch: PatchRef | null;
}

const noPatch = () => new DomainError('NOT_FOUND', 'There is no patch with that id.');

/** Ids per statement when homes are moved, well under either driver's parameter limit. */
const chunkSize = 5000;

/**
 * Stops two managers saving neighbouring boundaries at once, each checked against the
 * other's old outline: every patch row is locked until the transaction ends.
 */
async function lockPatches(tx: Database) {
  await tx.select({ id: patches.id }).from(patches).for('update');
}

/** Every patch but `exceptId`, for the overlap check and for placing homes. */
async function otherPatches(db: Database, exceptId: string | null): Promise<PatchBoundary[]> {
  return db
    .select({ id: patches.id, name: patches.name, boundary: patches.boundary })
    .from(patches)
    .where(exceptId ? ne(patches.id, exceptId) : undefined);
}

/** The domain's checks on a drawn outline, then against the other patches. */
function acceptBoundary(boundary: unknown, borough: BoundingBox, others: PatchBoundary[]) {
  const polygon = checkBoundary(boundary, borough);
  assertNoOverlap(polygon, others);
  return polygon;
}

function extent(polygon: Polygon) {
  const outline = polygon.coordinates[0] ?? [];
  const lngs = outline.map((position) => position[0] as number);
  const lats = outline.map((position) => position[1] as number);
  return {
    west: Math.min(...lngs),
    east: Math.max(...lngs),
    south: Math.min(...lats),
    north: Math.max(...lats),
  };
}

/**
 * The homes whose patch changes when `patch` takes `polygon`. Only two kinds of home can
 * move — those in the patch now, and those inside the new outline's extent — so only they
 * are tested, which keeps a boundary edit quick in an organisation of 125,000 homes.
 */
async function movesFor(
  db: Database,
  patch: PatchRef,
  polygon: Polygon,
  others: PatchBoundary[],
): Promise<HomeMove[]> {
  const box = extent(polygon);
  const candidates = await db
    .select({
      id: homes.id,
      addressLine1: homes.addressLine1,
      postcode: homes.postcode,
      latitude: homes.latitude,
      longitude: homes.longitude,
      patchId: homes.patchId,
    })
    .from(homes)
    .where(
      or(
        eq(homes.patchId, patch.id),
        and(
          between(homes.latitude, box.south, box.north),
          between(homes.longitude, box.west, box.east),
        ),
      ),
    )
    .orderBy(asc(homes.postcode), asc(homes.addressLine1));
  const current = new Map(candidates.map((home) => [home.id, home.patchId]));
  const proposed = [{ ...patch, boundary: polygon }, ...others];
  const names = new Map<string, PatchRef>(proposed.map((p) => [p.id, { id: p.id, name: p.name }]));
  const byId = new Map(candidates.map((home) => [home.id, home]));
  return homesThatWouldMove(candidates, current, proposed).map((move) => {
    const home = byId.get(move.homeId);
    return {
      homeId: move.homeId,
      addressLine1: home?.addressLine1 ?? '',
      postcode: home?.postcode ?? '',
      fromPatch: move.from ? (names.get(move.from) ?? null) : null,
      toPatch: move.to ? (names.get(move.to) ?? null) : null,
    };
  });
}

/**
 * Puts moved homes in their new patch. Their tenancies' proposed and locked plan visits go:
 * they sat in the old advisor's plan, and the new patch's next plan will place them. Booked
 * visits stay, being appointments the tenant has agreed.
 */
async function applyMoves(tx: Database, moves: HomeMove[]) {
  const byTarget = new Map<string | null, string[]>();
  for (const move of moves) {
    const key = move.toPatch?.id ?? null;
    byTarget.set(key, [...(byTarget.get(key) ?? []), move.homeId]);
  }
  for (const [patchId, homeIds] of byTarget) {
    for (let i = 0; i < homeIds.length; i += chunkSize) {
      const chunk = homeIds.slice(i, i + chunkSize);
      await tx.update(homes).set({ patchId }).where(inArray(homes.id, chunk));
      await tx
        .delete(livingWellPlanVisits)
        .where(
          and(
            ne(livingWellPlanVisits.kind, 'booked'),
            inArray(
              livingWellPlanVisits.tenancyId,
              tx
                .select({ id: tenancies.id })
                .from(tenancies)
                .where(inArray(tenancies.homeId, chunk)),
            ),
          ),
        );
    }
  }
}

async function findPatch(db: Database, id: string): Promise<PatchRef> {
  const [row] = await db
    .select({ id: patches.id, name: patches.name })
    .from(patches)
    .where(eq(patches.id, id));
  if (!row) throw noPatch();
  return row;
}

/** The homes that would change patch if `id` took this boundary; nothing is saved. */
export async function previewBoundary(
  db: Database,
  input: { id: string; boundary: unknown },
  borough: BoundingBox,
): Promise<{ moves: HomeMove[] }> {
  const patch = await findPatch(db, input.id);
  const others = await otherPatches(db, input.id);
  const polygon = acceptBoundary(input.boundary, borough, others);
  return { moves: await movesFor(db, patch, polygon, others) };
}

/** Saves a patch's new boundary and moves the homes it gains or loses, all at once. */
export async function updateBoundary(
  db: Database,
  input: { id: string; boundary: unknown },
  borough: BoundingBox,
): Promise<{ moved: number }> {
  return db.transaction(async (tx) => {
    await lockPatches(tx);
    const patch = await findPatch(tx, input.id);
    const others = await otherPatches(tx, input.id);
    const polygon = acceptBoundary(input.boundary, borough, others);
    const moves = await movesFor(tx, patch, polygon, others);
    await tx.update(patches).set({ boundary: polygon }).where(eq(patches.id, input.id));
    await applyMoves(tx, moves);
    return { moved: moves.length };
  });
}

/** A new patch; the homes inside it join it straight away. */
export async function createPatch(
  db: Database,
  input: { name: string; boundary: unknown; advisorId: string | null },
  borough: BoundingBox,
): Promise<{ id: string; moved: number }> {
  return db.transaction(async (tx) => {
    await lockPatches(tx);
    const [sameName] = await tx
      .select({ id: patches.id })
      .from(patches)
      .where(eq(patches.name, input.name));
    if (sameName) {
      throw new DomainError('CONFLICT', `There is already a patch called ${input.name}.`);
    }
    const others = await otherPatches(tx, null);
    const polygon = acceptBoundary(input.boundary, borough, others);
    if (input.advisorId) await assertActiveAdvisor(tx, input.advisorId);
    const [row] = await tx
      .insert(patches)
      .values({ name: input.name, boundary: polygon, advisorId: input.advisorId })
      .returning({ id: patches.id });
    if (!row) throw new Error('patch insert returned nothing');
    const moves = await movesFor(tx, { id: row.id, name: input.name }, polygon, others);
    await applyMoves(tx, moves);
    return { id: row.id, moved: moves.length };
  });
}
