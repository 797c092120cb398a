import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  createDatabase,
  type DatabaseHandle,
  patches,
  runMigrations,
  selectRows,
} from '@doorstep/db';
import { isDatabaseEmpty, seedDatabase } from '@doorstep/db/seed';
import { createTestDatabase } from '@doorstep/db/testing';
import { measureDefinitions, rateMeasures } from '@doorstep/domain';
import { asc, sql } from 'drizzle-orm';
import {
  monitoringFairness,
  monitoringSummary,
  refreshMonitoring,
} from '../src/services/monitoring';

/**
 * `npm run bench:monitoring [-- --homes 125000 --driver postgres|pglite --database-url URL]`:
 * - seed: the homes with two years of history, in a child process (seconds, rows, RSS);
 * - refresh: one monitoring run over all of it, in another child process (seconds, peak RSS);
 * - reads: monitoring.summary and monitoring.fairness (every rate measure with a fairness
 *   table), organisation-wide and for one patch, 20 times each (median and max ms), and the
 *   query plan of the figures lookup.
 * PostgreSQL by default, in a new database on TEST_DATABASE_URL (127.0.0.1:5432 as postgres
 * when unset), dropped afterwards; `--database-url` uses that database and keeps it, seeding it
 * only when it is empty.
 */
const { values } = parseArgs({
  options: {
    part: { type: 'string', default: 'all' },
    homes: { type: 'string', default: '125000' },
    seed: { type: 'string', default: '7' },
    driver: { type: 'string', default: 'postgres' },
    'database-url': { type: 'string' },
    'data-dir': { type: 'string' },
    repetitions: { type: 'string', default: '20' },
  },
});
const TODAY = '2026-11-23';
const NOW = new Date(`${TODAY}T06:00:00Z`);
const here = fileURLToPath(import.meta.url);
const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const mb = () => Math.round(process.resourceUsage().maxRSS / 1024);
process.env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';

function open(): Promise<DatabaseHandle> {
  const url = values['database-url'];
  return createDatabase(url ? { url } : { dataDir: path.join(values['data-dir'] ?? '', 'pglite') });
}

/** Child process: seeds the target if it is empty, and prints what that took. */
async function seedPart() {
  const handle = await open();
  try {
    await runMigrations(handle);
    if (!(await isDatabaseEmpty(handle.db))) {
      console.log(JSON.stringify({ seeded: false }));
      return;
    }
    const started = performance.now();
    const counts = await seedDatabase(handle.db, {
      homes: Number(values.homes),
      seed: Number(values.seed),
      today: TODAY,
      historyYears: 2,
    });
    const seconds = (performance.now() - started) / 1000;
    const rows = Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
    console.log(
      JSON.stringify({
        seeded: true,
        seconds: Number(seconds.toFixed(1)),
        rows,
        appointments: counts.appointments + (counts['history.appointments'] ?? 0),
        peakRssMb: mb(),
        counts,
      }),
    );
  } finally {
    await handle.close();
  }
}

/** Child process: one monitoring run, so its peak RSS is the refresh's alone. */
async function refreshPart() {
  const handle = await open();
  try {
    const rssBefore = mb();
    const started = performance.now();
    const result = await refreshMonitoring(handle.db, { now: NOW });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      JSON.stringify({
        seconds: Number(seconds.toFixed(1)),
        records: result.records,
        figureRows: result.figures,
        rssBeforeMb: rssBefore,
        peakRssMb: mb(),
      }),
    );
  } finally {
    await handle.close();
  }
}

async function timed(repetitions: number, run: () => Promise<unknown>) {
  await run();
  const times: number[] = [];
  for (let i = 0; i < repetitions; i += 1) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const middle = Math.floor(times.length / 2);
  const median =
    times.length % 2 ? (times[middle] ?? 0) : ((times[middle - 1] ?? 0) + (times[middle] ?? 0)) / 2;
  return { medianMs: Number(median.toFixed(1)), maxMs: Number((times.at(-1) ?? 0).toFixed(1)) };
}

