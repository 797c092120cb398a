import { date, index, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';
import { homes } from './homes';

export const tenures = [
  'low_cost_rental',
  'affordable_rent',
  'shared_ownership',
  'leasehold',
  'intermediate_rent',
] as const;
export type Tenure = (typeof tenures)[number];
export const tenure = pgEnum('tenure', tenures);

export const tenancies = pgTable(
  'tenancies',
  {
    id: id(),
    reference: text('reference').notNull(),
    homeId: uuid('home_id')
      .notNull()
      .references(() => homes.id, { onDelete: 'restrict' }),
    tenure: tenure('tenure').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('tenancies_reference_key').on(table.reference),
    index('tenancies_home_idx').on(table.homeId),
  ],
);
