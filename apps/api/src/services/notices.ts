import { type Database, homes, notices } from '@doorstep/db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Principal } from './auth/principal';
import { noticeRows } from './notices/views';
import { patchScope } from './scope';

/**
 * Notices still to go out, soonest deadline first, for the patches the caller works on.
 * Until delivery is automated, staff send these themselves and this list is their queue.
 */
export async function pendingNotices(db: Database, principal: Principal, limit: number) {
  const scope = patchScope(principal);
  if (scope !== 'all' && scope.length === 0) return [];
  return noticeRows(
    db,
    and(eq(notices.status, 'pending'), scope === 'all' ? undefined : inArray(homes.patchId, scope)),
    [asc(notices.sendBy), asc(notices.createdAt)],
    limit,
  );
}
