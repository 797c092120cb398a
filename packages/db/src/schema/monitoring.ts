import { date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { bookingChannel } from './appointments';
import { createdAt, id, instant } from './columns';
import { customers } from './customers';

/**
 * Every contact a customer makes, by the channel they chose, and when it was acknowledged:
 * the contact volumes (001 §6) and the two-working-day standard (002 §8.14) count these.
 */
export const contacts = pgTable(
  'contacts',
  {
    id: id(),
    customerId: uuid('customer_id').references(() => customers.id, { onDelete: 'set null' }),
    channel: bookingChannel('channel').notNull(),
    receivedAt: instant('received_at').notNull(),
    acknowledgedAt: instant('acknowledged_at'),
    createdAt: createdAt(),
  },
  (table) => [
    index('contacts_received_idx').on(table.receivedAt),
    index('contacts_customer_idx').on(table.customerId),
  ],
);

/** One computation of every figure; readers use the newest finished run. */
export const monitoringRuns = pgTable(
  'monitoring_runs',
  {
    id: id(),
    /** The day the figures describe: the 12 months and 52 weeks end here. */
    asOf: date('as_of', { mode: 'string' }).notNull(),
    startedAt: instant('started_at').notNull(),
    /** Null while the run is being written; readers ignore it until then. */
    finishedAt: instant('finished_at'),
    recordCount: integer('record_count'),
  },
  (table) => [index('monitoring_runs_finished_idx').on(table.finishedAt)],
);

/**
 * The totals a run tallied with the domain's measures, so the dashboard reads a few hundred
 * rows instead of classifying hundreds of thousands of records per request.
 */
export const monitoringFigures = pgTable(
  'monitoring_figures',
  {
    runId: uuid('run_id')
      .notNull()
      .references(() => monitoringRuns.id, { onDelete: 'cascade' }),
    measure: text('measure').notNull(),
    /** Null: the whole organisation. */
    patchId: uuid('patch_id'),
    /** Monday of the week (London); null: the 12 months to the run's `as_of`. */
    weekStart: date('week_start', { mode: 'string' }),
    /** `all`, a customer group dimension, or a breakdown such as `appointment_type`. */
    dimension: text('dimension').notNull(),
    groupKey: text('group_key').notNull(),
    /** The denominator, or the count for a volume measure. */
    counted: integer('counted').notNull(),
    /** The numerator; 0 for a volume measure. */
    met: integer('met').notNull(),
  },
  (table) => [
    // The summary reads every measure of one scope at once; the fairness and trend reads
    // one measure at a time.
    index('monitoring_figures_scope_idx').on(
      table.runId,
      table.patchId,
      table.weekStart,
      table.dimension,
    ),
    index('monitoring_figures_lookup_idx').on(
      table.runId,
      table.measure,
      table.patchId,
      table.weekStart,
      table.dimension,
    ),
  ],
);
