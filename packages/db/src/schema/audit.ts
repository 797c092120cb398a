import { bigserial, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { instant } from './columns';
import { customers } from './customers';
import { staff } from './staff';

/**
 * Who read or changed special-category data, when and how. Append-only: migration 0003
 * makes PostgreSQL refuse UPDATE, DELETE and TRUNCATE on it, whoever asks.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: instant('at').notNull(),
    staffId: uuid('staff_id').references(() => staff.id, { onDelete: 'restrict' }),
    customerId: uuid('customer_id').references(() => customers.id, { onDelete: 'restrict' }),
    action: text('action').notNull(),
    fields: text('fields').array().notNull(),
    procedure: text('procedure').notNull(),
  },
  (table) => [
    index('audit_log_staff_at_idx').on(table.staffId, table.at),
    index('audit_log_customer_at_idx').on(table.customerId, table.at),
    index('audit_log_at_idx').on(table.at),
  ],
);
