import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { type DatabaseHandle, selectRows } from './client';

export const migrationsFolder = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../migrations',
);

// Any fixed number works; it only has to be the same for every replica of Doorstep.
const MIGRATION_LOCK_KEY = 727_274_201;

/**
 * Applies the committed migrations. On a server several API replicas may start at once, so
 * they queue on an advisory lock held on one dedicated connection.
 */
export async function runMigrations(handle: DatabaseHandle): Promise<void> {
  const { driver } = handle;
  if (driver.kind === 'pglite') {
    await migratePglite(drizzlePglite(driver.client), { migrationsFolder });
    return;
  }
  const client = await driver.pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migratePg(drizzlePg(client), { migrationsFolder });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
    client.release();
  }
}

export interface MigrationState {
  applied: number;
  expected: number;
  upToDate: boolean;
  latest: string | null;
}

interface Journal {
  entries: { idx: number; tag: string; when: number }[];
}

function readJournal(): Journal {
  return JSON.parse(readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8'));
}

export async function migrationState(handle: DatabaseHandle): Promise<MigrationState> {
  const journal = readJournal();
  const expected = journal.entries.length;
  let applied = 0;
  let lastCreatedAt: number | null = null;
  const [table] = await selectRows<{ present: boolean }>(
    handle.db,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  if (table?.present) {
    const [row] = await selectRows<{ applied: string | number; last: string | null }>(
      handle.db,
      sql`select count(*) as applied, max(created_at) as last from drizzle.__drizzle_migrations`,
    );
    applied = Number(row?.applied ?? 0);
    lastCreatedAt = row?.last == null ? null : Number(row.last);
  }
  const latest = journal.entries.find((entry) => entry.when === lastCreatedAt)?.tag ?? null;
  return { applied, expected, upToDate: applied === expected, latest };
}
