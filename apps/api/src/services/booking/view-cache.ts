/**
 * Working out the times costs a dozen queries and the slot engine; a tenant reloading the
 * page, or a text message opened by a whole household, should not pay it each time. Views
 * are kept briefly, per invitation and clock minute, and dropped the moment the visit
 * itself changes. Another booking may still make a cached time stale for a few seconds:
 * booking re-checks the time and the database constraint has the last word.
 */
export const VIEW_TTL_MS = 15_000;
export const MAX_CACHED_VIEWS = 5_000;
export interface CachedView {
  invitationId: string;
  linkExpiresAt: number;
  expires: number;
  view: Promise<unknown>;
}
export const viewCache = new Map<string, CachedView>();

/** Drops an invitation's cached views: its visit changed, or its link was revoked. */
export function forgetView(invitationId: string) {
  for (const [key, entry] of viewCache)
    if (entry.invitationId === invitationId) viewCache.delete(key);
}
