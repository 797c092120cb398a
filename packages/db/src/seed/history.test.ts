import { addWorkingDays, isWorkingDay } from '@doorstep/domain';
import { sql } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../client';
import { createTestDatabase, type TestDatabase } from '../testing';
import { type GeneratedSeed, generateSeedData } from './generate';
import { HistoryCalendar } from './history/calendar';
import { historyKeys } from './history/types';
import { insertSeedData } from './insert';

const options = { homes: 300, seed: 11, today: '2026-11-23', historyYears: 2 };
const todayStart = Temporal.PlainDate.from(options.today)
  .toZonedDateTime({ timeZone: 'Europe/London' })
  .toInstant().epochMilliseconds;

function collect(data: GeneratedSeed) {
  const tables = Object.fromEntries(historyKeys.map((key) => [key, [] as unknown[]])) as Record<
    (typeof historyKeys)[number],
    unknown[]
  >;
  for (const batch of data.history?.batches() ?? []) {
    for (const key of historyKeys) tables[key].push(...batch[key]);
  }
  return tables;
}

describe('seed history', () => {
  const data = generateSeedData(options);
  const history = collect(data);
  const appointments = history.appointments as GeneratedSeed['appointments'];

  it('is the same for the same seed and absent unless asked for', () => {
    expect(collect(generateSeedData(options))).toEqual(history);
    expect(generateSeedData({ ...options, historyYears: 0 }).history).toBeUndefined();
    const other = collect(generateSeedData({ ...options, seed: 12 }));
    expect(other.appointments.length).toBeGreaterThan(0);
    expect(other.appointments).not.toEqual(history.appointments);
  });

  it('gives each home about 4 to 6 past visits over two years, all before today', () => {
    const perHome = appointments.length / options.homes;
    expect(perHome).toBeGreaterThan(4);
    expect(perHome).toBeLessThan(6);
    expect(appointments.every((a) => a.endsAt.getTime() <= todayStart)).toBe(true);
    const earliest = Math.min(...appointments.map((a) => a.startsAt.getTime()));
    expect(earliest).toBeGreaterThanOrEqual(Date.parse('2024-11-23T00:00:00Z'));
    const types = new Set(appointments.map((a) => a.type));
    for (const type of ['gas_safety_check', 'living_well', 'tenancy_visit', 'repair_inspection']) {
      expect(types.has(type as never)).toBe(true);
    }
  });

  it('gets in at the first visit about 80 to 88 times in 100', () => {
    const first = appointments.filter((a) => a.attemptNumber === 1 && a.status !== 'cancelled');
    const rate = first.filter((a) => a.status === 'completed').length / first.length;
    expect(rate).toBeGreaterThan(0.78);
    expect(rate).toBeLessThan(0.9);
  });

  it('points every follow-up at an earlier first attempt at the same home that did not get in', () => {
    const byId = new Map(appointments.map((a) => [a.id, a]));
    const followUps = appointments.filter((a) => (a.attemptNumber ?? 1) > 1);
    expect(followUps.length).toBeGreaterThan(20);
    for (const visit of followUps) {
      const first = byId.get(visit.attemptOfId ?? '');
      expect(first?.attemptNumber).toBe(1);
      expect(first?.status).toBe('no_access');
      expect(first?.homeId).toBe(visit.homeId);
      expect(first && first.startsAt < visit.startsAt).toBe(true);
    }
    expect(appointments.filter((a) => a.attemptNumber === 1).every((a) => !a.attemptOfId)).toBe(
      true,
    );
  });

  it('never has one member of staff in two visits at once, on working days only', () => {
    const all = [...data.appointments, ...appointments].filter((a) => a.status !== 'cancelled');
    const byStaff = new Map<string, typeof all>();
    for (const a of all) byStaff.set(a.staffId, [...(byStaff.get(a.staffId) ?? []), a]);
    for (const visits of byStaff.values()) {
      visits.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
      for (let i = 1; i < visits.length; i += 1) {
        expect(visits[i]?.startsAt.getTime()).toBeGreaterThanOrEqual(
          visits[i - 1]?.endsAt.getTime() ?? 0,
        );
      }
    }
    const days = new Set(
      appointments.map((a) =>
        Temporal.Instant.fromEpochMilliseconds(a.startsAt.getTime())
          .toZonedDateTimeISO('Europe/London')
          .toPlainDate()
          .toString(),
      ),
    );
    expect([...days].every(isWorkingDay)).toBe(true);
  });

  it('writes notices, certificates, reports, contacts and equality answers in proportion', () => {
    const customers = data.customers.length;
    const years = options.historyYears;
    expect(history.contacts.length / customers / years).toBeGreaterThan(1.2);
    expect(history.contacts.length / customers / years).toBeLessThan(1.8);
    const consenting = new Set(
      (history.customerCharacteristics as { customerId: string }[]).map((c) => c.customerId),
    );
    expect(consenting.size / customers).toBeGreaterThan(0.3);
    expect(consenting.size / customers).toBeLessThan(0.5);
    const gasHomes = data.homes.filter((h) => h.hasGas).length / options.homes;
    expect(gasHomes).toBeGreaterThan(0.78);
    expect(gasHomes).toBeLessThan(0.92);
    const checks = history.safetyChecks as { homeId: string; kind: string; doneOn: string }[];
    const electrical = new Set(checks.filter((c) => c.kind === 'electrical').map((c) => c.homeId));
    expect(electrical.size / options.homes).toBeGreaterThan(0.9);
    // Gas checks a year apart, a few late; every home with gas has one on record.
    const gas = new Map<string, string[]>();
    for (const c of checks.filter((c) => c.kind === 'gas')) {
      gas.set(c.homeId, [...(gas.get(c.homeId) ?? []), c.doneOn].sort());
    }
    expect(gas.size).toBe(data.homes.filter((h) => h.hasGas).length);
    const gaps = [...gas.values()].flatMap((dates) =>
      dates.slice(1).map((d, i) => Temporal.PlainDate.from(dates[i] ?? d).until(d).days),
    );
    const late = gaps.filter((days) => days > 365).length / gaps.length;
    expect(late).toBeGreaterThan(0.01);
    expect(late).toBeLessThan(0.15);
    expect(history.notices.length).toBeGreaterThan(appointments.length * 0.3);
    const notices = history.notices as { sendBy: Date; sentAt: Date }[];
    const onTime = notices.filter((n) => n.sentAt <= n.sendBy).length / notices.length;
    expect(onTime).toBeGreaterThan(0.8);
    expect(onTime).toBeLessThan(1);
  });
});

