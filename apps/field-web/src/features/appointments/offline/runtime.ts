import { makeTRPCClient } from '../../../trpc';
import { londonToday, shiftDate } from '../day/format';
import { Outbox } from './outbox';
import {
  fetchDay,
  fetchRecordForm,
  fetchSessionEnd,
  isNoSignal,
  meetingSender,
  networkSender,
} from './send';
import { offlineStaff } from './staff';
import {
  clearAll,
  DATABASE_NAME,
  type OfflineDb,
  type OfflineSession,
  openOfflineDb,
  readRecordForm,
  saveDay,
  saveRecordForm,
} from './store';

/**
 * The app's one offline store and outbox, shared by every page and tab of this browser: the
 * outbox must not be two queues, and sign-out must find everything.
 */
let client: ReturnType<typeof makeTRPCClient> | null = null;
const api = () => {
  client ??= makeTRPCClient();
  return client;
};

let opened: Promise<OfflineDb> | null = null;
export const offlineDb = () => {
  opened ??= openOfflineDb(DATABASE_NAME);
  return opened;
};

/** Pages showing a day hear when the kept days change: after a sync, after clearing. */
const dayListeners = new Set<() => void>();
export function onDaysChanged(listener: () => void) {
  dayListeners.add(listener);
  return () => dayListeners.delete(listener);
}
const daysChanged = () => {
  for (const listener of dayListeners) listener();
};

/** Web Locks where the browser has them: one sync at a time across tabs as well. */
const exclusive = <T>(run: () => Promise<T>): Promise<T> =>
  typeof navigator !== 'undefined' && navigator.locks
    ? (navigator.locks.request('doorstep-outbox', run) as Promise<T>)
    : run();

export const outbox = new Outbox({
  db: offlineDb,
  send: (input) => networkSender(api())(input),
  sendMeeting: (input) => meetingSender(api())(input),
  staffId: offlineStaff.get,
  onSent: () => refreshDays(),
  exclusive,
  // 1 s, 2 s, 4 s … up to a minute; with no signal at all, the browser's "online" event instead.
  retryDelay: (failures) =>
    navigator.onLine === false ? null : Math.min(60_000, 1000 * 2 ** (failures - 1)),
});

/** Only today's and tomorrow's single days are kept on the phone: what a day out needs. */
export function keepsDay(date: string, days: number, now = new Date()) {
  const today = londonToday(now);
  return days === 1 && (date === today || date === shiftDate(today, 1));
}

/** A kept record form younger than this is not fetched again: each read is audited. */
const RECORD_FORM_FRESH_MS = 60 * 60_000;

/**
 * Fetches today and tomorrow and keeps them, with the record form of each Living Well visit
 * in them still to be held; quietly does nothing without signal.
 */
export async function refreshDays(now = new Date()) {
  const who = offlineStaff.get();
  if (!who) return;
  const today = londonToday(now);
  const days = await Promise.all(
    [today, shiftDate(today, 1)].map(async (date) => {
      try {
        const data = await fetchDay(api(), date, 1);
        if (offlineStaff.get() !== who) return null;
        await saveDay(await offlineDb(), {
          staffId: who,
          date,
          days: 1,
          data,
          savedAt: new Date().toISOString(),
        });
        return data;
      } catch {
        // Without signal the copy already kept stays; it is refreshed at the next sync.
        return null;
      }
    }),
  );
  const tenancies = days.flatMap(
    (day) =>
      day?.visits.flatMap((visit) =>
        visit.livingWellTenancyId && visit.status === 'booked' ? [visit.livingWellTenancyId] : [],
      ) ?? [],
  );
  await keepRecordForms(who, [...new Set(tenancies)], now);
  daysChanged();
}

