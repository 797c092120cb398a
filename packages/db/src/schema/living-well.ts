import { meetingOutcomes } from '@doorstep/domain';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  time,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { appointments } from './appointments';
import { invitations } from './booking';
import { createdAt, id, instant } from './columns';
import { customers } from './customers';
import { patches } from './patches';
import { staff } from './staff';
import { tenancies } from './tenancies';

export const livingWellOutcome = pgEnum('living_well_outcome', meetingOutcomes);

/**
 * Meetings held (or attempted), kept as history: the next one falls due 12 months after the
 * latest one met; a decline closes its cycle without counting as overdue (000 §2.9).
 */
export const livingWellMeetings = pgTable(
  'living_well_meetings',
  {
    id: id(),
    tenancyId: uuid('tenancy_id')
      .notNull()
      .references(() => tenancies.id, { onDelete: 'cascade' }),
    advisorId: uuid('advisor_id').references(() => staff.id, { onDelete: 'set null' }),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    outcome: livingWellOutcome('outcome').notNull().default('met'),
    declineReason: text('decline_reason'),
    notes: text('notes'),
    recordedById: uuid('recorded_by_id').references(() => staff.id, { onDelete: 'set null' }),
    /** The booked visit this record closes, when it was booked. */
    appointmentId: uuid('appointment_id').references(() => appointments.id, {
      onDelete: 'set null',
    }),
    recordedAt: instant('recorded_at'),
    /**
     * Made by the phone when the advisor saved the record: a resend (signal lost before the
     * answer came back) is answered from this row instead of recording the meeting twice.
     */
    idempotencyKey: uuid('idempotency_key'),
    /** The next due date the recorder was told, given again to a resend of the same key. */
    answeredNextDueOn: date('answered_next_due_on', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (table) => [
    index('living_well_meetings_tenancy_held_idx').on(table.tenancyId, table.heldOn),
    uniqueIndex('living_well_meetings_recorder_idempotency_key').on(
      table.recordedById,
      table.idempotencyKey,
    ),
    check(
      'living_well_meetings_decline_has_reason',
      sql`${table.outcome} <> 'declined' or ${table.declineReason} is not null`,
    ),
  ],
);

export const livingWellVisitKinds = ['proposed', 'locked', 'booked'] as const;
export type LivingWellVisitKind = (typeof livingWellVisitKinds)[number];
export const livingWellVisitKind = pgEnum('living_well_visit_kind', livingWellVisitKinds);

/**
 * The current plan of a patch: at most one planned visit per tenancy. Re-planning replaces the
 * proposed rows and keeps locked and booked ones.
 */
export const livingWellPlanVisits = pgTable(
  'living_well_plan_visits',
  {
    id: id(),
    patchId: uuid('patch_id')
      .notNull()
      .references(() => patches.id, { onDelete: 'cascade' }),
    tenancyId: uuid('tenancy_id')
      .notNull()
      .references(() => tenancies.id, { onDelete: 'cascade' }),
    date: date('date', { mode: 'string' }).notNull(),
    startTime: time('start_time').notNull(),
    endTime: time('end_time').notNull(),
    /** Position in the day's route, from 0. */
    dayOrder: integer('day_order').notNull(),
    kind: livingWellVisitKind('kind').notNull().default('proposed'),
    /** Placed after its due date. */
    late: boolean('late').notNull().default(false),
    /** When the invitation must go so the notice in the tenant's format arrives in time. */
    sendInvitationOn: date('send_invitation_on', { mode: 'string' }).notNull(),
    invitationId: uuid('invitation_id').references(() => invitations.id, {
      onDelete: 'set null',
    }),
    plannedAt: instant('planned_at').notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('living_well_plan_visits_tenancy_key').on(table.tenancyId),
    index('living_well_plan_visits_patch_date_idx').on(table.patchId, table.date),
    check('living_well_plan_visits_times', sql`${table.endTime} > ${table.startTime}`),
  ],
);

/** Days the advisor fixed: re-planning keeps their visits and adds none. */
export const livingWellLockedDays = pgTable(
  'living_well_locked_days',
  {
    patchId: uuid('patch_id')
      .notNull()
      .references(() => patches.id, { onDelete: 'cascade' }),
    date: date('date', { mode: 'string' }).notNull(),
    lockedById: uuid('locked_by').references(() => staff.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.patchId, table.date] })],
);

