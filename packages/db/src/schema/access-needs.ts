import { contactRestrictionKinds, representativePeriods } from '@doorstep/domain';
import { boolean, date, index, jsonb, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, instant } from './columns';
import { customers } from './customers';
import { staff } from './staff';

/**
 * One row per need, so needs can be added, reviewed and audited one at a time. The shape
 * of `detail` for each kind is checked by the domain package's access profile schema.
 */
export const accessNeedKinds = [
  'interpreter',
  'relay_uk',
  'extra_time',
  'visit_adjustment',
  'preferred_staff_gender',
  'unavailable_weekly',
  'unavailable_date',
  'vulnerability',
] as const;
export type AccessNeedKind = (typeof accessNeedKinds)[number];
export const accessNeedKind = pgEnum('access_need_kind', accessNeedKinds);

export const accessNeeds = pgTable(
  'access_needs',
  {
    id: id(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    kind: accessNeedKind('kind').notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    recordedById: uuid('recorded_by_id').references(() => staff.id, { onDelete: 'set null' }),
    recordedAt: instant('recorded_at').notNull().defaultNow(),
  },
  (table) => [index('access_needs_customer_idx').on(table.customerId)],
);

export const representativePeriod = pgEnum('representative_period', representativePeriods);

/** Only email and letter count as written authorisation (000 §2.20). */
export const authorisationMethod = pgEnum('authorisation_method', [
  'email',
  'letter',
  'phone',
  'in_person',
]);

export const representatives = pgTable(
  'representatives',
  {
    id: id(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    phone: text('phone'),
    email: text('email'),
    address: text('address'),
    /** e.g. daughter, advocate, support worker, solicitor */
    relationship: text('relationship').notNull(),
    /** The advocacy service or firm, when the representative acts for one. */
    organisation: text('organisation'),
    dateOfBirth: date('date_of_birth', { mode: 'string' }),
    /** The date the customer's written authorisation was received; null means none is held. */
    authorisedOn: date('authorised_on', { mode: 'string' }),
    authorisedBy: authorisationMethod('authorised_by'),
    /** The matters the authorisation covers, e.g. `repairs`, `rent`, `all`. */
    scope: text('scope').array().notNull().default([]),
    period: representativePeriod('period').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    withdrawnAt: instant('withdrawn_at'),
    /** The customer wants them invited to visits about matters in scope. */
    inviteToVisits: boolean('invite_to_visits').notNull().default(false),
    createdAt: createdAt(),
  },
  (table) => [index('representatives_customer_idx').on(table.customerId)],
);

export const contactRestrictionKind = pgEnum('contact_restriction_kind', contactRestrictionKinds);

export const contactRestrictions = pgTable(
  'contact_restrictions',
  {
    id: id(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    kind: contactRestrictionKind('kind').notNull(),
    reason: text('reason').notNull(),
    /** For `named_contact_only`: the one member of staff the customer deals with. */
    namedStaffId: uuid('named_staff_id').references(() => staff.id, { onDelete: 'set null' }),
    /** For `no_home_visits`: where to meet instead. */
    venue: text('venue'),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    reviewOn: date('review_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (table) => [index('contact_restrictions_customer_idx').on(table.customerId)],
);
