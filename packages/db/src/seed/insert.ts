import { getTableColumns, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { type Database, selectRows } from '../client';
import * as schema from '../schema';
import type { GeneratedSeed, SeedData } from './generate';
import { type HistoryKey, historyKeys } from './history';
import { writeColumns } from './history/write';

// PostgreSQL allows 65,535 bind parameters in one statement: as many rows as fit, up to 5,000.
const PARAMETERS_PER_STATEMENT = 60_000;
const rowsPerStatement = (table: PgTable) =>
  Math.min(5000, Math.floor(PARAMETERS_PER_STATEMENT / Object.keys(getTableColumns(table)).length));

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

const historyTables: Record<HistoryKey, PgTable> = {
  appointments: schema.appointments,
  visitOutcomes: schema.visitOutcomesTable,
  notices: schema.notices,
  formatTasks: schema.formatTasks,
  safetyChecks: schema.safetyChecks,
  dampMouldReports: schema.dampMouldReports,
  contacts: schema.contacts,
  customerCharacteristics: schema.customerCharacteristics,
};

export type SeedCounts = Record<keyof SeedData, number> &
  Partial<Record<`history.${HistoryKey}`, number>>;

/** Writes everything in one transaction: a seed that fails half way leaves nothing behind. */
export async function insertSeedData(db: Database, data: GeneratedSeed): Promise<SeedCounts> {
  const counts = {} as SeedCounts;
  await db.transaction(async (tx) => {
    const write = async (table: PgTable, rows: readonly unknown[]) => {
      const size = rowsPerStatement(table);
      for (let i = 0; i < rows.length; i += size) {
        await tx.insert(table).values(rows.slice(i, i + size) as never[]);
      }
    };
    for (const { key, table } of order) {
      await write(table, data[key]);
      counts[key] = data[key].length;
    }
    if (!data.history) return;
    for (const key of historyKeys) counts[`history.${key}`] = 0;
    // Each patch's rows are written and dropped before the next patch is generated.
    for (const batch of data.history.batches()) {
      for (const key of historyKeys) {
        await writeColumns(tx, historyTables[key], batch[key] as Record<string, unknown>[]);
        counts[`history.${key}`] = (counts[`history.${key}`] ?? 0) + batch[key].length;
      }
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
