import { asc, getTableColumns, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../client';
import * as schema from '../schema';
import { createTestDatabase, type TestDatabase, testDrivers } from '../testing';
import { contains } from './geometry';
import { generateSeedData, seedDatabase, seedIfEmpty } from './index';

const options = { homes: 600, seed: 42, today: '2026-11-23' };

describe('demo data generator', () => {
  it('gives identical rows, ids included, for the same seed and different rows for another', () => {
    const first = generateSeedData(options);
    expect(generateSeedData(options)).toEqual(first);
    const other = generateSeedData({ ...options, seed: 43 });
    expect(other.homes.map((h) => h.id)).not.toEqual(first.homes.map((h) => h.id));
  });

  it('writes a Knowsley-like borough: six named patches, an advisor each, eight venues', () => {
    const data = generateSeedData({ ...options, homes: 3000 });
    expect(data.patches.map((p) => p.name).sort()).toEqual([
      'Halewood',
      'Huyton',
      'Kirkby',
      'Prescot',
      'Stockbridge Village',
      'Whiston',
    ]);
    expect(data.homes).toHaveLength(3000);
    const advisors = data.staff.filter((s) => s.role === 'advisor');
    expect(new Set(data.patches.map((p) => p.advisorId))).toEqual(
      new Set(advisors.map((a) => a.id)),
    );
    for (const role of ['community', 'manager', 'admin'] as const) {
      expect(data.staff.some((s) => s.role === role)).toBe(true);
    }
    expect(data.venues).toHaveLength(8);
    expect(new Set(data.homes.map((h) => h.addressLine1 + h.postcode)).size).toBe(3000);
  });

  it('records a few percent of each access need', () => {
    const data = generateSeedData({ ...options, homes: 3000 });
    const customers = data.customers.length;
    const share = (count: number) => (100 * count) / customers;
    const needCount = (kind: string, test: (d: Record<string, unknown>) => boolean = () => true) =>
      new Set(
        data.accessNeeds
          .filter((n) => n.kind === kind && test(n.detail ?? {}))
          .map((n) => n.customerId),
      ).size;

    const expectations: [string, number][] = [
      [
        'large print',
        share(data.customers.filter((c) => c.preferredFormat === 'large_print').length),
      ],
      ['interpreted language', share(needCount('interpreter', (d) => d.kind !== 'bsl'))],
      ['BSL', share(needCount('interpreter', (d) => d.kind === 'bsl'))],
      ['Relay UK', share(needCount('relay_uk'))],
      ['extra time', share(needCount('extra_time'))],
      ['advocate', share(data.representatives.filter((r) => r.relationship === 'advocate').length)],
      [
        'two-person visit',
        share(data.contactRestrictions.filter((r) => r.kind === 'two_person_visits').length),
      ],
    ];
    for (const [need, percent] of expectations) {
      expect({ need, inRange: percent >= 0.3 && percent <= 10 }).toEqual({ need, inRange: true });
    }
  });

  it('spreads last Living Well meetings over the past 14 months', () => {
    const data = generateSeedData({ ...options, homes: 3000 });
    const latest = new Map<string, string>();
    for (const m of data.livingWellMeetings) {
      if (m.outcome && m.outcome !== 'met') continue;
      if ((latest.get(m.tenancyId) ?? '') < m.heldOn) latest.set(m.tenancyId, m.heldOn);
    }
    const dates = [...latest.values()].sort();
    expect(dates[0]?.localeCompare('2025-09-24')).toBeGreaterThanOrEqual(0);
    expect(dates.at(-1)?.localeCompare('2026-11-22')).toBeLessThanOrEqual(0);
    const overdue = dates.filter((d) => d < '2025-11-23').length / dates.length;
    expect(overdue).toBeGreaterThan(0.08);
    expect(overdue).toBeLessThan(0.25);
  });

  it('records a few declined meetings, with reasons, and a few with no access, in the open cycle', () => {
    const data = generateSeedData({ ...options, homes: 3000 });
    const tenancies = new Set(data.livingWellMeetings.map((m) => m.tenancyId)).size;
    const declined = data.livingWellMeetings.filter((m) => m.outcome === 'declined');
    const noAccess = data.livingWellMeetings.filter((m) => m.outcome === 'no_access');
    for (const attempts of [declined, noAccess]) {
      expect(attempts.length).toBeGreaterThan(tenancies * 0.005);
      expect(attempts.length).toBeLessThan(tenancies * 0.06);
      expect(attempts.every((m) => m.heldOn < options.today && m.heldOn >= '2026-09-24')).toBe(
        true,
      );
    }
    expect(declined.every((m) => (m.declineReason ?? '').length > 10)).toBe(true);
    expect(noAccess.every((m) => m.declineReason === null)).toBe(true);
  });

  it('makes more, smaller patches for a large data set', () => {
    const data = generateSeedData({ ...options, homes: 12_000 });
    expect(data.patches).toHaveLength(24);
    expect(data.homes).toHaveLength(12_000);
  });
});

async function tableRows(db: Database, table: PgTable) {
  const { createdAt: _created, ...columns } = getTableColumns(table) as Record<string, never>;
  return db.select(columns).from(table).orderBy(asc(sql`id`));
}

describe.each(testDrivers())('seeding %s', (kind) => {
  let first: TestDatabase;
  let second: TestDatabase;
  beforeAll(async () => {
    [first, second] = await Promise.all([createTestDatabase(kind), createTestDatabase(kind)]);
    await seedDatabase(first.db, options);
    await seedDatabase(second.db, options);
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  it('stores identical rows for the same seed', async () => {
    for (const table of [
      schema.staff,
      schema.patches,
      schema.homes,
      schema.customers,
      schema.accessNeeds,
      schema.appointments,
      schema.livingWellMeetings,
    ]) {
      const rows = await tableRows(first.db, table);
      expect(rows.length).toBeGreaterThan(0);
      expect(await tableRows(second.db, table)).toEqual(rows);
    }
  });

  it('puts every home inside its own patch and no other', async () => {
    const patches = await first.db.select().from(schema.patches);
    const homes = await first.db.select().from(schema.homes);
    expect(homes).toHaveLength(options.homes);
    for (const home of homes) {
      const inside = patches.filter((p) => contains(p.boundary, home));
      expect(inside.map((p) => p.id)).toEqual([home.patchId]);
    }
  });

  it('leaves a database that already has data alone', async () => {
    expect(await seedIfEmpty(first.db, options)).toBeNull();
    const [count] = await first.db.select({ n: sql<number>`count(*)::int` }).from(schema.homes);
    expect(count?.n).toBe(options.homes);
  });
});
