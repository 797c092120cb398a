import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { makeTRPCClient } from '../../../trpc';
import type { DayOutput } from '../day/types';
import { keepsDay, offlineDb, onDaysChanged, outbox } from './runtime';
import { fetchDay, isSignedOut } from './send';
import { offlineStaff } from './staff';
import {
  isMeeting,
  type QueuedItem,
  type QueuedOutcome,
  readDay,
  type SentItem,
  saveDay,
} from './store';

export interface DayResult {
  data: DayOutput | undefined;
  /** network: fresh from the server; cache: the copy kept on this phone, from `savedAt`. */
  source: 'network' | 'cache';
  savedAt: string | null;
  error: unknown;
  refetch: () => void;
}

let client: ReturnType<typeof makeTRPCClient> | null = null;

/** The server first; without signal, the copy kept on the phone, saying when it was saved. */
async function loadDay(staffId: string, date: string, days: 1 | 7) {
  client ??= makeTRPCClient();
  try {
    const data = await fetchDay(client, date, days);
    if (keepsDay(date, days)) {
      await saveDay(await offlineDb(), {
        staffId,
        date,
        days,
        data,
        savedAt: new Date().toISOString(),
      });
    }
    return { data, source: 'network' as const, savedAt: null };
  } catch (error) {
    if (isSignedOut(error)) throw error;
    const saved = await readDay(await offlineDb(), staffId, date, days);
    if (!saved) throw error;
    return { data: saved.data, source: 'cache' as const, savedAt: saved.savedAt };
  }
}

export function useDay(date: string, days: 1 | 7 = 1): DayResult {
  const staffId = useSyncExternalStore(offlineStaff.subscribe, offlineStaff.get);
  const queryClient = useQueryClient();
  useEffect(() => {
    const stop = onDaysChanged(
      () => void queryClient.invalidateQueries({ queryKey: ['offline-day'] }),
    );
    return () => void stop();
  }, [queryClient]);
  const query = useQuery({
    queryKey: ['offline-day', staffId, date, days],
    queryFn: () => loadDay(staffId as string, date, days),
    enabled: staffId !== null,
    // Offline is when this matters most: the kept copy is read without waiting for signal.
    networkMode: 'always',
    staleTime: 0,
    retry: false,
  });
  return {
    data: query.data?.data,
    source: query.data?.source ?? 'network',
    savedAt: query.data?.savedAt ?? null,
    error: query.error,
    refetch: () => void query.refetch(),
  };
}

const waiting = (item: QueuedItem) => item.status === 'pending' || item.status === 'sending';

/**
 * The queue as the pages show it. `pending`, `conflicts` and `failed` are visit outcomes (the
 * day pages match them to visits); `records` holds the meeting records the same way; `waiting`
 * counts both; `sent` is what the server took lately, with its own answer.
 */
export function useOutbox() {
  const snapshot = useSyncExternalStore(outbox.subscribe, outbox.getSnapshot);
  return useMemo(() => {
    const outcomes = snapshot.items.filter((item): item is QueuedOutcome => !isMeeting(item));
    const meetings = snapshot.items.filter(isMeeting);
    return {
      pending: outcomes.filter(waiting),
      conflicts: outcomes.filter((i) => i.status === 'conflict'),
      failed: outcomes.filter((i) => i.status === 'failed'),
      records: {
        pending: meetings.filter(waiting),
        conflicts: meetings.filter((i) => i.status === 'conflict'),
        failed: meetings.filter((i) => i.status === 'failed'),
      },
      waiting: snapshot.items.filter(waiting).length,
      sent: snapshot.sent,
      syncing: snapshot.syncing,
      needsSignIn: snapshot.needsSignIn,
      enqueue: outbox.enqueue.bind(outbox),
      enqueueMeeting: outbox.enqueueMeeting.bind(outbox),
      retry: outbox.retry.bind(outbox),
      discard: outbox.discard.bind(outbox),
      sync: outbox.sync.bind(outbox),
    };
  }, [snapshot]);
}

/** A visit outcome sent from this phone lately, with the server's answer, if it was. */
export function sentOutcomeFor(sent: SentItem[], appointmentId: string) {
  const found = sent.findLast(
    (item) => item.kind === 'outcome' && item.input.appointmentId === appointmentId,
  );
  return found?.kind === 'outcome' ? found : null;
}
