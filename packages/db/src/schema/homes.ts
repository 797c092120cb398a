import { boolean, doublePrecision, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';
import { patches } from './patches';

export const homes = pgTable(
  'homes',
  {
    id: id(),
    addressLine1: text('address_line1').notNull(),
    addressLine2: text('address_line2'),
    town: text('town').notNull(),
    postcode: text('postcode').notNull(),
    latitude: doublePrecision('latitude').notNull(),
    longitude: doublePrecision('longitude').notNull(),
    /** A gas supply means a yearly gas safety check (reg 36A). */
    hasGas: boolean('has_gas').notNull().default(true),
    patchId: uuid('patch_id').references(() => patches.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [
    index('homes_patch_idx').on(table.patchId),
    index('homes_postcode_idx').on(table.postcode),
  ],
);
