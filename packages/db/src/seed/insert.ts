import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { type Database, selectRows } from '../client';
import * as schema from '../schema';
import type { SeedData } from './generate';

// PostgreSQL allows 65,535 bind parameters in one statement; the widest table has 20 columns.
const ROWS_PER_STATEMENT = 2000;

/** Tables in the order their foreign keys need. */
const order: { key: keyof SeedData; table: PgTable }[] = [
  { key: 'staff', table: schema.staff },
  { key: 'patches', table: schema.patches },
  { key: 'homes', table: schema.homes },
  { key: 'tenancies', table: schema.tenancies },
  { key: 'customers', table: schema.customers },
  { key: 'accessNeeds', table: schema.accessNeeds },
  { key: 'representatives', table: schema.representatives },
  { key: 'contactRestrictions', table: schema.contactRestrictions },
  { key: 'livingWellMeetings', table: schema.livingWellMeetings },
  { key: 'appointments', table: schema.appointments },
  { key: 'venues', table: schema.venues },
  { key: 'dropInSeries', table: schema.dropInSeries },
  { key: 'dropInChanges', table: schema.dropInChanges },
  { key: 'dropInAttendance', table: schema.dropInAttendance },
  { key: 'dropInInterest', table: schema.dropInInterest },
];

/** Writes everything in one transaction: a seed that fails half way leaves nothing behind. */
export async function insertSeedData(
  db: Database,
  data: SeedData,
): Promise<Record<keyof SeedData, number>> {
  const counts = {} as Record<keyof SeedData, number>;
  await db.transaction(async (tx) => {
    for (const { key, table } of order) {
      const rows = data[key];
      for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
        await tx.insert(table).values(rows.slice(i, i + ROWS_PER_STATEMENT) as never[]);
      }
      counts[key] = rows.length;
    }
  });
  // Fresh tables have no statistics, and PGlite never gathers them by itself: without them
  // the query planner guesses a handful of rows and picks nested loops over whole tables.
  await db.execute(sql`analyze`);
  return counts;
}

export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const [row] = await selectRows<{ present: boolean }>(
    db,
    sql`select exists (select 1 from ${schema.staff}) as present`,
  );
  return !row?.present;
}
