import { type Database, monitoringFigures, monitoringRuns } from '@doorstep/db';
import { type FigureRow, lastWeeks, londonDate } from '@doorstep/domain';
import { desc, eq, isNotNull, notInArray, sql } from 'drizzle-orm';
import type { RunContext } from './context';
import { Progress } from './paging';
import { loadProfiles } from './profiles';
import { tallyAppointments, tallyNotices } from './source-appointments';
import { tallyContacts, tallyFormatTasks } from './source-contacts';
import { tallyDropIns } from './source-drop-ins';
import { tallyHomes } from './source-homes';
import { tallyTenancies } from './source-tenancies';
import { RunTallies } from './tallies';

/** Runs kept: a week of daily runs, so yesterday's figures can still be compared. */
export const RUNS_KEPT = 7;
/** Figure rows per insert: 8 parameters each, well inside PostgreSQL's 65,535. */
const INSERT_CHUNK = 4_000;

export interface RefreshResult {
  runId: string;
  asOf: string;
  computedAt: string;
  /** Source records read and classified. */
  records: number;
  /** Figure rows written. */
  figures: number;
  ms: number;
}

export interface RefreshOptions {
  now: Date;
  /** Stops a refresh in progress (the server is stopping); nothing of it is kept. */
  signal?: AbortSignal;
}

/** One refresh at a time per database: a second caller waits for the one under way. */
const running = new WeakMap<Database, Promise<RefreshResult>>();

/**
 * Recomputes every figure: reads the source records a page at a time, classifies each with
 * the domain's measures, adds them up, and writes the totals of the run in one transaction,
 * so readers see the previous run until this one is complete.
 */
export function refreshMonitoring(db: Database, options: RefreshOptions): Promise<RefreshResult> {
  const under = running.get(db);
  if (under) return under;
  const work = computeAndWrite(db, options).finally(() => running.delete(db));
  running.set(db, work);
  return work;
}

async function computeAndWrite(db: Database, options: RefreshOptions): Promise<RefreshResult> {
  const started = performance.now();
  const startedAt = new Date();
  const asOf = londonDate(options.now);
  const progress = new Progress(options.signal);
  const firstWeek = lastWeeks(asOf)[0] ?? asOf;
  const run: RunContext = {
    db,
    asOf,
    now: options.now.toISOString(),
    since: new Date(Date.parse(`${firstWeek}T00:00:00Z`) - 86_400_000),
    tallies: new RunTallies(asOf),
    profiles: await loadProfiles(db, asOf, progress),
    progress,
  };
  await tallyTenancies(run);
  await tallyAppointments(run);
  await tallyNotices(run);
  await tallyContacts(run);
  await tallyFormatTasks(run);
  await tallyHomes(run);
  await tallyDropIns(run);
  const rows = run.tallies.rows();
  const { runId, finishedAt } = await writeRun(db, {
    asOf,
    startedAt,
    rows,
    records: progress.records,
    progress,
  });
  // The planner's row estimates for the new run are otherwise stale until autovacuum gets to
  // it, and the summary's read then scans every measure's rows instead of using the index.
  await db.execute(sql`analyze monitoring_figures`);
  return {
    runId,
    asOf,
    computedAt: finishedAt.toISOString(),
    records: progress.records,
    figures: rows.length,
    ms: Math.round(performance.now() - started),
  };
}

async function writeRun(
  db: Database,
  input: { asOf: string; startedAt: Date; rows: FigureRow[]; records: number; progress: Progress },
): Promise<{ runId: string; finishedAt: Date }> {
  return db.transaction(async (tx) => {
    const [run] = await tx
      .insert(monitoringRuns)
      .values({ asOf: input.asOf, startedAt: input.startedAt })
      .returning({ id: monitoringRuns.id });
    if (!run) throw new Error('monitoring run insert returned nothing');
    for (let i = 0; i < input.rows.length; i += INSERT_CHUNK) {
      input.progress.check();
      await tx
        .insert(monitoringFigures)
        .values(input.rows.slice(i, i + INSERT_CHUNK).map((row) => ({ runId: run.id, ...row })));
    }
    const finishedAt = new Date();
    await tx
      .update(monitoringRuns)
      .set({ finishedAt, recordCount: input.records })
      .where(eq(monitoringRuns.id, run.id));
    const kept = tx
      .select({ id: monitoringRuns.id })
      .from(monitoringRuns)
      .where(isNotNull(monitoringRuns.finishedAt))
      .orderBy(desc(monitoringRuns.finishedAt))
      .limit(RUNS_KEPT);
    await tx.delete(monitoringRuns).where(notInArray(monitoringRuns.id, kept));
    return { runId: run.id, finishedAt };
  });
}