export interface UnplacedMeeting {
  tenancyId: string;
  reason: string;
}

/** One planning run of a patch: what it placed, what it could not and why, and the travel. */
export const livingWellPlanRuns = pgTable(
  'living_well_plan_runs',
  {
    id: id(),
    patchId: uuid('patch_id')
      .notNull()
      .references(() => patches.id, { onDelete: 'cascade' }),
    startedAt: instant('started_at').notNull(),
    finishedAt: instant('finished_at').notNull(),
    /** The horizon and cap asked for, so the stored plan can be shown as it was made. */
    fromOn: date('from_on', { mode: 'string' }).notNull(),
    toOn: date('to_on', { mode: 'string' }).notNull(),
    dailyCap: integer('daily_cap').notNull(),
    placed: integer('placed').notNull(),
    unplaced: jsonb('unplaced').$type<UnplacedMeeting[]>().notNull().default([]),
    travelKm: doublePrecision('travel_km').notNull(),
    travelKmPerVisit: doublePrecision('travel_km_per_visit'),
    runById: uuid('run_by_id').references(() => staff.id, { onDelete: 'set null' }),
  },
  (table) => [index('living_well_plan_runs_patch_idx').on(table.patchId, table.finishedAt)],
);

/** People living in the home besides the customer, confirmed at each meeting. */
export const householdMembers = pgTable(
  'household_members',
  {
    id: id(),
    tenancyId: uuid('tenancy_id')
      .notNull()
      .references(() => tenancies.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    relationship: text('relationship').notNull(),
    birthYear: integer('birth_year'),
    createdAt: createdAt(),
  },
  (table) => [index('household_members_tenancy_idx').on(table.tenancyId)],
);

export const referralServices = [
  'money_advice',
  'getting_online',
  'tenancy_support',
  'repairs',
  'employment',
] as const;
export type ReferralService = (typeof referralServices)[number];
export const referralService = pgEnum('referral_service', referralServices);

export const referralStatuses = ['open', 'done'] as const;
export const referralStatus = pgEnum('referral_status', referralStatuses);

/** A wider service the tenant wants, with the member of staff who owns getting it done. */
export const referrals = pgTable(
  'referrals',
  {
    id: id(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    meetingId: uuid('meeting_id').references(() => livingWellMeetings.id, {
      onDelete: 'set null',
    }),
    service: referralService('service').notNull(),
    ownerId: uuid('owner_id').references(() => staff.id, { onDelete: 'set null' }),
    note: text('note'),
    status: referralStatus('status').notNull().default('open'),
    createdAt: createdAt(),
  },
  (table) => [
    index('referrals_customer_idx').on(table.customerId),
    index('referrals_owner_idx').on(table.ownerId, table.status),
  ],
);

export const characteristicKinds = [
  'ethnicity',
  'religion',
  'sex',
  'sexual_orientation',
  'disability',
] as const;
export type CharacteristicKind = (typeof characteristicKinds)[number];
export const characteristicKind = pgEnum('characteristic_kind', characteristicKinds);

/**
 * Protected characteristics (special category data): stored only with the customer's consent,
 * `prefer_not_to_say` being an answer too. Every read and write is audited like access needs.
 */
export const customerCharacteristics = pgTable(
  'customer_characteristics',
  {
    id: id(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    characteristic: characteristicKind('characteristic').notNull(),
    value: text('value').notNull(),
    consentRecordedAt: instant('consent_recorded_at').notNull(),
    recordedById: uuid('recorded_by_id').references(() => staff.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('customer_characteristics_customer_kind_key').on(
      table.customerId,
      table.characteristic,
    ),
  ],
);
