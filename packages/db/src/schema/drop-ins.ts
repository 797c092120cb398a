import {
  type ClashRule,
  clashRules,
  type DropInTopic,
  type VenueOpeningHours,
} from '@doorstep/domain';
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
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { invitations } from './booking';
import { createdAt, id, instant } from './columns';
import { customers } from './customers';
import { staff } from './staff';

/**
 * The borough's areas, as the public pages filter by them. They are the demo patches'
 * neighbourhoods (seed/areas.ts); a new area is a code change, so this list is the one place.
 */
export const venueAreas = [
  'Halewood',
  'Huyton',
  'Kirkby',
  'Prescot',
  'Stockbridge Village',
  'Whiston',
] as const;
export type VenueArea = (typeof venueAreas)[number];

/** "Stockbridge Village" -> "stockbridge-village": how an area appears in addresses. */
export const areaSlug = (area: string): string => area.toLowerCase().replace(/\s+/g, '-');

const hhmm = (column: string) => sql.raw(`${column} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`);

/**
 * A community venue. The accessibility facts are null until someone has checked them, which
 * is not the same as "no": a venue with an unanswered fact cannot be published.
 */
export const venues = pgTable(
  'venues',
  {
    id: id(),
    name: text('name').notNull(),
    area: text('area').notNull(),
    addressLine1: text('address_line1').notNull(),
    town: text('town').notNull(),
    postcode: text('postcode').notNull(),
    latitude: doublePrecision('latitude').notNull(),
    longitude: doublePrecision('longitude').notNull(),
    openingNotes: text('opening_notes'),
    stepFreeEntrance: boolean('step_free_entrance'),
    accessibleToilet: boolean('accessible_toilet'),
    hearingLoop: boolean('hearing_loop'),
    blueBadgeParking: boolean('blue_badge_parking'),
    quietRoom: boolean('quiet_room'),
    babyChanging: boolean('baby_changing'),
    bslOnRequest: boolean('bsl_on_request'),
    busRoutes: text('bus_routes'),
    nearestStop: text('nearest_stop'),
    /** London wall-clock spans per weekday; a weekday that is absent is closed. */
    openingHours: jsonb('opening_hours').$type<VenueOpeningHours>().notNull().default({}),
    /** Bumped by every edit, so two people editing at once cannot overwrite each other. */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (table) => [uniqueIndex('venues_name_key').on(table.name)],
);

export interface VenueFieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

/** Every edit to a venue, field by field. Append-only: the migration refuses UPDATE and DELETE. */
export const venueRevisions = pgTable(
  'venue_revisions',
  {
    id: id(),
    venueId: uuid('venue_id')
      .notNull()
      .references(() => venues.id, { onDelete: 'restrict' }),
    /** The version the edit produced (1 for the venue as created). */
    version: integer('version').notNull(),
    changedById: uuid('changed_by_id').references(() => staff.id, { onDelete: 'restrict' }),
    changedAt: instant('changed_at').notNull().defaultNow(),
    changes: jsonb('changes').$type<VenueFieldChange[]>().notNull(),
  },
  (table) => [uniqueIndex('venue_revisions_venue_version_key').on(table.venueId, table.version)],
);

/** A day a venue is shut (refurbishment, polling day): occurrences then follow the clash rule. */
export const venueClosures = pgTable(
  'venue_closures',
  {
    id: id(),
    venueId: uuid('venue_id')
      .notNull()
      .references(() => venues.id, { onDelete: 'cascade' }),
    date: date('date', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('venue_closures_venue_date_key').on(table.venueId, table.date)],
);

export const dropInClashRule = pgEnum('drop_in_clash_rule', clashRules);

/**
 * A recurring drop-in. The RFC 5545 rule is the truth; occurrences are expanded from it when
 * read and never stored, so only staff changes to single occurrences need rows.
 */
export const dropInSeries = pgTable(
  'drop_in_series',
  {
    id: id(),
    title: text('title').notNull(),
    team: text('team').notNull(),
    topics: text('topics').array().$type<DropInTopic[]>().notNull(),
    venueId: uuid('venue_id')
      .notNull()
      .references(() => venues.id, { onDelete: 'restrict' }),
    rrule: text('rrule').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    /** The last date the rule produces, kept so lists need not expand every rule. */
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    clashRule: dropInClashRule('clash_rule').$type<ClashRule>().notNull(),
    published: boolean('published').notNull().default(false),
    /** iCalendar SEQUENCE base: bumped by every edit to the series itself. */
    sequence: integer('sequence').notNull().default(0),
    createdById: uuid('created_by_id').references(() => staff.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (table) => [
    index('drop_in_series_venue_idx').on(table.venueId),
    check('drop_in_series_start_time', hhmm('start_time')),
    check('drop_in_series_end_time', hhmm('end_time')),
    check('drop_in_series_times_order', sql`${table.endTime} > ${table.startTime}`),
    check('drop_in_series_dates_order', sql`${table.endsOn} >= ${table.startsOn}`),
  ],
);

export const dropInChangeKinds = ['cancel', 'reinstate', 'move', 'venue'] as const;
export type DropInChangeKind = (typeof dropInChangeKinds)[number];
export const dropInChangeKind = pgEnum('drop_in_change_kind', dropInChangeKinds);

/**
 * What staff did to single occurrences, in order. Append-only (the migration refuses UPDATE
 * and DELETE): a cancel is undone by a later `reinstate`, never by removing the row, so the
 * feeds' SEQUENCE only ever grows.
 */
export const dropInChanges = pgTable(
  'drop_in_changes',
  {
    id: id(),
    seriesId: uuid('series_id')
      .notNull()
      .references(() => dropInSeries.id, { onDelete: 'restrict' }),
    /** The date the rule gave the occurrence: its identity (RECURRENCE-ID). */
    originalDate: date('original_date', { mode: 'string' }).notNull(),
    kind: dropInChangeKind('kind').notNull(),
    /** For a move: the new London date and wall-clock times. */
    date: date('date', { mode: 'string' }),
    startTime: text('start_time'),
    endTime: text('end_time'),
    /** For a venue change: where it is held instead. */
    venueId: uuid('venue_id').references(() => venues.id, { onDelete: 'restrict' }),
    reason: text('reason').notNull(),
    changedById: uuid('changed_by_id').references(() => staff.id, { onDelete: 'restrict' }),
    changedAt: instant('changed_at').notNull().defaultNow(),
  },
  (table) => [
    index('drop_in_changes_series_idx').on(table.seriesId, table.originalDate, table.changedAt),
    check(
      'drop_in_changes_move_has_time',
      sql`${table.kind} <> 'move' or (${table.date} is not null and ${table.startTime} is not null and ${table.endTime} is not null)`,
    ),
    check(
      'drop_in_changes_venue_has_venue',
      sql`${table.kind} <> 'venue' or ${table.venueId} is not null`,
    ),
  ],
);

/** A customer who said they would come, so they can be told when the occurrence changes. */
export const dropInInterest = pgTable(
  'drop_in_interest',
  {
    id: id(),
    seriesId: uuid('series_id')
      .notNull()
      .references(() => dropInSeries.id, { onDelete: 'cascade' }),
    originalDate: date('original_date', { mode: 'string' }).notNull(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    recordedById: uuid('recorded_by_id').references(() => staff.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('drop_in_interest_key').on(table.seriesId, table.originalDate, table.customerId),
    index('drop_in_interest_customer_idx').on(table.customerId),
  ],
);

/** How many came to one occurrence and what they raised: counts only, nobody named. */
export const dropInAttendance = pgTable(
  'drop_in_attendance',
  {
    id: id(),
    seriesId: uuid('series_id')
      .notNull()
      .references(() => dropInSeries.id, { onDelete: 'cascade' }),
    originalDate: date('original_date', { mode: 'string' }).notNull(),
    count: integer('count').notNull(),
    topics: text('topics').array().$type<DropInTopic[]>().notNull(),
    notes: text('notes'),
    recordedById: uuid('recorded_by_id').references(() => staff.id, { onDelete: 'set null' }),
    recordedAt: instant('recorded_at').notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('drop_in_attendance_occurrence_key').on(table.seriesId, table.originalDate),
    check('drop_in_attendance_count', sql`${table.count} >= 0`),
  ],
);

export const dropInFollowUpKinds = ['task', 'invitation'] as const;
export type DropInFollowUpKind = (typeof dropInFollowUpKinds)[number];
export const dropInFollowUpKind = pgEnum('drop_in_follow_up_kind', dropInFollowUpKinds);

/**
 * Someone at a drop-in who wants more help: a task for the advisor of their patch, or an
 * invitation to book a visit (the invitation itself lives in `invitations`).
 */
export const dropInFollowUps = pgTable(
  'drop_in_follow_ups',
  {
    id: id(),
    seriesId: uuid('series_id')
      .notNull()
      .references(() => dropInSeries.id, { onDelete: 'cascade' }),
    originalDate: date('original_date', { mode: 'string' }).notNull(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    kind: dropInFollowUpKind('kind').notNull(),
    note: text('note').notNull(),
    invitationId: uuid('invitation_id').references(() => invitations.id, {
      onDelete: 'set null',
    }),
    /** The advisor of the customer's patch when it was made; null when the patch has none. */
    ownerId: uuid('owner_id').references(() => staff.id, { onDelete: 'set null' }),
    createdById: uuid('created_by_id').references(() => staff.id, { onDelete: 'set null' }),
    doneAt: instant('done_at'),
    createdAt: createdAt(),
  },
  (table) => [
    index('drop_in_follow_ups_owner_idx').on(table.ownerId, table.doneAt),
    index('drop_in_follow_ups_customer_idx').on(table.customerId),
  ],
);
