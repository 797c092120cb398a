import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { DayOutput, RecordOutcomeInput } from '../day/types';

/** An outcome saved on the phone: sent in `order`, always with its own idempotency key. */
export interface QueuedOutcome {
  /** The idempotency key the outcome was first saved with: the item's name in the queue. */
  id: string;
  staffId: string;
  input: RecordOutcomeInput;
  /**
   * pending: waiting to send; sending: handed to the network (if the phone dies meanwhile,
   * sent again with the same key, and the server applies it once); conflict: the visit was
   * changed or removed in the office; failed: refused for another reason, e.g. the time.
   */
  status: 'pending' | 'sending' | 'conflict' | 'failed';
  /** Why it is not sent yet, in words for the advisor (the server's own words when it refused). */
  reason: string | null;
  attempts: number;
  createdAt: string;
  order: number;
}

export interface SavedDay {
  key: string;
  staffId: string;
  date: string;
  days: number;
  savedAt: string;
  data: DayOutput;
}

/** Who the offline data belongs to, and when their session ends whatever happens. */
export interface OfflineSession {
  staffId: string;
  absoluteEndsAt: string | null;
}

interface OfflineSchema extends DBSchema {
  days: { key: string; value: SavedDay; indexes: { byStaff: string } };
  outbox: { key: string; value: QueuedOutcome; indexes: { byOrder: number } };
  session: { key: 'current'; value: OfflineSession };
}

export type OfflineDb = IDBPDatabase<OfflineSchema>;

export const DATABASE_NAME = 'doorstep-offline';

export function openOfflineDb(name = DATABASE_NAME): Promise<OfflineDb> {
  return openDB<OfflineSchema>(name, 1, {
    upgrade(db) {
      db.createObjectStore('days', { keyPath: 'key' }).createIndex('byStaff', 'staffId');
      db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('byOrder', 'order');
      db.createObjectStore('session');
    },
  });
}

export const dayKey = (staffId: string, date: string, days: number) => `${staffId}|${date}|${days}`;

export async function saveDay(db: OfflineDb, day: Omit<SavedDay, 'key'>) {
  await db.put('days', { ...day, key: dayKey(day.staffId, day.date, day.days) });
}

export const readDay = (db: OfflineDb, staffId: string, date: string, days: number) =>
  db.get('days', dayKey(staffId, date, days));

/** Everything in the queue, first saved first. */
export const readOutbox = (db: OfflineDb) => db.getAllFromIndex('outbox', 'byOrder');

/** Every store emptied in one transaction: nothing of one person is left for the next. */
export async function clearAll(db: OfflineDb) {
  const tx = db.transaction(['days', 'outbox', 'session'], 'readwrite');
  await Promise.all([
    tx.objectStore('days').clear(),
    tx.objectStore('outbox').clear(),
    tx.objectStore('session').clear(),
    tx.done,
  ]);
}
