import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDatabase, type DatabaseHandle, type DatabaseKind } from './client';
import { runMigrations } from './migrate';

/**
 * The drivers a test suite runs against. PGlite always; the PostgreSQL server when
 * `TEST_DATABASE_URL` names one. `REQUIRE_POSTGRES=1` (CI's server run) runs only the
 * server and fails loudly rather than passing without it.
 */
export function testDrivers(): DatabaseKind[] {
  const url = process.env.TEST_DATABASE_URL;
  if (process.env.REQUIRE_POSTGRES === '1') {
    if (!url) throw new Error('REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set');
    return ['postgres'];
  }
  return url ? ['pglite', 'postgres'] : ['pglite'];
}

export interface TestDatabase extends DatabaseHandle {
  /** A connection string for the same database, for a second process; undefined on PGlite. */
  readonly url: string | undefined;
}

/**
 * A new, empty database of the given kind: an in-memory PGlite, or a freshly created
 * database on the test server that `close()` drops again.
 */
export async function createTestDatabase(
  kind: DatabaseKind,
  options: { migrate?: boolean; poolSize?: number } = {},
): Promise<TestDatabase> {
  const handle =
    kind === 'pglite'
      ? { ...(await createDatabase({ dataDir: 'memory://' })), url: undefined }
      : await createServerDatabase(options.poolSize ?? 10);
  if (options.migrate ?? true) await runMigrations(handle);
  return handle;
}

async function createServerDatabase(poolSize: number): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `doorstep_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await createDatabase({ url: url.toString(), poolSize });
  return {
    ...handle,
    url: url.toString(),
    close: async () => {
      await handle.close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      try {
        await dropper.query(`drop database if exists ${name} with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
