import { appointmentTypes, followUpKinds, visitOutcomes } from '@doorstep/domain';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, instant, rangeOf } from './columns';
import { customers } from './customers';
import { homes } from './homes';
import { staff } from './staff';

export const appointmentType = pgEnum('appointment_type', appointmentTypes);

/** Cancelled and rescheduled appointments no longer hold their time. */
export const appointmentStatuses = [
  'booked',
  'completed',
  'no_access',
  'cancelled',
  'rescheduled',
] as const;
export type AppointmentStatus = (typeof appointmentStatuses)[number];
export const appointmentStatus = pgEnum('appointment_status', appointmentStatuses);

export const bookingChannels = [
  'booking_link',
  'phone',
  'in_person',
  'email',
  'live_chat',
  'social_media',
  'post',
  'staff',
] as const;
export type BookingChannel = (typeof bookingChannels)[number];
export const bookingChannel = pgEnum('booking_channel', bookingChannels);

export const appointments = pgTable(
  'appointments',
  {
    id: id(),
    type: appointmentType('type').notNull(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'restrict' }),
    homeId: uuid('home_id')
      .notNull()
      .references(() => homes.id, { onDelete: 'restrict' }),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'restrict' }),
    startsAt: instant('starts_at').notNull(),
    endsAt: instant('ends_at').notNull(),
    /** Kept by PostgreSQL from starts_at and ends_at; the double-booking constraint uses it. */
    during: rangeOf('during', 'starts_at', 'ends_at'),
    status: appointmentStatus('status').notNull().default('booked'),
    bookedVia: bookingChannel('booked_via').notNull(),
    /** The reason for the visit in plain words, as the tenant will read it. */
    purpose: text('purpose').notNull(),
    /** Read out on the phone and printed on letters, e.g. `DS-7K3M9Q`. */
    reference: text('reference'),
    /** iCalendar SEQUENCE: raised on every change so calendar apps replace the old copy. */
    sequence: integer('sequence').notNull().default(0),
    /** For a two-person visit, the colleague's row points at the lead appointment. */
    accompaniesId: uuid('accompanies_id').references((): AnyPgColumn => appointments.id, {
      onDelete: 'cascade',
    }),
    /** 1 for a first visit; a follow-up after no access counts on (gas checks need 3). */
    attemptNumber: integer('attempt_number').notNull().default(1),
    /** The first attempt of the series this visit follows up; null for a first attempt. */
    attemptOfId: uuid('attempt_of_id').references((): AnyPgColumn => appointments.id, {
      onDelete: 'set null',
    }),
    /** A knock the advisor added with no agreed time: the day's route may move it. */
    flexible: boolean('flexible').notNull().default(false),
    createdAt: createdAt(),
  },
  (table) => [
    check('appointments_ends_after_start', sql`${table.endsAt} > ${table.startsAt}`),
    index('appointments_customer_idx').on(table.customerId),
    index('appointments_staff_starts_idx').on(table.staffId, table.startsAt),
    uniqueIndex('appointments_reference_key').on(table.reference),
    check('appointments_attempt_positive', sql`${table.attemptNumber} >= 1`),
  ],
);

export const visitOutcome = pgEnum('visit_outcome', visitOutcomes);
export const followUpKind = pgEnum('follow_up_kind', followUpKinds);

/**
 * What happened at the door, recorded by the visitor from the field app. One per
 * appointment; the idempotency key, unique per member of staff, makes a resent outcome (a
 * phone that lost signal mid-send) apply once, and `result` is what the first send was told.
 */
export const visitOutcomesTable = pgTable(
  'visit_outcomes',
  {
    id: id(),
    appointmentId: uuid('appointment_id')
      .notNull()
      .references(() => appointments.id, { onDelete: 'restrict' }),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'restrict' }),
    outcome: visitOutcome('outcome').notNull(),
    occurredAt: instant('occurred_at').notNull(),
    cardLeft: boolean('card_left').notNull().default(false),
    followUp: followUpKind('follow_up'),
    /** Free text from the visitor: never logged. */
    note: text('note'),
    idempotencyKey: uuid('idempotency_key').notNull(),
    result: jsonb('result').$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('visit_outcomes_appointment_key').on(table.appointmentId),
    uniqueIndex('visit_outcomes_staff_idempotency_key').on(table.staffId, table.idempotencyKey),
  ],
);

export const safetyCheckKinds = ['gas', 'electrical'] as const;
export type SafetyCheckKind = (typeof safetyCheckKinds)[number];
export const safetyCheckKind = pgEnum('safety_check_kind', safetyCheckKinds);

/**
 * Certificates held: the date each gas or electrical safety check was done at a home, from a
 * completed check visit or from the records the landlord already had.
 */
export const safetyChecks = pgTable(
  'safety_checks',
  {
    id: id(),
    homeId: uuid('home_id')
      .notNull()
      .references(() => homes.id, { onDelete: 'cascade' }),
    kind: safetyCheckKind('kind').notNull(),
    doneOn: date('done_on', { mode: 'string' }).notNull(),
    appointmentId: uuid('appointment_id').references(() => appointments.id, {
      onDelete: 'set null',
    }),
    createdAt: createdAt(),
  },
  (table) => [
    index('safety_checks_home_kind_idx').on(table.homeId, table.kind, table.doneOn),
    uniqueIndex('safety_checks_appointment_key').on(table.appointmentId),
  ],
);

/** A report of damp or mould: Awaab's Law starts its clock at `reportedAt`. */
export const dampMouldReports = pgTable(
  'damp_mould_reports',
  {
    id: id(),
    homeId: uuid('home_id')
      .notNull()
      .references(() => homes.id, { onDelete: 'cascade' }),
    customerId: uuid('customer_id').references(() => customers.id, { onDelete: 'set null' }),
    reportedAt: instant('reported_at').notNull(),
    /** A significant hazard to health or safety: investigate within 24 hours. */
    emergency: boolean('emergency').notNull().default(false),
    createdAt: createdAt(),
  },
  (table) => [index('damp_mould_reports_home_idx').on(table.homeId, table.reportedAt)],
);

/** The exclusion constraint in migration 0001; callers match on its name. */
export const APPOINTMENT_OVERLAP_CONSTRAINT = 'appointments_no_double_booking';
