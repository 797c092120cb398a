import { useSession } from '../auth/useSession';

/** Managers and administrators see the fairness table and may recompute; the API says the same. */
export function useMonitoringAccess() {
  const principal = useSession().data;
  const seesAll = principal?.role === 'manager' || principal?.role === 'admin';
  return { principal, seesAll, canSeeFairness: seesAll, canRefresh: seesAll };
}

export const isForbidden = (error: unknown) =>
  (error as { data?: { code?: string } | null } | null)?.data?.code === 'FORBIDDEN';

/** The scope as the API takes it: no patch means the whole organisation. */
export const scopeInput = (patchId: string | undefined) => (patchId ? { patchId } : {});