describe('the history calendar', () => {
  it('counts working days as the domain does', () => {
    const calendar = new HistoryCalendar(
      Temporal.PlainDate.from('2024-01-01'),
      Temporal.PlainDate.from('2026-11-23'),
    );
    for (const date of ['2024-03-28', '2024-12-24', '2025-04-18', '2025-08-23', '2026-05-01']) {
      for (const n of [1, 2, 5, 10, -1, -5]) {
        const index = calendar.addWorkingDays(calendar.index(date), n);
        expect(calendar.date(index ?? -1)).toBe(
          n > 0 ? addWorkingDays(date, n) : subtract(date, -n),
        );
      }
    }
    // 09:00 in London on either side of the clocks changing.
    expect(calendar.instant(calendar.index('2025-03-28'), 540).toISOString()).toBe(
      '2025-03-28T09:00:00.000Z',
    );
    expect(calendar.instant(calendar.index('2025-03-31'), 540).toISOString()).toBe(
      '2025-03-31T08:00:00.000Z',
    );
  });
});

function subtract(date: string, n: number): string {
  let day = Temporal.PlainDate.from(date);
  for (let left = n; left > 0; ) {
    day = day.subtract({ days: 1 });
    if (isWorkingDay(day.toString())) left -= 1;
  }
  return day.toString();
}

describe('seed history in the database', () => {
  let database: TestDatabase;
  let counts: Record<string, number>;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    counts = await insertSeedData(database.db, generateSeedData(options));
  }, 120_000);
  afterAll(async () => {
    await database?.close();
  });

  it('inserts with the real migrations, constraints and all', async () => {
    const [row] = await selectRows<{ appointments: number; outcomes: number; checks: number }>(
      database.db,
      sql`select (select count(*)::int from appointments) as appointments,
        (select count(*)::int from visit_outcomes) as outcomes,
        (select count(*)::int from safety_checks) as checks`,
    );
    expect(row?.appointments).toBe(
      (counts.appointments ?? 0) + (counts['history.appointments'] ?? 0),
    );
    expect(row?.outcomes).toBe(counts['history.visitOutcomes']);
    expect(row?.checks).toBe(counts['history.safetyChecks']);
    const [pending] = await selectRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from notices where status <> 'sent'`,
    );
    expect(pending?.n).toBe(0);
  });
});
