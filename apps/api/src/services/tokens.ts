import { createHash, createHmac, randomBytes, randomInt } from 'node:crypto';

/** 256 random bits, URL-safe: for session ids, booking links and calendar feed secrets. */
export const newToken = () => randomBytes(32).toString('base64url');

/** Only this is stored, so a copy of the database opens no session, link or feed. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/** What `newToken` produces; anything else is refused before it reaches the database. */
export const isWellFormedToken = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

/** Letters and digits that cannot be mistaken for each other when read out on the phone. */
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A booking reference people can read out, e.g. `DS-7K3M9Q`. */
export function newReference(): string {
  let code = '';
  for (let i = 0; i < 6; i += 1) code += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `DS-${code}`;
}

/**
 * A booking link's token, derived from the invitation's id with the server's secret rather
 * than stored: the database keeps only its hash, yet the outbox can still put the link in
 * the letter or message it sends later. Without the secret a token cannot be made.
 */
export const linkToken = (secret: string, invitationId: string) =>
  createHmac('sha256', secret).update(`invitation:${invitationId}`).digest('base64url');

export const invitationLink = (publicUrl: string, secret: string, invitationId: string) =>
  `${publicUrl}/b/${linkToken(secret, invitationId)}`;
