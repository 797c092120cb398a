import { type Database, notices, selectRows } from '@doorstep/db';
import { sql } from 'drizzle-orm';

export type OutboxNotice = typeof notices.$inferSelect;

/** A failure that trying again cannot fix, e.g. no email address for an email customer. */
export class PermanentDeliveryError extends Error {
  override readonly name = 'PermanentDeliveryError';
}

export interface OutboxOptions {
  db: Database;
  /** Sends one notice; throws to fail the attempt. A note comes back for staff to see. */
  deliver: (notice: OutboxNotice) => Promise<unknown>;
  now?: () => Date;
  batchSize?: number;
  maxAttempts?: number;
  /** Wait before attempt n + 1 after n failures. Default 1, 2, 4 … minutes, at most 6 hours. */
  backoffMs?: (failures: number) => number;
  /** How long a claimed notice may stay "sending" before the recovery rule applies. */
  leaseMs?: number;
  /** Called after a successful send and before it is marked sent (crash tests use it). */
  afterSend?: (notice: OutboxNotice) => void;
  /** Work that queues notices (e.g. reminders), run at the start of every round. */
  beforeRound?: (at: Date) => Promise<unknown>;
}

/** A delivery may hand back `{ note }` for staff (e.g. sent in English for want of a translation). */
const noteOf = (outcome: unknown): string | null =>
  typeof outcome === 'object' && outcome !== null && 'note' in outcome
    ? String(outcome.note)
    : null;

const defaultBackoff = (failures: number) => Math.min(60_000 * 2 ** (failures - 1), 6 * 3_600_000);

/**
 * Delivers due notices. Several workers (or API replicas) can run at once: each claims its
 * batch with FOR UPDATE SKIP LOCKED, so no notice is taken twice.
 *
 * Crash safety is "sent-marker first": a notice is marked `sending` and committed before
 * the transport is called, and marked `sent` after. A worker that dies in between leaves it
 * `sending`; after the lease, the recovery rule does NOT send it again (it may have gone
 * out: SMTP offers no idempotency key a mailbox honours) but fails it with a problem for
 * staff to check. A notice is therefore never sent twice, and never lost silently.
 */
export function createOutboxWorker(options: OutboxOptions) {
  const now = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? 50;
  const maxAttempts = options.maxAttempts ?? 6;
  const backoff = options.backoffMs ?? defaultBackoff;
  const leaseMs = options.leaseMs ?? 10 * 60_000;
  const { db } = options;

  async function recoverAbandoned(at: Date): Promise<number> {
    const rows = await selectRows<{ id: string }>(
      db,
      sql`update ${notices} set status = 'failed',
            problem = 'Delivery was interrupted and may or may not have happened. Check with the customer before sending again.'
          where status = 'sending' and claimed_at < ${new Date(at.getTime() - leaseMs)}
          returning id`,
    );
    return rows.length;
  }

  async function claim(at: Date): Promise<OutboxNotice[]> {
    const ids = await selectRows<{ id: string }>(
      db,
      sql`update ${notices} set status = 'sending', claimed_at = ${at}, attempts = attempts + 1
          where id in (
            select id from ${notices}
            where status = 'pending' and next_attempt_at <= ${at}
            order by send_by asc nulls last, created_at asc
            limit ${batchSize}
            for update skip locked)
          returning id`,
    );
    if (ids.length === 0) return [];
    return db
      .select()
      .from(notices)
      .where(
        sql`${notices.id} in (${sql.join(
          ids.map((row) => sql`${row.id}`),
          sql`, `,
        )})`,
      );
  }

  async function settle(notice: OutboxNotice, error: unknown, at: Date) {
    const problem = error instanceof Error ? error.message : String(error);
    const final = error instanceof PermanentDeliveryError || notice.attempts >= maxAttempts;
    await db
      .update(notices)
      .set(
        final
          ? { status: 'failed', problem }
          : {
              status: 'pending',
              problem,
              nextAttemptAt: new Date(at.getTime() + backoff(notice.attempts)),
            },
      )
      .where(sql`${notices.id} = ${notice.id}`);
    return final;
  }

  async function runOnce() {
    const at = now();
    await options.beforeRound?.(at);
    const result = { sent: 0, retrying: 0, failed: 0, recovered: await recoverAbandoned(at) };
    for (const notice of await claim(at)) {
      let outcome: unknown;
      try {
        outcome = await options.deliver(notice);
      } catch (error) {
        if (await settle(notice, error, at)) result.failed += 1;
        else result.retrying += 1;
        continue;
      }
      options.afterSend?.(notice);
      await db
        .update(notices)
        .set({ status: 'sent', sentAt: now(), problem: noteOf(outcome) })
        .where(sql`${notices.id} = ${notice.id}`);
      result.sent += 1;
    }
    return result;
  }

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  return {
    runOnce,
    /** Polls every `intervalMs` until `stop()`; a slow round delays the next, never overlaps it. */
    start(intervalMs = 5_000) {
      const tick = () => {
        running = runOnce()
          .catch(() => undefined)
          .finally(() => {
            if (timer) timer = setTimeout(tick, intervalMs);
          });
      };
      timer = setTimeout(tick, 0);
    },
    async stop() {
      const pending = timer;
      timer = undefined;
      if (pending) clearTimeout(pending);
      await running;
    },
  };
}