async function keepRecordForms(who: string, tenancyIds: string[], now: Date) {
  const db = await offlineDb();
  await Promise.all(
    tenancyIds.map(async (tenancyId) => {
      const kept = await readRecordForm(db, who, tenancyId);
      if (kept && now.getTime() - Date.parse(kept.savedAt) < RECORD_FORM_FRESH_MS) return;
      try {
        const data = await fetchRecordForm(api(), tenancyId);
        if (offlineStaff.get() !== who) return;
        await saveRecordForm(db, { staffId: who, tenancyId, data, savedAt: now.toISOString() });
      } catch {
        // Kept as it was; without a copy the record opens only with signal.
      }
    }),
  );
}

/** The record form as the server gave it: kept on the phone when there is no signal. */
export async function loadRecordForm(tenancyId: string) {
  try {
    const data = await fetchRecordForm(api(), tenancyId);
    return { data, source: 'network' as const, savedAt: null };
  } catch (error) {
    const who = offlineStaff.get();
    // Only without signal (or with the server down): a refusal stands, it is not worked round.
    const kept =
      who && isNoSignal(error) ? await readRecordForm(await offlineDb(), who, tenancyId) : null;
    if (!kept) throw error;
    return { data: kept.data, source: 'cache' as const, savedAt: kept.savedAt };
  }
}

/** Everything kept on this phone for offline use goes: days, unsent outcomes, the session. */
export async function clearOfflineData() {
  stopTimers();
  offlineStaff.set(null);
  outbox.reset();
  await clearAll(await offlineDb());
  daysChanged();
}

const isPast = (session: OfflineSession | undefined, now: Date) =>
  Boolean(session?.absoluteEndsAt && Date.parse(session.absoluteEndsAt) <= now.getTime());

/** Clears everything once the session's absolute end has passed; true if it did. */
export async function clearIfSessionEnded(now = new Date()) {
  const session = await (await offlineDb()).get('session', 'current');
  if (!isPast(session, now)) return false;
  await clearOfflineData();
  return true;
}

let stopTimers = () => {};
function startTimers() {
  stopTimers();
  const sync = () => void outbox.sync();
  // Phones sleep through timers: the end of the session is checked often, not scheduled once.
  const check = () =>
    void clearIfSessionEnded().then((cleared) => {
      if (!cleared && navigator.onLine !== false && outbox.getSnapshot().items.length > 0) sync();
    });
  const timer = window.setInterval(check, 30_000);
  window.addEventListener('online', sync);
  document.addEventListener('visibilitychange', check);
  stopTimers = () => {
    window.clearInterval(timer);
    window.removeEventListener('online', sync);
    document.removeEventListener('visibilitychange', check);
  };
}

/**
 * Signed in, with the server's word for it: keep what this person needs offline. Someone
 * else's data left on the phone goes first.
 */
export async function startOfflineSession(signedIn: string) {
  const db = await offlineDb();
  const kept = await db.get('session', 'current');
  if (kept && kept.staffId !== signedIn) await clearOfflineData();
  if (await clearIfSessionEnded()) return;
  await db.put(
    'session',
    { staffId: signedIn, absoluteEndsAt: kept?.absoluteEndsAt ?? null },
    'current',
  );
  offlineStaff.set(signedIn);
  startTimers();
  await outbox.load();
  void outbox.sync();
  void refreshDays();
  try {
    const absoluteEndsAt = await fetchSessionEnd(api());
    if (offlineStaff.get() === signedIn) {
      await db.put('session', { staffId: signedIn, absoluteEndsAt }, 'current');
    }
  } catch {
    // Asked again at the next start; until then the end kept from last time applies.
  }
}

/**
 * No answer from the server (no signal): carry on as the person last signed in on this
 * phone, unless their session has passed its absolute end. Returns who, or null.
 */
export async function resumeOfflineSession(): Promise<string | null> {
  const current = offlineStaff.get();
  if (current) return current;
  if (await clearIfSessionEnded()) return null;
  const kept = await (await offlineDb()).get('session', 'current');
  if (!kept) return null;
  offlineStaff.set(kept.staffId);
  startTimers();
  await outbox.load();
  return kept.staffId;
}
