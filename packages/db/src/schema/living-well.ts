import { date, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';
import { staff } from './staff';
import { tenancies } from './tenancies';

/** Meetings held, kept as history: the next one falls due 12 months after the latest. */
export const livingWellMeetings = pgTable(
  'living_well_meetings',
  {
    id: id(),
    tenancyId: uuid('tenancy_id')
      .notNull()
      .references(() => tenancies.id, { onDelete: 'cascade' }),
    advisorId: uuid('advisor_id').references(() => staff.id, { onDelete: 'set null' }),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    notes: text('notes'),
    createdAt: createdAt(),
  },
  (table) => [index('living_well_meetings_tenancy_held_idx').on(table.tenancyId, table.heldOn)],
);
