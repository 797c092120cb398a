import { type Database, signInAttempts, staff } from '@doorstep/db';
import { DomainError } from '@doorstep/domain';
import { and, asc, eq, gt, lte, sql } from 'drizzle-orm';
import { verifyPassword } from './passwords';
import { openSession } from './sessions';

export const LOCKOUT = { failures: 10, windowMinutes: 15 };

/** One message for a wrong password and an unknown email, so neither gives the other away. */
export const WRONG_DETAILS =
  'The email address or password is not right. Check them and try again.';

const normalise = (email: string) => email.trim().toLowerCase();

/**
 * Checks an email and password and opens a new session (a new id every time, so a session
 * id planted before sign-in is never the one that gets signed in). After 10 failures for
 * one account in 15 minutes, further attempts are refused until the oldest falls out.
 */
export async function signInWithPassword(
  db: Database,
  credentials: { email: string; password: string },
  now: Date,
): Promise<{ token: string; staffId: string }> {
  const email = normalise(credentials.email);
  const windowStart = new Date(now.getTime() - LOCKOUT.windowMinutes * 60_000);
  const failures = await db
    .select({ at: signInAttempts.at })
    .from(signInAttempts)
    .where(
      and(
        eq(signInAttempts.email, email),
        eq(signInAttempts.succeeded, false),
        gt(signInAttempts.at, windowStart),
        lte(signInAttempts.at, now),
      ),
    )
    .orderBy(asc(signInAttempts.at));
  if (failures.length >= LOCKOUT.failures) {
    const oldest = failures[failures.length - LOCKOUT.failures]?.at ?? now;
    const retryAfterSeconds = Math.max(
      1,
      Math.ceil((oldest.getTime() + LOCKOUT.windowMinutes * 60_000 - now.getTime()) / 1000),
    );
    throw new DomainError(
      'RATE_LIMITED',
      `Too many attempts to sign in to this account. Wait ${Math.ceil(retryAfterSeconds / 60)} minutes and try again, or ask your manager to reset your password.`,
      { retryAfterSeconds },
    );
  }

  const [member] = await db
    .select({ id: staff.id, passwordHash: staff.passwordHash, active: staff.active })
    .from(staff)
    .where(sql`lower(${staff.email}) = ${email}`);
  const matches = await verifyPassword(member?.passwordHash ?? null, credentials.password);
  const succeeded = Boolean(member?.active && matches);
  await db.insert(signInAttempts).values({ email, at: now, succeeded });
  if (!member || !succeeded) throw new DomainError('UNAUTHENTICATED', WRONG_DETAILS);

  const token = await openSession(db, member.id, 'password', now);
  return { token, staffId: member.id };
}
