import { doublePrecision, jsonb, pgEnum, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
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
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('staff_email_key').on(table.email)],
);
