import { boolean, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { instant } from './columns';
import { staff } from './staff';

/**
 * Server-side sessions. The cookie holds a random token; only its SHA-256 is stored, so a
 * copy of this table cannot be used to sign in.
 */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    createdAt: instant('created_at').notNull(),
    lastSeenAt: instant('last_seen_at').notNull(),
    /** How the session was opened: `password` or `oidc`. */
    method: text('method').notNull(),
  },
  (table) => [index('sessions_staff_idx').on(table.staffId)],
);

/** Every sign-in attempt by account, kept for the lockout rule and for investigations. */
export const signInAttempts = pgTable(
  'sign_in_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The email as typed, lower-cased; it may belong to nobody. */
    email: text('email').notNull(),
    at: instant('at').notNull(),
    succeeded: boolean('succeeded').notNull(),
  },
  (table) => [index('sign_in_attempts_email_at_idx').on(table.email, table.at)],
);

/**
 * An authorisation request to the identity provider in flight: the state, nonce and PKCE
 * verifier it must come back with. The state is stored hashed, as it travels in URLs.
 */
export const oidcRequests = pgTable('oidc_requests', {
  stateHash: text('state_hash').primaryKey(),
  nonce: text('nonce').notNull(),
  codeVerifier: text('code_verifier').notNull(),
  returnTo: text('return_to').notNull(),
  expiresAt: instant('expires_at').notNull(),
});
