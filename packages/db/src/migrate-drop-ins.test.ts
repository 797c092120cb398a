import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { afterEach, describe, expect, it } from 'vitest';
import { type DatabaseHandle, selectRows } from './client';
import { migrationState, migrationsFolder, runMigrations } from './migrate';
import { createTestDatabase, type TestDatabase, testDrivers } from './testing';

/** A copy of the migrations folder that stops before `tag`, as an older release shipped it. */
function migrationsBefore(tag: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'doorstep-migrations-'));
  cpSync(migrationsFolder, dir, { recursive: true });
  const journalPath = path.join(dir, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as {
    entries: { tag: string }[];
  };
  const stop = journal.entries.findIndex((entry) => entry.tag === tag);
  if (stop < 0) throw new Error(`no migration ${tag}`);
  journal.entries = journal.entries.slice(0, stop);
  writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

async function migrateWith(handle: DatabaseHandle, folder: string) {
  const { driver } = handle;
  if (driver.kind === 'pglite') {
    await migratePglite(drizzlePglite(driver.client), { migrationsFolder: folder });
  } else {
    await migratePg(drizzlePg(driver.pool), { migrationsFolder: folder });
  }
}

describe.each(testDrivers())('the drop-ins migration on %s', (kind) => {
  let database: TestDatabase | undefined;
  let folder: string | undefined;
  afterEach(async () => {
    await database?.close();
    database = undefined;
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('upgrades a database that already has venues: each gets an area and keeps its facts', async () => {
    database = await createTestDatabase(kind, { migrate: false });
    folder = migrationsBefore('0010_drop_ins');
    await migrateWith(database, folder);
    await database.db.execute(sql`
      insert into venues (name, address_line1, town, postcode, latitude, longitude,
        step_free_entrance, accessible_toilet, hearing_loop, quiet_room)
      values
        ('Kirkby Centre', 'Norwich Way', 'Kirkby', 'L32 8XY', 53.4818, -2.8912, true, true, false, true),
        ('Stockbridge Village Neighbourhood Centre', 'Waterpark Drive', 'Liverpool', 'L28 1ST',
          53.4341, -2.8649, true, false, true, false)`);

    await runMigrations(database);
    expect((await migrationState(database)).upToDate).toBe(true);
    const rows = await selectRows<Record<string, unknown>>(
      database.db,
      sql`select name, area, step_free_entrance, accessible_toilet, hearing_loop, quiet_room,
            baby_changing, opening_hours, version from venues order by name`,
    );
    expect(rows).toEqual([
      {
        name: 'Kirkby Centre',
        area: 'Kirkby',
        step_free_entrance: true,
        accessible_toilet: true,
        hearing_loop: false,
        quiet_room: true,
        baby_changing: false,
        opening_hours: {},
        version: 1,
      },
      {
        name: 'Stockbridge Village Neighbourhood Centre',
        area: 'Stockbridge Village',
        step_free_entrance: true,
        accessible_toilet: false,
        hearing_loop: true,
        quiet_room: false,
        baby_changing: false,
        opening_hours: {},
        version: 1,
      },
    ]);
    // Facts are now "not checked yet" unless someone answers them.
    await database.db.execute(sql`
      insert into venues (name, area, address_line1, town, postcode, latitude, longitude)
      values ('New Hall', 'Huyton', '1 Civic Way', 'Huyton', 'L36 9GD', 53.41, -2.84)`);
    const [fresh] = await selectRows<{ hearing_loop: boolean | null }>(
      database.db,
      sql`select hearing_loop from venues where name = 'New Hall'`,
    );
    expect(fresh?.hearing_loop).toBeNull();
  });

  it('keeps venue edit history and occurrence changes append-only', async () => {
    database = await createTestDatabase(kind);
    const [venue] = await selectRows<{ id: string }>(
      database.db,
      sql`insert into venues (name, area, address_line1, town, postcode, latitude, longitude)
          values ('Hall', 'Huyton', '1 Civic Way', 'Huyton', 'L36 9GD', 53.41, -2.84) returning id`,
    );
    await database.db.execute(
      sql`insert into venue_revisions (venue_id, version, changes) values (${venue?.id}, 1, '[]')`,
    );
    await expect(
      database.db.execute(sql`update venue_revisions set version = 2`),
    ).rejects.toThrow();
    await expect(database.db.execute(sql`delete from venue_revisions`)).rejects.toThrow();
  });
});
