import {
  accessNeeds,
  contactRestrictions,
  customers,
  type Database,
  homes,
  representatives,
  tenancies,
} from '@doorstep/db';
import { and, eq, inArray } from 'drizzle-orm';
import { type AccessProfileRecord, profileFromRows } from '../access-needs';

const groupBy = <T extends { customerId: string }>(rows: T[]) => {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.customerId);
    if (list) list.push(row);
    else map.set(row.customerId, [row]);
  }
  return map;
};

/**
 * The access profiles of the lead tenants of the given patches, in four queries whatever
 * their number, for planning. Only the planner sees them (durations, lead times, unavailable
 * times); nothing here is shown to anyone, so these reads are not audited as a person reading
 * a profile is.
 */
export async function loadPatchProfiles(
  db: Database,
  patchIds: readonly string[],
): Promise<Map<string, AccessProfileRecord>> {
  if (patchIds.length === 0) return new Map();
  const ids = [...patchIds];
  // The lead tenants living in the patches: found by patch, never listed by id.
  const leads = db
    .select({ id: customers.id })
    .from(customers)
    .innerJoin(tenancies, eq(tenancies.id, customers.tenancyId))
    .innerJoin(homes, eq(homes.id, tenancies.homeId))
    .where(and(eq(customers.isLeadTenant, true), inArray(homes.patchId, ids)));
  const [people, needs, reps, restrictions] = await Promise.all([
    db
      .select({
        id: customers.id,
        preferredLanguage: customers.preferredLanguage,
        preferredChannel: customers.preferredChannel,
        preferredFormat: customers.preferredFormat,
      })
      .from(customers)
      .where(inArray(customers.id, leads)),
    db.select().from(accessNeeds).where(inArray(accessNeeds.customerId, leads)),
    db.select().from(representatives).where(inArray(representatives.customerId, leads)),
    db.select().from(contactRestrictions).where(inArray(contactRestrictions.customerId, leads)),
  ]);
  const needsOf = groupBy(needs);
  const repsOf = groupBy(reps);
  const restrictionsOf = groupBy(restrictions);
  return new Map(
    people.map((person) => [
      person.id,
      profileFromRows(
        person,
        needsOf.get(person.id) ?? [],
        repsOf.get(person.id) ?? [],
        restrictionsOf.get(person.id) ?? [],
      ),
    ]),
  );
}
