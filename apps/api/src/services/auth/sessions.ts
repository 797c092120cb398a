import { type Database, sessions } from '@doorstep/db';
import { eq } from 'drizzle-orm';
import { hashToken, isWellFormedToken, newToken } from '../tokens';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

/** A new session with a fresh 256-bit token; only the token's hash is stored. */
export async function openSession(
  db: Database,
  staffId: string,
  method: 'password' | 'oidc',
  now: Date,
): Promise<string> {
  const token = newToken();
  await db
    .insert(sessions)
    .values({ tokenHash: hashToken(token), staffId, method, createdAt: now, lastSeenAt: now });
  return token;
}

export async function closeSession(db: Database, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

/**
 * The staff id behind a session token, or null when there is none or it has expired:
 * idle for longer than the idle timeout, or older than the absolute one. Expired sessions
 * are deleted; live ones are marked as seen now.
 */
export async function resumeSession(
  db: Database,
  token: string,
  now: Date,
  policy: SessionPolicy,
): Promise<{ staffId: string; expiresAt: Date } | null> {
  if (!isWellFormedToken(token)) return null;
  const tokenHash = hashToken(token);
  const [session] = await db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash));
  if (!session) return null;
  const idleEnds = session.lastSeenAt.getTime() + policy.idleMinutes * 60_000;
  const absoluteEnds = session.createdAt.getTime() + policy.absoluteHours * 3_600_000;
  if (now.getTime() >= idleEnds || now.getTime() >= absoluteEnds) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return null;
  }
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
  const expiresAt = Math.min(now.getTime() + policy.idleMinutes * 60_000, absoluteEnds);
  return { staffId: session.staffId, expiresAt: new Date(expiresAt) };
}

/**
 * When the session behind a token ends however busy it is (the absolute timeout), or null
 * when there is no session. The field app clears what it keeps offline at this time.
 */
export async function sessionAbsoluteEnd(
  db: Database,
  token: string | null,
  policy: SessionPolicy,
): Promise<Date | null> {
  if (!token || !isWellFormedToken(token)) return null;
  const [session] = await db
    .select({ createdAt: sessions.createdAt })
    .from(sessions)
    .where(eq(sessions.tokenHash, hashToken(token)));
  return session ? new Date(session.createdAt.getTime() + policy.absoluteHours * 3_600_000) : null;
}
