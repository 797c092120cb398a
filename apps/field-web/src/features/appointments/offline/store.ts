import type { AppRouter } from '@doorstep/api';
import type { inferRouterOutputs } from '@trpc/server';
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { MeetingRecordInput, RecordForm } from '../../living-well/record/types';
import type { DayOutput, RecordOutcomeInput } from '../day/types';

type Outputs = inferRouterOutputs<AppRouter>;
/** What the server said when it took a visit outcome: the next step and any rebook link. */
export type RecordOutcomeAnswer = Outputs['appointments']['recordOutcome'];
/** What the server said when it took a meeting record: when the next one falls due. */
export type MeetingRecordAnswer = Outputs['livingWell']['record'];

/** What every item saved on the phone has, whatever it records. */
interface QueuedBase {
  /** The idempotency key the item was first saved with: its name in the queue. */
  id: string;
  staffId: string;
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

/**
 * A visit outcome saved on the phone: sent in `order`, always with its own idempotency key.
 * Saved before meeting records were queued too, such items have no `kind`.
 */
export interface QueuedOutcome extends QueuedBase {
  kind?: 'outcome';
  input: RecordOutcomeInput;
}

/** A Living Well meeting record saved on the phone, in the same queue as the outcomes. */
export interface QueuedMeeting extends QueuedBase {
  kind: 'meeting';
  input: MeetingRecordInput;
}

export type QueuedItem = QueuedOutcome | QueuedMeeting;

export const isMeeting = (item: QueuedItem): item is QueuedMeeting => item.kind === 'meeting';

/** An item the server took, kept a while with its answer, so the page shows the server's words. */
export type SentItem =
  | {
      kind: 'outcome';
      id: string;
      staffId: string;
      input: RecordOutcomeInput;
      answer: RecordOutcomeAnswer | null;
      sentAt: string;
      order: number;
    }
  | {
      kind: 'meeting';
      id: string;
      staffId: string;
      input: MeetingRecordInput;
      answer: MeetingRecordAnswer | null;
      sentAt: string;
      order: number;
    };

/** How many sent items are kept: enough for a day's visits. */
export const SENT_KEPT = 50;

/** The record form of a Living Well visit kept for the day, so it opens without signal. */
export interface SavedRecordForm {
  key: string;
  staffId: string;
  tenancyId: string;
  savedAt: string;
  data: RecordForm;
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
  outbox: { key: string; value: QueuedItem; indexes: { byOrder: number } };
  session: { key: 'current'; value: OfflineSession };
  sent: { key: string; value: SentItem; indexes: { byOrder: number } };
  recordForms: { key: string; value: SavedRecordForm; indexes: { byStaff: string } };
}

export type OfflineDb = IDBPDatabase<OfflineSchema>;

export const DATABASE_NAME = 'doorstep-offline';

export function openOfflineDb(name = DATABASE_NAME): Promise<OfflineDb> {
  return openDB<OfflineSchema>(name, 2, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('days', { keyPath: 'key' }).createIndex('byStaff', 'staffId');
        db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('byOrder', 'order');
        db.createObjectStore('session');
      }
      if (oldVersion < 2) {
        db.createObjectStore('sent', { keyPath: 'id' }).createIndex('byOrder', 'order');
        db.createObjectStore('recordForms', { keyPath: 'key' }).createIndex('byStaff', 'staffId');
      }
    },
  });
}

export const dayKey = (staffId: string, date: string, days: number) => `${staffId}|${date}|${days}`;

export async function saveDay(db: OfflineDb, day: Omit<SavedDay, 'key'>) {
  await db.put('days', { ...day, key: dayKey(day.staffId, day.date, day.days) });
}

export const readDay = (db: OfflineDb, staffId: string, date: string, days: number) =>
  db.get('days', dayKey(staffId, date, days));

export const recordFormKey = (staffId: string, tenancyId: string) => `${staffId}|${tenancyId}`;

export async function saveRecordForm(db: OfflineDb, form: Omit<SavedRecordForm, 'key'>) {
  await db.put('recordForms', { ...form, key: recordFormKey(form.staffId, form.tenancyId) });
}

export const readRecordForm = (db: OfflineDb, staffId: string, tenancyId: string) =>
  db.get('recordForms', recordFormKey(staffId, tenancyId));

/** Everything in the queue, first saved first. */
export const readOutbox = (db: OfflineDb) => db.getAllFromIndex('outbox', 'byOrder');

/** What the server took lately, first sent first. */
export const readSent = (db: OfflineDb) => db.getAllFromIndex('sent', 'byOrder');

/**
 * A sent item leaves the queue and joins the sent ones in one transaction (never both, never
 * neither); the oldest sent go once more than SENT_KEPT are kept.
 */
export async function markSent(db: OfflineDb, sent: SentItem) {
  const tx = db.transaction(['outbox', 'sent'], 'readwrite');
  const done = tx.done;
  await tx.objectStore('outbox').delete(sent.id);
  const store = tx.objectStore('sent');
  const last = await store.index('byOrder').openCursor(null, 'prev');
  await store.put({ ...sent, order: (last?.value.order ?? 0) + 1 });
  let extra = (await store.count()) - SENT_KEPT;
  let cursor = await store.index('byOrder').openCursor();
  while (cursor && extra > 0) {
    await cursor.delete();
    extra -= 1;
    cursor = await cursor.continue();
  }
  await done;
}

/** Every store emptied in one transaction: nothing of one person is left for the next. */
export async function clearAll(db: OfflineDb) {
  const stores = ['days', 'outbox', 'session', 'sent', 'recordForms'] as const;
  const tx = db.transaction(stores, 'readwrite');
  await Promise.all([...stores.map((name) => tx.objectStore(name).clear()), tx.done]);
}
