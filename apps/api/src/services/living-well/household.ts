import { type Database, householdMembers } from '@doorstep/db';
import { asc, eq } from 'drizzle-orm';

export interface HouseholdMember {
  name: string;
  relationship: string;
  birthYear: number | null;
}

export async function loadHousehold(db: Database, tenancyId: string): Promise<HouseholdMember[]> {
  return db
    .select({
      name: householdMembers.name,
      relationship: householdMembers.relationship,
      birthYear: householdMembers.birthYear,
    })
    .from(householdMembers)
    .where(eq(householdMembers.tenancyId, tenancyId))
    .orderBy(asc(householdMembers.name), asc(householdMembers.relationship));
}

/** Members in no particular order: the same people confirmed again is no change. */
const canonical = (members: HouseholdMember[]) =>
  members.map((m) => JSON.stringify([m.name, m.relationship, m.birthYear])).sort();

const sameHousehold = (a: HouseholdMember[], b: HouseholdMember[]) =>
  JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/**
 * The household as confirmed at the meeting replaces the one on record. Returns whether it
 * changed, for the audit row.
 */
export async function replaceHousehold(
  tx: Database,
  tenancyId: string,
  members: readonly HouseholdMember[],
): Promise<boolean> {
  const before = await loadHousehold(tx, tenancyId);
  const after = members.map((m) => ({
    name: m.name,
    relationship: m.relationship,
    birthYear: m.birthYear,
  }));
  if (sameHousehold(before, after)) return false;
  await tx.delete(householdMembers).where(eq(householdMembers.tenancyId, tenancyId));
  if (after.length > 0) {
    await tx.insert(householdMembers).values(after.map((member) => ({ tenancyId, ...member })));
  }
  return true;
}
