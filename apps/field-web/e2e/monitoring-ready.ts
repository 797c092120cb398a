import { type Database, monitoringRuns } from '@doorstep/db';
import { isNotNull } from 'drizzle-orm';

/**
 * A server with no figures for today computes them as it starts, and on embedded PGlite that
 * run shares the one connection with every request. Tests wait for it, so their first page
 * is not timed against two years of demo history being counted.
 */
export async function untilFiguresComputed(db: Database, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const [run] = await db
      .select({ id: monitoringRuns.id })
      .from(monitoringRuns)
      .where(isNotNull(monitoringRuns.finishedAt))
      .limit(1);
    if (run) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `The server did not finish computing the monitoring figures within ${timeoutMs / 1000} s of starting.`,
  );
}
