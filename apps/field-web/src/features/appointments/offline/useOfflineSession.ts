import { useEffect, useState, useSyncExternalStore } from 'react';
import { offlineStaff } from './staff';

// Loaded when first needed: the offline code stays out of the first download of every page.
const runtime = () => import('./runtime');

/**
 * Keeps the offline data in step with who the server says is signed in. Without an answer
 * (no signal), the staff pages may still open for the person last signed in on this phone,
 * until their session's absolute end: returns whether they may.
 */
export function useOfflineSession(session: {
  data: { staffId: string } | null | undefined;
  isError: boolean;
  isPending: boolean;
}) {
  const signedIn = session.data?.staffId;
  const unanswered = session.isError || (session.isPending && navigator.onLine === false);
  const [resumed, setResumed] = useState(false);
  const staffId = useSyncExternalStore(offlineStaff.subscribe, offlineStaff.get);

  useEffect(() => {
    if (signedIn) void runtime().then((offline) => offline.startOfflineSession(signedIn));
  }, [signedIn]);

  useEffect(() => {
    if (!unanswered) return;
    let live = true;
    void runtime()
      .then((offline) => offline.resumeOfflineSession())
      .then((who) => {
        if (live) setResumed(who !== null);
      });
    return () => {
      live = false;
    };
  }, [unanswered]);

  // Cleared meanwhile (the session's end passed): the pages close again.
  return unanswered && resumed && staffId !== null;
}