/** Child process: the dashboard's reads against the newest run. */
async function readsPart() {
  const handle = await open();
  const repetitions = Number(values.repetitions);
  try {
    const [patch] = await handle.db
      .select({ id: patches.id, name: patches.name })
      .from(patches)
      .orderBy(asc(patches.name))
      .limit(1);
    if (!patch) throw new Error('the database has no patches');
    const scopes = [
      { name: 'organisation', patchId: undefined },
      { name: `patch ${patch.name}`, patchId: patch.id },
    ];
    const fairnessMeasures = rateMeasures.filter((id) => measureDefinitions[id].fairness);
    const lines: string[] = [];
    for (const scope of scopes) {
      const summary = await timed(repetitions, () =>
        monitoringSummary(handle.db, { patchId: scope.patchId, now: NOW }),
      );
      lines.push(`summary ${scope.name}: median_ms=${summary.medianMs} max_ms=${summary.maxMs}`);
      for (const measure of fairnessMeasures) {
        const fairness = await timed(repetitions, () =>
          monitoringFairness(handle.db, { measure, patchId: scope.patchId, now: NOW }),
        );
        lines.push(
          `fairness ${measure} ${scope.name}: median_ms=${fairness.medianMs} max_ms=${fairness.maxMs}`,
        );
      }
    }
    const sample = await monitoringSummary(handle.db, { now: NOW });
    lines.push(
      `figures as_of=${sample.asOf}: ` +
        sample.measures
          .map(
            (m) =>
              `${m.id}=${m.rate === null ? m.counted : `${(m.rate * 100).toFixed(1)}%(${m.met}/${m.counted})`}`,
          )
          .join(' '),
    );
    const [run] = await selectRows<{ id: string }>(
      handle.db,
      sql`select id from monitoring_runs where finished_at is not null order by finished_at desc limit 1`,
    );
    for (const [label, query] of [
      [
        'summary lookup (organisation, 12 months)',
        sql`select measure, dimension, group_key, counted, met from monitoring_figures
          where run_id = ${run?.id} and patch_id is null and week_start is null
          and dimension in ('all', 'appointment_type', 'state', 'channel', 'area', 'topic')`,
      ],
      [
        `fairness lookup (first_visit_access, patch ${patch.name})`,
        sql`select dimension, group_key, counted, met from monitoring_figures
          where run_id = ${run?.id} and measure = 'first_visit_access' and patch_id = ${patch.id}
          and week_start is null`,
      ],
    ] as const) {
      const plan = await selectRows<Record<string, string>>(
        handle.db,
        sql`explain (analyze, buffers) ${query}`,
      );
      lines.push(`explain ${label}:`);
      for (const row of plan) lines.push(`  ${Object.values(row)[0]}`);
    }
    const [size] = await selectRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from monitoring_figures where run_id = ${run?.id}`,
    );
    lines.push(`figure rows in the newest run: ${size?.n}`);
    console.log(lines.join('\n'));
  } finally {
    await handle.close();
  }
}

function child(part: string, target: string[]): string {
  return execFileSync(
    process.execPath,
    [
      tsx,
      here,
      '--part',
      part,
      ...target,
      '--homes',
      values.homes,
      '--seed',
      values.seed,
      '--repetitions',
      values.repetitions,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 },
  ).trim();
}

async function all() {
  const driver = values.driver;
  if (driver !== 'postgres' && driver !== 'pglite')
    throw new Error('--driver is postgres or pglite');
  const given = values['database-url'];
  const server =
    driver === 'postgres' && !given
      ? await createTestDatabase('postgres', { migrate: false })
      : null;
  const dir = driver === 'pglite' ? mkdtempSync(path.join(tmpdir(), 'doorstep-monitoring-')) : null;
  const target = dir ? ['--data-dir', dir] : ['--database-url', given ?? server?.url ?? ''];
  try {
    console.log(`driver=${driver} homes=${values.homes} seed=${values.seed} today=${TODAY}`);
    console.log(`seed: ${child('seed', target)}`);
    console.log(`refresh: ${child('refresh', target)}`);
    console.log(child('reads', target));
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
    await server?.close();
  }
}

if (values.part === 'seed') await seedPart();
else if (values.part === 'refresh') await refreshPart();
else if (values.part === 'reads') await readsPart();
else await all();
