import { contactChannels, writtenFormats } from '@doorstep/domain';
import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { representatives } from './access-needs';
import { appointments } from './appointments';
import { invitations } from './booking';
import { createdAt, id, instant } from './columns';
import { customers } from './customers';
import { dropInSeries } from './drop-ins';

export const noticeKinds = [
  'invitation',
  'booking_confirmation',
  'reschedule',
  'cancellation',
  'reminder',
  'drop_in_change',
] as const;
export type NoticeKind = (typeof noticeKinds)[number];
export const noticeKind = pgEnum('notice_kind', noticeKinds);

/** `sending` is written before a transport is called: see the recovery rule in the outbox worker. */
export const noticeStatuses = ['pending', 'sending', 'sent', 'failed', 'cancelled'] as const;
export const noticeStatus = pgEnum('notice_status', noticeStatuses);

export const noticeChannel = pgEnum('notice_channel', contactChannels);
export const noticeFormat = pgEnum('notice_format', writtenFormats);

/**
 * Everything a customer must be told, written in the same transaction as the change that
 * caused it, so a booking can never exist without its notice. Delivery comes later.
 */
export const notices = pgTable(
  'notices',
  {
    id: id(),
    kind: noticeKind('kind').notNull(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    appointmentId: uuid('appointment_id').references(() => appointments.id, {
      onDelete: 'cascade',
    }),
    invitationId: uuid('invitation_id').references(() => invitations.id, { onDelete: 'cascade' }),
    /** For `drop_in_change`: the occurrence, by series and the date the rule gave it. */
    dropInSeriesId: uuid('drop_in_series_id').references(() => dropInSeries.id, {
      onDelete: 'cascade',
    }),
    dropInDate: date('drop_in_date', { mode: 'string' }),
    /** Set when this is a copy for the customer's representative rather than the customer. */
    representativeId: uuid('representative_id').references(() => representatives.id, {
      onDelete: 'cascade',
    }),
    /** Why the representative may be told (canShareWith), kept as the record of the decision. */
    shareReason: text('share_reason'),
    channel: noticeChannel('channel').notNull(),
    format: noticeFormat('format').notNull(),
    language: text('language').notNull(),
    /** When it must be dispatched to arrive in time (noticeSendBy); null when no deadline applies. */
    sendBy: instant('send_by'),
    status: noticeStatus('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** The worker leaves the notice alone until then (backoff after a failed attempt). */
    nextAttemptAt: instant('next_attempt_at').notNull().defaultNow(),
    /** When the current attempt began: the "sending" marker's time. */
    claimedAt: instant('claimed_at'),
    sentAt: instant('sent_at'),
    /** What went wrong, in words staff can act on; set on every failed attempt. */
    problem: text('problem'),
    createdAt: createdAt(),
  },
  (table) => [
    index('notices_status_send_by_idx').on(table.status, table.sendBy),
    index('notices_status_next_attempt_idx').on(table.status, table.nextAttemptAt),
    index('notices_customer_idx').on(table.customerId),
    // One reminder per visit, however often the reminder job runs or how many run it.
    uniqueIndex('notices_one_reminder_per_visit')
      .on(table.appointmentId)
      .where(sql`${table.kind} = 'reminder' and ${table.representativeId} is null`),
  ],
);

/**
 * Braille and audio are made by the alternative-format supplier, not printed here: each such
 * notice becomes a production task due within 5 working days (000 §2.15), open until staff
 * record that it has gone to the customer.
 */
export const formatTasks = pgTable(
  'format_tasks',
  {
    id: id(),
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => notices.id, { onDelete: 'cascade' }),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    format: noticeFormat('format').notNull(),
    language: text('language').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    doneAt: instant('done_at'),
    doneById: uuid('done_by_id'),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('format_tasks_notice_key').on(table.noticeId),
    index('format_tasks_open_idx').on(table.doneAt, table.dueOn),
  ],
);
