import { customers, dropInInterest, dropInSeries, venues } from '@doorstep/db';
import type { TestDatabase } from '@doorstep/db/testing';
import { inArray } from 'drizzle-orm';

/** The seeded series' ids by title, and the venues' by name. */
export async function seededIds(database: TestDatabase) {
  const series = await database.db
    .select({ id: dropInSeries.id, title: dropInSeries.title })
    .from(dropInSeries);
  const places = await database.db.select({ id: venues.id, name: venues.name }).from(venues);
  const lookup = (rows: { id: string; key: string }[]) => (key: string) => {
    const found = rows.find((row) => row.key === key);
    if (!found) throw new Error(`nothing seeded called ${key}`);
    return found.id;
  };
  return {
    series: lookup(series.map((s) => ({ id: s.id, key: s.title }))),
    venue: lookup(places.map((v) => ({ id: v.id, key: v.name }))),
  };
}

/** Names of customers who said they would come: they must never appear in public output. */
export async function interestedNames(database: TestDatabase): Promise<string[]> {
  const interested = await database.db.select().from(dropInInterest);
  const rows = await database.db
    .select({ name: customers.name })
    .from(customers)
    .where(
      inArray(
        customers.id,
        interested.map((i) => i.customerId),
      ),
    );
  return rows.map((row) => row.name);
}
