import type { MeetingRecordInput } from '../../living-well/record/types';
import type { RecordOutcomeInput } from '../day/types';
import {
  isMeeting,
  type MeetingRecordAnswer,
  markSent,
  type OfflineDb,
  type QueuedItem,
  type QueuedMeeting,
  type QueuedOutcome,
  type RecordOutcomeAnswer,
  readOutbox,
  readSent,
  type SentItem,
} from './store';

/**
 * What became of one send. `conflict`: the visit changed or went in the office (the server's
 * words say how); `refused`: the server will not take it as it is (e.g. the time); `signed-out`:
 * the session has ended; `unavailable`: no signal or the server is down, so try again later.
 */
export type SendResult<Answer = never> =
  | { ok: true; answer?: Answer }
  | { ok: false; kind: 'conflict' | 'refused' | 'signed-out' | 'unavailable'; reason: string };

export type Sender = (input: RecordOutcomeInput) => Promise<SendResult<RecordOutcomeAnswer>>;
export type MeetingSender = (input: MeetingRecordInput) => Promise<SendResult<MeetingRecordAnswer>>;

export interface OutboxSnapshot {
  /** Waiting, sending, or stopped by a conflict or a refusal: everything not yet taken. */
  items: QueuedItem[];
  /** The latest taken by the server, with its answer. */
  sent: SentItem[];
  syncing: boolean;
  /** The server said the session has ended: everything is kept until the advisor signs in. */
  needsSignIn: boolean;
}

export interface OutboxOptions {
  db: () => Promise<OfflineDb>;
  send: Sender;
  sendMeeting: MeetingSender;
  /** Whose outcomes these are: nothing is sent for anyone else. */
  staffId: () => string | null;
  now?: () => Date;
  newKey?: () => string;
  /** After a run that sent something: refresh what is kept of the days. */
  onSent?: () => unknown;
  /**
   * How long to wait before trying again after the network or server failed, by how many runs
   * in a row have failed; null: wait for something else (the browser going online) instead.
   */
  retryDelay?: (failures: number) => number | null;
  /** Runs one sync at a time across tabs (Web Locks); within a tab the outbox queues runs itself. */
  exclusive?: <T>(run: () => Promise<T>) => Promise<T>;
}

export const NO_SIGNAL =
  'No connection. Saved on this phone; it will be sent when there is signal.';

/**
 * The queue of visit outcomes and meeting records made on the phone. Every item is written to
 * IndexedDB before anything else, then sent in the order it was saved, one sync at a time, each with the
 * idempotency key it was saved with, so a send that was interrupted and repeated is applied
 * once by the server.
 */
