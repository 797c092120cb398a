import type { TenantPreferences } from '@doorstep/domain';
import { sql } from 'drizzle-orm';
import { check, date, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { appointments, appointmentType } from './appointments';
import { createdAt, id, instant } from './columns';
import { customers } from './customers';
import { homes } from './homes';
import { staff } from './staff';

/**
 * An offer to a customer to choose a time for a visit, reached through a capability link
 * `/b/<token>`. Only the token's SHA-256 is kept; the link works until the window closes or
 * staff revoke it.
 */
export const invitations = pgTable(
  'invitations',
  {
    id: id(),
    tokenHash: text('token_hash').notNull(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    homeId: uuid('home_id')
      .notNull()
      .references(() => homes.id, { onDelete: 'cascade' }),
    type: appointmentType('type').notNull(),
    /** Why we are visiting, in plain words the tenant will read. */
    purpose: text('purpose').notNull(),
    windowStartsOn: date('window_starts_on', { mode: 'string' }).notNull(),
    windowEndsOn: date('window_ends_on', { mode: 'string' }).notNull(),
    /** What the tenant said suits them (mornings, afternoons, days): ranks times, hides none. */
    preferences: jsonb('preferences').$type<TenantPreferences>().notNull().default({}),
    /**
     * A time already planned for the tenant (a Living Well plan): offered first when still free,
     * the usual choice of times after it.
     */
    proposedStart: instant('proposed_start'),
    expiresAt: instant('expires_at').notNull(),
    revokedAt: instant('revoked_at'),
    createdById: uuid('created_by_id').references(() => staff.id, { onDelete: 'set null' }),
    /** The appointment booked through the link, once there is one. */
    appointmentId: uuid('appointment_id').references(() => appointments.id, {
      onDelete: 'set null',
    }),
    /** "None of these suit me": when the tenant asked for a call, and what they said. */
    callbackRequestedAt: instant('callback_requested_at'),
    callbackNote: text('callback_note'),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('invitations_token_hash_key').on(table.tokenHash),
    index('invitations_customer_idx').on(table.customerId),
    check('invitations_window_order', sql`${table.windowEndsOn} >= ${table.windowStartsOn}`),
  ],
);

/** Days a member of staff is away (annual leave, training, sickness), inclusive. */
export const staffLeave = pgTable(
  'staff_leave',
  {
    id: id(),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    index('staff_leave_staff_idx').on(table.staffId, table.endsOn),
    check('staff_leave_order', sql`${table.endsOn} >= ${table.startsOn}`),
  ],
);

/** The organisation's own closure days (e.g. a Christmas shutdown), on top of bank holidays. */
export const closureDays = pgTable('closure_days', {
  date: date('date', { mode: 'string' }).primaryKey(),
  name: text('name').notNull(),
});

/** A private calendar subscription of one member of staff; only the secret's hash is kept. */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: id(),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    secretHash: text('secret_hash').notNull(),
    revokedAt: instant('revoked_at'),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('calendar_feeds_secret_hash_key').on(table.secretHash)],
);
