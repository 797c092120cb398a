import { type Database, monitoringRuns } from '@doorstep/db';
import { desc, isNotNull } from 'drizzle-orm';

export interface FinishedRun {
  id: string;
  asOf: string;
  finishedAt: Date;
}

/** The run readers use: the newest one whose transaction finished. */
export async function latestRun(db: Database): Promise<FinishedRun | null> {
  const [run] = await db
    .select({
      id: monitoringRuns.id,
      asOf: monitoringRuns.asOf,
      finishedAt: monitoringRuns.finishedAt,
    })
    .from(monitoringRuns)
    .where(isNotNull(monitoringRuns.finishedAt))
    .orderBy(desc(monitoringRuns.finishedAt), desc(monitoringRuns.id))
    .limit(1);
  if (!run?.finishedAt) return null;
  return { id: run.id, asOf: run.asOf, finishedAt: run.finishedAt };
}