export class Outbox {
  private snapshot: OutboxSnapshot = { items: [], sent: [], syncing: false, needsSignIn: false };
  private readonly listeners = new Set<() => void>();
  private running: Promise<void> | null = null;
  private again = false;
  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: OutboxOptions) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  private set(changes: Partial<OutboxSnapshot>) {
    this.snapshot = { ...this.snapshot, ...changes };
    for (const listener of this.listeners) listener();
  }

  /** Reads the queue again from IndexedDB: this person's items only. */
  async load() {
    const staffId = this.options.staffId();
    if (!staffId) {
      this.set({ items: [], sent: [] });
      return [];
    }
    const db = await this.options.db();
    const mine = <T extends { staffId: string }>(rows: T[]) =>
      rows.filter((row) => row.staffId === staffId);
    const items = mine(await readOutbox(db));
    this.set({ items, sent: mine(await readSent(db)) });
    return items;
  }

  /** Saves the outcome on the phone first; sending is tried straight after, and may wait. */
  enqueue(input: RecordOutcomeInput): Promise<QueuedOutcome> {
    return this.add({ kind: 'outcome', input });
  }

  /** Saves the meeting record on the phone first, in the same queue as the outcomes. */
  enqueueMeeting(input: MeetingRecordInput): Promise<QueuedMeeting> {
    return this.add({ kind: 'meeting', input });
  }

  private async add<T extends Pick<QueuedItem, 'kind' | 'input'>>(
    what: T,
  ): Promise<T & QueuedItem> {
    const staffId = this.options.staffId();
    if (!staffId) throw new Error('Sign in again to record outcomes on this phone.');
    const db = await this.options.db();
    const tx = db.transaction('outbox', 'readwrite');
    const last = await tx.store.index('byOrder').openCursor(null, 'prev');
    const item = {
      ...what,
      id: what.input.idempotencyKey,
      staffId,
      status: 'pending',
      reason: null,
      attempts: 0,
      createdAt: (this.options.now?.() ?? new Date()).toISOString(),
      order: (last?.value.order ?? 0) + 1,
    } as T & QueuedItem;
    // add, not put: the same key saved twice is one outcome, never two.
    await Promise.all([tx.store.add(item), tx.done]);
    await this.load();
    void this.sync();
    return item;
  }

  /**
   * Sends what is waiting. A second call while a sync runs does not start another: it asks the
   * running one to look again when it ends, so every item is sent by one sync at a time.
   */
  sync(): Promise<void> {
    // Asked for (saved, back online, started): a fresh start, the first retry soon again.
    this.failures = 0;
    clearTimeout(this.retryTimer);
    return this.run();
  }

  private run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const exclusive = this.options.exclusive ?? ((run) => run());
    this.running = (async () => {
      this.set({ syncing: true });
      try {
        let sent = 0;
        let mustWait = false;
        do {
          this.again = false;
          const run = await exclusive(() => this.sendWaiting());
          sent += run.sent;
          mustWait = run.mustWait;
        } while (this.again);
        this.failures = mustWait ? this.failures + 1 : 0;
        if (mustWait) this.retryLater();
        if (sent > 0) await this.options.onSent?.();
      } finally {
        this.running = null;
        this.set({ syncing: false });
      }
    })();
    return this.running;
  }

  /** A lost connection or a busy server: tried again by itself, sooner first, then less often. */
  private retryLater() {
    clearTimeout(this.retryTimer);
    if (this.snapshot.needsSignIn) return;
    const delay = this.options.retryDelay?.(this.failures);
    if (delay == null) return;
    this.retryTimer = setTimeout(() => void this.run(), delay);
  }

  /** One pass through the queue, in order; stops at the first that has to wait. */
  private async sendWaiting(): Promise<{ sent: number; mustWait: boolean }> {
    const db = await this.options.db();
    let sent = 0;
    for (const queued of await this.load()) {
      if (queued.status !== 'pending' && queued.status !== 'sending') continue;
      // Marked before it leaves: if the phone dies now, the next sync sends it again with the
      // same key, and the server answers with what it stored the first time.
      const item: QueuedItem = { ...queued, status: 'sending', attempts: queued.attempts + 1 };
      await db.put('outbox', item);
      const result = await this.send(item).catch(
        (): SendResult<unknown> => ({ ok: false, kind: 'unavailable', reason: NO_SIGNAL }),
      );
      if (result.ok) {
        await markSent(db, this.sentItem(item, result.answer));
        sent += 1;
        if (this.snapshot.needsSignIn) this.set({ needsSignIn: false });
        continue;
      }
      if (result.kind === 'conflict' || result.kind === 'refused') {
        // Kept and shown with the server's words; the advisor decides, nothing is overwritten.
        const status = result.kind === 'conflict' ? 'conflict' : 'failed';
        await db.put('outbox', { ...item, status, reason: result.reason });
        continue;
      }
      await db.put('outbox', { ...item, status: 'pending', reason: result.reason });
      if (result.kind === 'signed-out') this.set({ needsSignIn: true });
      await this.load();
      return { sent, mustWait: true };
    }
    await this.load();
    return { sent, mustWait: false };
  }

  private send(item: QueuedItem): Promise<SendResult<unknown>> {
    return isMeeting(item) ? this.options.sendMeeting(item.input) : this.options.send(item.input);
  }

  private sentItem(item: QueuedItem, answer: unknown): SentItem {
    const sent = {
      id: item.id,
      staffId: item.staffId,
      answer: answer ?? null,
      sentAt: (this.options.now?.() ?? new Date()).toISOString(),
      order: 0,
    };
    return isMeeting(item)
      ? {
          ...sent,
          kind: 'meeting',
          input: item.input,
          answer: sent.answer as MeetingRecordAnswer | null,
        }
      : {
          ...sent,
          kind: 'outcome',
          input: item.input,
          answer: sent.answer as RecordOutcomeAnswer | null,
        };
  }

  /**
   * Sends a conflict or refused item again after the advisor has looked at it. With the
   * version they have now seen it is a new request, so it gets a new idempotency key.
   */
  async retry(id: string, changes: { expectedVersion?: number } = {}) {
    const db = await this.options.db();
    const item = await db.get('outbox', id);
    if (!item) return;
    const newVersion =
      !isMeeting(item) &&
      changes.expectedVersion !== undefined &&
      changes.expectedVersion !== item.input.expectedVersion;
    const retried: QueuedItem = newVersion
      ? {
          ...item,
          input: {
            ...item.input,
            expectedVersion: changes.expectedVersion as number,
            idempotencyKey: this.options.newKey?.() ?? crypto.randomUUID(),
          },
        }
      : item;
    await db.put('outbox', { ...retried, status: 'pending', reason: null });
    await this.load();
    void this.sync();
  }

  /** The advisor chose to drop an outcome the office's change made wrong. */
  async discard(id: string) {
    await (await this.options.db()).delete('outbox', id);
    await this.load();
  }

  /** After the stores were cleared: forget what was shown too. */
  reset() {
    clearTimeout(this.retryTimer);
    this.failures = 0;
    this.set({ items: [], sent: [], needsSignIn: false });
  }
}
