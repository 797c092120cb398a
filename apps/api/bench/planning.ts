import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createDatabase, patches } from '@doorstep/db';
import { seedDatabase } from '@doorstep/db/seed';
import { createTestDatabase } from '@doorstep/db/testing';
import { anniversaryBaseline, meetingRange, type PlanResult } from '@doorstep/domain';
import { asc } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { createRoutingPool } from '../src/routing';
import { loadPlanSetup } from '../src/services/living-well/load';
import { planPatches } from '../src/services/living-well/plan';

/**
 * `npm run bench:planning`: the Living Well planner.
 * - quality: the demo borough (3,000 homes, 6 patches) over 13 weeks — travel per meeting of
 *   the plan against booking each meeting on its anniversary (nearest working day) routed by
 *   the same engine, and the share of meetings due in the horizon placed before they are due
 *   among those the calendar and the daily cap leave room for;
 * - scale: 12,500 and 125,000 homes in patches of 312.5 homes (40 and 400 patches), seeded by
 *   the seed generator in a child process, then every patch planned for 13 weeks through the
 *   worker pool in another child process, which reports its own time and peak RSS. PGlite in
 *   a data directory by default; `--driver postgres` uses a new database on TEST_DATABASE_URL.
 */
const { values } = parseArgs({
  options: {
    part: { type: 'string', default: 'all' },
    homes: { type: 'string', default: '12500,125000' },
    'homes-per-patch': { type: 'string', default: '312.5' },
    'time-limit-ms': { type: 'string', default: '100' },
    'quality-time-limit-ms': { type: 'string', default: '2000' },
    workers: { type: 'string', default: '2' },
    'data-dir': { type: 'string' },
    driver: { type: 'string', default: 'pglite' },
    'database-url': { type: 'string' },
  },
});
const TODAY = '2026-11-23';
const NOW = new Date(`${TODAY}T09:00:00Z`);
const request = { horizonWeeks: 13, dailyCap: 5 };
const workers = Number(values.workers);
const here = path.dirname(fileURLToPath(import.meta.url));
const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const mb = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function quality() {
  const database = await createTestDatabase('pglite');
  const pool = createRoutingPool({ size: workers });
  try {
    await seedDatabase(database.db, { homes: 3000, seed: 1, today: TODAY });
    const patchRows = await database.db
      .select({ id: patches.id, name: patches.name })
      .from(patches)
      .orderBy(asc(patches.name));
    const timeLimitMs = Number(values['quality-time-limit-ms']);
    const totals = { plannerKm: 0, plannerVisits: 0, baseKm: 0, baseVisits: 0 };
    const due = {
      inHorizon: 0,
      noticeTooLate: 0,
      roomFor: 0,
      beforeDue: 0,
      overdue: 0,
      overduePlaced: 0,
    };
    const waits: number[] = [];
    let onGrid = 0;
    let onFive = 0;
    let proposed = 0;
    const rows: string[] = [];
    const results = await Promise.all(
      patchRows.map(async (patch) => {
        const setup = await loadPlanSetup(database.db, patch.id, NOW, request);
        const plan: PlanResult = await pool.plan(setup.input, { seed: 1, timeLimitMs });
        return { patch, setup, plan };
      }),
    );
    for (const { patch, setup, plan } of results) {
      const input = setup.input;
      const baseline = anniversaryBaseline(input, { seed: 1 });
      const placed = new Map(plan.days.flatMap((d) => d.visits.map((v) => [v.tenancyId, v])));
      const unplaced = new Map(plan.unplaced.map((u) => [u.tenancyId, u.reason]));
      for (const meeting of input.meetings) {
        if (meeting.dueOn < input.from) {
          due.overdue += 1;
          const visit = placed.get(meeting.tenancyId);
          if (visit) {
            due.overduePlaced += 1;
            const first = meetingRange(meeting, input).firstDay;
            waits.push(Temporal.PlainDate.from(first).until(visit.date).days);
          }
          continue;
        }
        due.inHorizon += 1;
        // Notice in the tenant's format cannot reach them before it falls due: no plan can.
        if (meetingRange(meeting, input).late) {
          due.noticeTooLate += 1;
          continue;
        }
        // Room for it: placed, or refused only because every day it could go on was full.
        const reason = unplaced.get(meeting.tenancyId);
        if (reason && !/full/.test(reason)) continue;
        due.roomFor += 1;
        const visit = placed.get(meeting.tenancyId);
        if (visit && !visit.late && visit.date <= meeting.dueOn) due.beforeDue += 1;
      }
      for (const visit of placed.values()) {
        if (visit.kind !== 'proposed') continue;
        proposed += 1;
        if (Number(visit.startTime.slice(3, 5)) % 15 === 0) onGrid += 1;
        else if (Number(visit.startTime.slice(3, 5)) % 5 === 0) onFive += 1;
      }
      totals.plannerKm += plan.travelKm;
      totals.plannerVisits += plan.visitCount;
      totals.baseKm += baseline.travelKm;
      totals.baseVisits += baseline.visitCount;
      rows.push(
        `  ${patch.name.padEnd(20)} meetings=${String(input.meetings.length).padStart(3)} fixed=${String(input.fixed.length).padStart(2)} ` +
          `planner: ${plan.visitCount} visits ${(plan.travelKmPerVisit ?? 0).toFixed(2)} km/visit on ${plan.days.length} days, ${plan.unplaced.length} unplaced | ` +
          `baseline: ${baseline.visitCount} visits ${(baseline.travelKmPerVisit ?? 0).toFixed(2)} km/visit on ${baseline.days} days`,
      );
    }
    const plannerPer = totals.plannerKm / totals.plannerVisits;
    const basePer = totals.baseKm / totals.baseVisits;
    console.log(
      `quality: demo borough, 13 weeks from ${TODAY}, cap 5, ${timeLimitMs} ms per patch`,
    );
    for (const row of rows) console.log(row);
    console.log(
      `planner_km_per_meeting=${plannerPer.toFixed(2)} baseline_km_per_meeting=${basePer.toFixed(2)} ` +
        `reduction=${((1 - plannerPer / basePer) * 100).toFixed(1)}% ` +
        `due_in_horizon=${due.inHorizon} notice_cannot_reach_before_due=${due.noticeTooLate} with_room=${due.roomFor} placed_before_due=${due.beforeDue} ` +
        `(${((100 * due.beforeDue) / Math.max(1, due.roomFor)).toFixed(1)}%) ` +
        `overdue=${due.overdue} overdue_placed=${due.overduePlaced} ` +
        `overdue_median_days_after_first_possible=${waits.sort((a, b) => a - b)[Math.floor(waits.length / 2)] ?? 0} ` +
        `proposed=${proposed} on_quarter_hour=${onGrid} on_5_minutes=${onFive}`,
    );
  } finally {
    await pool.close();
    await database.close();
  }
}

