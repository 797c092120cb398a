import { sql } from 'drizzle-orm';
import {
  boolean,
  doublePrecision,
  jsonb,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';

export const staffRoles = ['advisor', 'community', 'manager', 'admin'] as const;
export type StaffRole = (typeof staffRoles)[number];
export const staffRole = pgEnum('staff_role', staffRoles);

/** Hours a member of staff works on each weekday, as local `HH:MM` times in Europe/London. */
export type WorkingPattern = Partial<
  Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', { start: string; end: string }[]>
>;

export const staff = pgTable(
  'staff',
  {
    id: id(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    role: staffRole('role').notNull(),
    team: text('team').notNull(),
    workingPattern: jsonb('working_pattern').$type<WorkingPattern>().notNull(),
    homeBaseName: text('home_base_name').notNull(),
    homeBaseLatitude: doublePrecision('home_base_latitude').notNull(),
    homeBaseLongitude: doublePrecision('home_base_longitude').notNull(),
    /** argon2id; null for staff who sign in only through the organisation's single sign-on. */
    passwordHash: text('password_hash'),
    /** The `sub` claim from single sign-on, bound at the first sign-in. */
    oidcSubject: text('oidc_subject'),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (table) => [
    // Emails are matched case-insensitively at sign-in, so they must be unique that way.
    uniqueIndex('staff_email_key').on(sql`lower(${table.email})`),
    uniqueIndex('staff_oidc_subject_key').on(table.oidcSubject),
  ],
);
