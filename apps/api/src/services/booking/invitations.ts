import { randomUUID } from 'node:crypto';
import { type Database, invitations } from '@doorstep/db';
import {
  type AppointmentType,
  DomainError,
  endOfLondonDay,
  londonDate,
  type TenantPreferences,
} from '@doorstep/domain';
import { and, eq, isNull } from 'drizzle-orm';
import { loadAccessProfile } from '../access-needs';
import type { Principal } from '../auth/principal';
import { hashToken, isWellFormedToken, linkToken } from '../tokens';
import { currentHomeId } from './load';
import { queueNotice } from './notices';
import { forgetView } from './view-cache';

export const MAX_WINDOW_DAYS = 92;

export interface NewInvitation {
  customerId: string;
  type: AppointmentType;
  purpose: string;
  windowStartsOn: string;
  windowEndsOn: string;
  preferences?: TenantPreferences | undefined;
  /** A time already planned for them (a Living Well plan): offered first while it is free. */
  proposedStart?: Date | undefined;
}

/**
 * Creates the capability link for one customer and one visit, and queues the invitation to
 * go to them in their own channel and format. The token is returned once and never stored.
 */
export async function createInvitation(
  db: Database,
  principal: Principal,
  input: NewInvitation,
  now: Date,
  link: { publicUrl: string; secret: string },
) {
  const today = londonDate(now);
  if (input.windowEndsOn < today)
    throw new DomainError('INVALID_INPUT', 'The window must not end in the past.');
  const days = (Date.parse(input.windowEndsOn) - Date.parse(input.windowStartsOn)) / 86_400_000;
  if (days > MAX_WINDOW_DAYS) {
    throw new DomainError(
      'INVALID_INPUT',
      `The window can be at most ${MAX_WINDOW_DAYS} days long.`,
    );
  }
  const home = { homeId: await currentHomeId(db, input.customerId) };
  const { profile } = await loadAccessProfile(db, input.customerId);

  const invitationId = randomUUID();
  const token = linkToken(link.secret, invitationId);
  const expiresAt = new Date(endOfLondonDay(input.windowEndsOn).epochMilliseconds);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(invitations)
      .values({
        ...input,
        id: invitationId,
        homeId: home.homeId,
        tokenHash: hashToken(token),
        expiresAt,
        createdById: principal.staffId,
        // The service's clock, not the database's: how long a tenant has had to answer is
        // counted from it (the Living Well call-or-knock list).
        createdAt: now,
      })
      .returning({ id: invitations.id });
    if (!row) throw new Error('invitation insert returned nothing');
    await queueNotice(tx, {
      kind: 'invitation',
      customerId: input.customerId,
      profile,
      invitationId: row.id,
      type: input.type,
      now,
    });
    return row.id;
  });
  return { id, link: `${link.publicUrl}/b/${token}`, expiresAt: expiresAt.toISOString() };
}

/** Revoking twice is harmless: the link stays dead and the first time is kept. */
export async function revokeInvitation(db: Database, id: string, now: Date) {
  await db
    .update(invitations)
    .set({ revokedAt: now })
    .where(and(eq(invitations.id, id), isNull(invitations.revokedAt)));
  forgetView(id);
}

/** One answer for unknown, expired, revoked and malformed links, so none can be told apart. */
export const LINK_NOT_VALID = 'This link is not valid. It may have expired or been replaced.';

export async function invitationByToken(db: Database, token: string, now: Date) {
  if (!isWellFormedToken(token)) throw new DomainError('NOT_FOUND', LINK_NOT_VALID);
  const [row] = await db
    .select()
    .from(invitations)
    .where(eq(invitations.tokenHash, hashToken(token)));
  if (!row || row.revokedAt || row.expiresAt.getTime() <= now.getTime()) {
    throw new DomainError('NOT_FOUND', LINK_NOT_VALID);
  }
  return row;
}
