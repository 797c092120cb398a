import {
  type Database,
  dropInSeries,
  staff,
  type VenueFieldChange,
  venueClosures,
  venueRevisions,
  venues,
  withDomainErrors,
} from '@doorstep/db';
import {
  DomainError,
  type VenueFacts,
  type VenueForPublishing,
  type VenueOpeningHours,
  venueFacts,
  venuePublishingProblems,
} from '@doorstep/domain';
import { and, asc, desc, eq } from 'drizzle-orm';
import { dropInsChanged } from './generation';
import type { VenueRow } from './load';

export interface VenueFields {
  name: string;
  area: string;
  addressLine1: string;
  town: string;
  postcode: string;
  latitude: number;
  longitude: number;
  openingNotes: string | null;
  busRoutes: string | null;
  nearestStop: string | null;
  facts: VenueFacts;
  openingHours: VenueOpeningHours;
}

export type VenueChanges = Partial<Omit<VenueFields, 'facts'>> & { facts?: Partial<VenueFacts> };

export const factsOf = (row: VenueRow): VenueFacts =>
  Object.fromEntries(venueFacts.map((fact) => [fact, row[fact]])) as VenueFacts;

export const forPublishing = (row: VenueRow): VenueForPublishing => ({
  ...factsOf(row),
  name: row.name,
  busRoutes: row.busRoutes,
  nearestStop: row.nearestStop,
});

export function toVenue(row: VenueRow) {
  return {
    id: row.id,
    name: row.name,
    area: row.area,
    addressLine1: row.addressLine1,
    town: row.town,
    postcode: row.postcode,
    latitude: row.latitude,
    longitude: row.longitude,
    openingNotes: row.openingNotes,
    busRoutes: row.busRoutes,
    nearestStop: row.nearestStop,
    facts: factsOf(row),
    openingHours: row.openingHours,
    problems: venuePublishingProblems(forPublishing(row)),
    version: row.version,
  };
}

const notFound = () => new DomainError('NOT_FOUND', 'There is no venue with that id.');

export async function listVenues(db: Database) {
  const rows = await db.select().from(venues).orderBy(asc(venues.name));
  return rows.map(toVenue);
}

export async function getVenue(db: Database, id: string) {
  const [row] = await db.select().from(venues).where(eq(venues.id, id));
  if (!row) throw notFound();
  const closures = await db
    .select({ date: venueClosures.date, reason: venueClosures.reason })
    .from(venueClosures)
    .where(eq(venueClosures.venueId, id))
    .orderBy(asc(venueClosures.date));
  return { ...toVenue(row), closures };
}

/** The row's columns for a set of fields; facts are columns of their own. */
function columnsOf<T extends VenueChanges>(fields: T) {
  const { facts, ...rest } = fields;
  return { ...rest, ...facts } as Omit<T, 'facts'> & NonNullable<T['facts']>;
}

/** Field by field, what an edit changes; facts are named on their own ("hearingLoop"). */
function diff(before: VenueRow | null, after: object): VenueFieldChange[] {
  const changes: VenueFieldChange[] = [];
  for (const [field, to] of Object.entries(after)) {
    if (to === undefined) continue;
    const from = before ? (before[field as keyof VenueRow] ?? null) : null;
    // A new venue's first revision lists every field, unanswered facts included.
    if (!before || JSON.stringify(from) !== JSON.stringify(to)) changes.push({ field, from, to });
  }
  return changes;
}

export async function createVenue(db: Database, fields: VenueFields, staffId: string, now: Date) {
  const columns = columnsOf(fields);
  const id = await withDomainErrors(() =>
    db.transaction(async (tx) => {
      const [row] = await tx
        .insert(venues)
        .values({ ...columns, version: 1, createdAt: now, updatedAt: now })
        .returning({ id: venues.id });
      if (!row) throw new Error('venue insert returned nothing');
      await tx.insert(venueRevisions).values({
        venueId: row.id,
        version: 1,
        changedById: staffId,
        changedAt: now,
        changes: diff(null, columns),
      });
      return row.id;
    }),
  );
  dropInsChanged(db);
  return { id };
}

