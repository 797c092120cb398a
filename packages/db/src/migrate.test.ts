import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { selectRows } from './client';
import { migrationState, runMigrations } from './migrate';
import { createTestDatabase, type TestDatabase, testDrivers } from './testing';

describe.each(testDrivers())('migrations on %s', (kind) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.close();
    database = undefined;
  });

  it('apply to an empty database, and a second run changes nothing', async () => {
    database = await createTestDatabase(kind, { migrate: false });
    expect(await migrationState(database)).toMatchObject({ applied: 0, upToDate: false });

    await runMigrations(database);
    const first = await migrationState(database);
    expect(first.upToDate).toBe(true);
    expect(first.applied).toBe(first.expected);
    expect(first.latest).toMatch(/^\d{4}_/);

    await runMigrations(database);
    expect(await migrationState(database)).toEqual(first);

    const tables = await selectRows<{ table_name: string }>(
      database.db,
      sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`,
    );
    expect(tables.map((t) => t.table_name)).toEqual([
      'access_needs',
      'appointments',
      'audit_log',
      'calendar_feeds',
      'closure_days',
      'contact_restrictions',
      'contacts',
      'customer_characteristics',
      'customers',
      'damp_mould_reports',
      'drop_in_attendance',
      'drop_in_changes',
      'drop_in_follow_ups',
      'drop_in_interest',
      'drop_in_series',
      'format_tasks',
      'homes',
      'household_members',
      'invitations',
      'living_well_locked_days',
      'living_well_meetings',
      'living_well_plan_runs',
      'living_well_plan_visits',
      'monitoring_figures',
      'monitoring_runs',
      'notices',
      'oidc_requests',
      'patch_covers',
      'patches',
      'referrals',
      'representatives',
      'safety_checks',
      'sessions',
      'sign_in_attempts',
      'staff',
      'staff_leave',
      'tenancies',
      'venue_closures',
      'venue_revisions',
      'venues',
      'visit_outcomes',
    ]);
    const [constraint] = await selectRows<{ definition: string }>(
      database.db,
      sql`select pg_get_constraintdef(oid) as definition from pg_constraint
          where conname = 'appointments_no_double_booking'`,
    );
    expect(constraint?.definition).toMatch(
      /EXCLUDE USING gist \(staff_id WITH =, during WITH &&\)/,
    );
  });
});
