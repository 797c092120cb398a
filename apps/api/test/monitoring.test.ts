import { monitoringFigures, monitoringRuns } from '@doorstep/db';
import { createTestDatabase, type TestDatabase } from '@doorstep/db/testing';
import { lastWeeks, type MeasureId } from '@doorstep/domain';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../src/routers';
import { refreshMonitoring } from '../src/services/monitoring';
import { createCallerFactory } from '../src/trpc/init';
import { contextAs } from './helpers';
import { buildWorld, MANAGER, NOW } from './monitoring-world';

const createCaller = createCallerFactory(appRouter);

describe('monitoring figures on hand-built records', () => {
  let database: TestDatabase;
  let world: Awaited<ReturnType<typeof buildWorld>>;
  let api: ReturnType<typeof createCaller>;

  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    world = await buildWorld(database.db);
    api = createCaller(await contextAs(database, MANAGER, NOW));
  });
  afterAll(() => database?.close());

  it('answers with no figures (not an error) before the first run', async () => {
    const summary = await api.monitoring.summary();
    expect(summary).toEqual({ asOf: '2026-11-23', computedAt: null, measures: [] });
  });

  describe('after a refresh', () => {
    let summary: Awaited<ReturnType<typeof api.monitoring.summary>>;
    const measure = (id: MeasureId) => {
      const found = summary.measures.find((m) => m.id === id);
      if (!found) throw new Error(`no ${id}`);
      return found;
    };
    const breakdown = (id: MeasureId) =>
      Object.fromEntries(measure(id).breakdown.map((b) => [b.group, [b.counted, b.met]]));

    beforeAll(async () => {
      const result = await api.monitoring.refresh();
      expect(result.asOf).toBe('2026-11-23');
      summary = await api.monitoring.summary();
    });

    it('dates the figures and lists every measure with its definition', () => {
      expect(summary.asOf).toBe('2026-11-23');
      expect(summary.computedAt).not.toBeNull();
      expect(summary.measures).toHaveLength(13);
      expect(measure('living_well_coverage').definition).toContain('23 November 2026');
    });

    it('Living Well coverage: 1 of 3 tenancies met, 1 overdue, 1 due today', () => {
      expect(measure('living_well_coverage')).toMatchObject({ counted: 3, met: 1, rate: 1 / 3 });
      expect(breakdown('living_well_coverage')).toEqual({
        met: [1, 1],
        due: [1, 0],
        overdue: [1, 0],
      });
    });

    it('access at the first visit: 2 of 4, by type of visit', () => {
      expect(measure('first_visit_access')).toMatchObject({ counted: 4, met: 2, rate: 0.5 });
      expect(breakdown('first_visit_access')).toEqual({
        tenancy_visit: [2, 1],
        damp_mould_investigation: [2, 1],
      });
    });

    it('notice compliance: 1 of 3 went in time and in the recorded format', () => {
      expect(measure('notice_compliance')).toMatchObject({ counted: 3, met: 1 });
    });

    it('contacts acknowledged within 2 working days: 2 of 4', () => {
      expect(measure('contact_acknowledged')).toMatchObject({ counted: 4, met: 2, rate: 0.5 });
    });

    it('alternative formats within 5 working days: 1 of 2', () => {
      expect(measure('alternative_format_met')).toMatchObject({ counted: 2, met: 1 });
    });

    it('gas checks: 1 of 2 dues met; homes in date, at risk, overdue and with none', () => {
      expect(measure('gas_checks')).toMatchObject({ counted: 2, met: 1 });
      expect(breakdown('gas_checks')).toEqual({
        in_date: [2, 0],
        at_risk: [1, 0],
        overdue: [1, 0],
        no_record: [1, 0],
      });
    });

    it('electrical checks: 1 of 2 dues met in 5 years', () => {
      expect(measure('electrical_checks')).toMatchObject({ counted: 2, met: 1 });
      expect(breakdown('electrical_checks')).toEqual({
        in_date: [1, 0],
        overdue: [1, 0],
        no_record: [4, 0],
      });
    });

    it('damp and mould: 1 of 2 investigated in time; one open, one at risk', () => {
      expect(measure('damp_mould_investigations')).toMatchObject({ counted: 2, met: 1 });
      expect(breakdown('damp_mould_investigations')).toEqual({
        met: [1, 0],
        open: [1, 0],
        at_risk: [1, 0],
        late: [1, 0],
      });
    });

    it('bookings and contacts by channel', () => {
      expect(measure('bookings_by_channel')).toMatchObject({ counted: 9, met: 0, rate: null });
      expect(breakdown('bookings_by_channel')).toEqual({
        phone: [4, 0],
        staff: [2, 0],
        booking_link: [1, 0],
        email: [1, 0],
        live_chat: [1, 0],
      });
      expect(measure('contacts_by_channel')).toMatchObject({ counted: 5 });
      expect(breakdown('contacts_by_channel')).toEqual({
        phone: [2, 0],
        email: [1, 0],
        live_chat: [1, 0],
        post: [1, 0],
      });
    });

    it('drop-ins: 2 sessions held, 12 people, topics by count', () => {
      expect(measure('drop_in_sessions')).toMatchObject({ counted: 2 });
      expect(breakdown('drop_in_sessions')).toEqual({ Huyton: [2, 0] });
      expect(measure('drop_in_attendance')).toMatchObject({ counted: 12 });
      expect(breakdown('drop_in_topics')).toEqual({ rent: [2, 0], repairs: [1, 0] });
      const labels = measure('drop_in_topics').breakdown.map((b) => b.label);
      expect(labels).toEqual(['Rent', 'Repairs']);
    });

    it('splits by patch: the South patch holds only its own records', async () => {
      const south = await api.monitoring.summary({ patchId: world.southId });
      const of = (id: MeasureId) => south.measures.find((m) => m.id === id);
      expect(of('living_well_coverage')).toMatchObject({ counted: 0, rate: null });
      expect(of('first_visit_access')).toMatchObject({ counted: 0 });
      expect(of('gas_checks')?.breakdown.map((b) => [b.group, b.counted])).toEqual([
        ['at_risk', 1],
        ['no_record', 1],
      ]);
      const north = await api.monitoring.summary({ patchId: world.northId });
      expect(north.measures.find((m) => m.id === 'contact_acknowledged')).toMatchObject({
        counted: 3,
        met: 1,
      });
    });

    it('trend: 52 weeks, oldest first, zero-filled', async () => {
      const trend = await api.monitoring.trend({ measure: 'bookings_by_channel' });
      expect(trend.weeks).toHaveLength(52);
      expect(trend.weeks.map((w) => w.weekStart)).toEqual(lastWeeks('2026-11-23'));
      expect(trend.weeks[0]).toEqual({ weekStart: '2025-12-01', counted: 0, met: 0, rate: null });
      const byWeek = Object.fromEntries(trend.weeks.map((w) => [w.weekStart, w.counted]));
      expect(byWeek['2026-11-02']).toBe(5);
      expect(byWeek['2026-09-28']).toBe(1);
      expect(trend.weeks.reduce((sum, w) => sum + w.counted, 0)).toBe(9);
      const access = await api.monitoring.trend({ measure: 'first_visit_access' });
      const week = access.weeks.find((w) => w.weekStart === '2026-11-09');
      expect(week).toEqual({ weekStart: '2026-11-09', counted: 2, met: 1, rate: 0.5 });
    });

    it('trend of coverage: each week as it stood at its end, not a sum of snapshots', async () => {
      // Met on 1 March 2026, 1 June 2025 and 23 November 2025: each counts for 12 months.
      const trend = await api.monitoring.trend({ measure: 'living_well_coverage' });
      const at = Object.fromEntries(trend.weeks.map((w) => [w.weekStart, `${w.met}/${w.counted}`]));
      expect(at['2025-12-01']).toBe('2/3');
      expect(at['2026-02-16']).toBe('2/3');
      expect(at['2026-02-23']).toBe('3/3');
      expect(at['2026-05-25']).toBe('3/3');
      expect(at['2026-06-01']).toBe('2/3');
      expect(at['2026-11-16']).toBe('2/3');
      expect(at['2026-11-23']).toBe('1/3');
      expect(trend.weeks.every((w) => w.counted === 3)).toBe(true);
    });

    it('splits gas checks by the household now living in the home, and says why a count has no fairness table', async () => {
      const gas = await api.monitoring.fairness({ measure: 'gas_checks' });
      expect(gas.overall).toMatchObject({ counted: 2, met: 1 });
      // Two homes: every group is under 10, so each row is there but suppressed.
      expect(gas.rows.length).toBeGreaterThan(0);
      expect(gas.rows.every((row) => row.suppressed)).toBe(true);
      await expect(
        api.monitoring.fairness({ measure: 'bookings_by_channel' }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('a count') });
    });

    it('refuses an unknown patch as not found', async () => {
      await expect(
        api.monitoring.summary({ patchId: '00000000-0000-4000-8000-000000000000' }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  it('a refresh that fails midway leaves the previous run as the one read', async () => {
    const before = await api.monitoring.summary();
    const runsBefore = await database.db.select({ n: count() }).from(monitoringRuns);
    // A real failure inside the write: PostgreSQL refuses the drop-in rows, which come last.
    await database.db.execute(`
      create function monitoring_test_refuse() returns trigger language plpgsql as $$
      begin raise exception 'refused for the test'; end $$`);
    await database.db.execute(`
      create trigger monitoring_test_refuse before insert on monitoring_figures
        for each row when (new.measure = 'drop_in_topics') execute function monitoring_test_refuse()`);
    try {
      await expect(refreshMonitoring(database.db, { now: NOW })).rejects.toThrow();
    } finally {
      await database.db.execute('drop trigger monitoring_test_refuse on monitoring_figures');
      await database.db.execute('drop function monitoring_test_refuse()');
    }
    expect(await api.monitoring.summary()).toEqual(before);
    expect(await database.db.select({ n: count() }).from(monitoringRuns)).toEqual(runsBefore);
    const after = await refreshMonitoring(database.db, { now: NOW });
    const written = await database.db
      .select({ n: count() })
      .from(monitoringFigures)
      .where(eq(monitoringFigures.runId, after.runId));
    expect(written[0]?.n).toBe(after.figures);
    expect((await api.monitoring.summary()).computedAt).toBe(after.computedAt);
  });

  it('keeps the newest 7 runs', async () => {
    for (let i = 0; i < 8; i += 1) await refreshMonitoring(database.db, { now: NOW });
    expect(await database.db.select({ n: count() }).from(monitoringRuns)).toEqual([{ n: 7 }]);
  });
});