/** Runs in a child process on a seeded database, so its RSS is planning's alone. */
async function scaleRun() {
  const handle = await createDatabase(
    values['database-url']
      ? { url: values['database-url'] }
      : { dataDir: path.join(values['data-dir'] ?? '', 'pglite') },
  );
  const pool = createRoutingPool({ size: workers });
  try {
    const ids = (
      await handle.db.select({ id: patches.id }).from(patches).orderBy(asc(patches.name))
    ).map((p) => p.id);
    // Start the workers (tsx compiles the domain package in each) before the clock starts.
    const warming = performance.now();
    await Promise.all(
      Array.from({ length: workers }, () =>
        pool.plan({
          from: TODAY,
          to: TODAY,
          base: { latitude: 53.4, longitude: -2.8 },
          workingHours: { start: '09:00', end: '17:00' },
          dailyCap: 1,
          leave: [],
          commitments: [],
          fixed: [],
          lockedDays: [],
          meetings: [],
        }),
      ),
    );
    const warmSeconds = (performance.now() - warming) / 1000;
    const rssBefore = mb();
    const started = performance.now();
    const result = await planPatches(
      handle.db,
      { planner: pool, planTimeLimitMs: Number(values['time-limit-ms']), responseWorkingDays: 10 },
      ids,
      NOW,
      request,
      null,
    );
    const seconds = (performance.now() - started) / 1000;
    const placed = result.plans.reduce((sum, p) => sum + p.placed, 0);
    const unplaced = result.plans.reduce((sum, p) => sum + p.unplaced, 0);
    const km = result.plans.reduce((sum, p) => sum + p.travelKm, 0);
    console.log(
      `patches=${ids.length} planned=${result.plans.length} skipped=${result.skipped.length} ` +
        `visits=${placed} unplaced=${unplaced} km_per_visit=${(km / Math.max(1, placed)).toFixed(2)} ` +
        `pool_start_s=${warmSeconds.toFixed(1)} seconds=${seconds.toFixed(1)} rss_before_mb=${rssBefore} peak_rss_mb=${mb()}`,
    );
  } finally {
    await pool.close();
    await handle.close();
  }
}

/** A data set of `homes` homes, seeded by the seed command in a child process. */
async function seeded(homes: number) {
  const server =
    values.driver === 'postgres' ? await createTestDatabase('postgres', { migrate: true }) : null;
  const dir = mkdtempSync(path.join(tmpdir(), 'doorstep-planning-'));
  const started = performance.now();
  execFileSync(
    process.execPath,
    [
      tsx,
      path.join(here, '../../../packages/db/src/seed/cli.ts'),
      ...['--homes', String(homes), '--seed', '7', '--today', TODAY],
      ...['--homes-per-patch', values['homes-per-patch'], '--data-dir', dir],
    ],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DATABASE_URL: server?.url ?? '' },
    },
  );
  return {
    seconds: (performance.now() - started) / 1000,
    target: server?.url ? ['--database-url', server.url] : ['--data-dir', dir],
    async drop() {
      rmSync(dir, { recursive: true, force: true });
      await server?.close();
    },
  };
}

async function scale() {
  for (const homes of values.homes.split(',').map(Number)) {
    const data = await seeded(homes);
    try {
      const line = execFileSync(
        process.execPath,
        [
          tsx,
          fileURLToPath(import.meta.url),
          ...['--part', 'scale-run', ...data.target],
          ...['--time-limit-ms', values['time-limit-ms'], '--workers', values.workers],
        ],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
      ).trim();
      console.log(
        `scale: driver=${values.driver} homes=${homes} seed_s=${data.seconds.toFixed(1)} ` +
          `time_limit_ms=${values['time-limit-ms']} workers=${workers} ${line}`,
      );
    } finally {
      await data.drop();
    }
  }
}

if (values.part === 'scale-run') await scaleRun();
else {
  if (values.part === 'all' || values.part === 'quality') await quality();
  if (values.part === 'all' || values.part === 'scale') await scale();
}
