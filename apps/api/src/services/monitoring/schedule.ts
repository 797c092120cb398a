import type { Database } from '@doorstep/db';
import { londonDate, londonDateTime } from '@doorstep/domain';
import { refreshMonitoring } from './refresh';
import { latestRun } from './runs';

/** Before the working day, after the night's outcomes and notices are in. */
export const DAILY_REFRESH_TIME = '05:00';

/** The next 05:00 in London after `now` (a GMT or BST 05:00 as the date has it). */
export function nextDailyRefresh(now: Date): Date {
  const today = londonDate(now);
  const at = londonDateTime(today, DAILY_REFRESH_TIME);
  if (at.epochMilliseconds > now.getTime()) return new Date(at.epochMilliseconds);
  const tomorrow = at.toPlainDate().add({ days: 1 }).toString();
  return new Date(londonDateTime(tomorrow, DAILY_REFRESH_TIME).epochMilliseconds);
}

export interface DailyRefresh {
  /** Stops the timer and any refresh under way (nothing of it is kept). */
  stop(): Promise<void>;
}

interface Logger {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

/**
 * Keeps the figures a day old at most: a refresh at once when the newest run is not today's
 * (a server started after a night off), then every day at 05:00 London time.
 */
export function startDailyRefresh(options: {
  db: Database;
  now: () => Date;
  log: Logger;
}): DailyRefresh {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<unknown> = Promise.resolve();

  const refresh = () => {
    current = refreshMonitoring(options.db, { now: options.now(), signal: controller.signal }).then(
      (result) =>
        options.log.info(
          { asOf: result.asOf, records: result.records, figures: result.figures, ms: result.ms },
          'monitoring figures refreshed',
        ),
      (error: unknown) => {
        if (!controller.signal.aborted)
          options.log.error({ err: error }, 'monitoring refresh failed');
      },
    );
    return current;
  };

  const schedule = () => {
    if (controller.signal.aborted) return;
    const delay = Math.max(0, nextDailyRefresh(options.now()).getTime() - options.now().getTime());
    timer = setTimeout(() => {
      void refresh().then(schedule);
    }, delay);
    timer.unref();
  };

  current = latestRun(options.db)
    .then((run) => (run?.asOf === londonDate(options.now()) ? undefined : refresh()))
    .catch((error: unknown) => {
      if (!controller.signal.aborted)
        options.log.error({ err: error }, 'monitoring refresh failed');
    })
    .then(schedule);

  return {
    async stop() {
      controller.abort();
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}