/**
 * Applies an edit made from `version`. If someone else saved in between, nothing is written
 * and the editor is asked to reload: their edit was made against facts that have changed.
 */
export async function updateVenue(
  db: Database,
  id: string,
  version: number,
  fields: VenueChanges,
  staffId: string,
  now: Date,
) {
  const result = await withDomainErrors(() =>
    db.transaction(async (tx) => {
      const [row] = await tx.select().from(venues).where(eq(venues.id, id)).for('update');
      if (!row) throw notFound();
      if (row.version !== version) {
        throw new DomainError(
          'CONFLICT',
          'Someone else has changed this venue since you opened it. Reload it to see their changes, then make yours again.',
        );
      }
      const columns = columnsOf(fields);
      const changes = diff(row, columns);
      if (changes.length === 0) return { id, version, changed: false };
      await assertStillPublishable(tx, { ...row, ...columns });
      const next = version + 1;
      await tx
        .update(venues)
        .set({ ...columns, version: next, updatedAt: now })
        .where(and(eq(venues.id, id), eq(venues.version, version)));
      await tx.insert(venueRevisions).values({
        venueId: id,
        version: next,
        changedById: staffId,
        changedAt: now,
        changes,
      });
      return { id, version: next, changed: true };
    }),
  );
  if (result.changed) dropInsChanged(db);
  return { id: result.id, version: result.version };
}

/**
 * A venue with published sessions must stay one the policy calls accessible: an edit that
 * would break that is refused, rather than leaving tenants pointed at a venue that fails it.
 */
async function assertStillPublishable(tx: Pick<Database, 'select'>, after: VenueRow) {
  const problems = venuePublishingProblems(forPublishing(after));
  if (problems.length === 0) return;
  const published = await tx
    .select({ title: dropInSeries.title })
    .from(dropInSeries)
    .where(and(eq(dropInSeries.venueId, after.id), eq(dropInSeries.published, true)));
  if (published.length === 0) return;
  throw new DomainError(
    'PRECONDITION_FAILED',
    `${after.name} has published drop-in sessions (${published.map((p) => p.title).join(', ')}), so it must stay publishable, but after this change ${problems.join('; ')}. Unpublish those series first, or keep the venue's facts.`,
  );
}

export async function venueHistory(db: Database, id: string) {
  const [venue] = await db.select({ id: venues.id }).from(venues).where(eq(venues.id, id));
  if (!venue) throw notFound();
  const rows = await db
    .select({
      version: venueRevisions.version,
      changedAt: venueRevisions.changedAt,
      changedBy: staff.name,
      changes: venueRevisions.changes,
    })
    .from(venueRevisions)
    .leftJoin(staff, eq(staff.id, venueRevisions.changedById))
    .where(eq(venueRevisions.venueId, id))
    .orderBy(desc(venueRevisions.version));
  return rows.map((row) => ({
    ...row,
    changedAt: row.changedAt.toISOString(),
    changes: row.changes.map((change) => ({
      field: change.field,
      from: (change.from ?? null) as JsonValue,
      to: (change.to ?? null) as JsonValue,
    })),
  }));
}

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export async function addClosure(
  db: Database,
  closure: { venueId: string; date: string; reason: string },
) {
  await withDomainErrors(() => db.insert(venueClosures).values(closure));
  dropInsChanged(db);
  return closure;
}

export async function removeClosure(db: Database, closure: { venueId: string; date: string }) {
  const removed = await db
    .delete(venueClosures)
    .where(and(eq(venueClosures.venueId, closure.venueId), eq(venueClosures.date, closure.date)))
    .returning({ id: venueClosures.id });
  if (removed.length > 0) dropInsChanged(db);
  return { removed: removed.length > 0 };
}
