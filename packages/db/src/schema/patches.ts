import { index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Polygon } from 'geojson';
import { createdAt, id } from './columns';
import { staff } from './staff';

export const patches = pgTable(
  'patches',
  {
    id: id(),
    name: text('name').notNull(),
    /** The area the patch covers, a GeoJSON polygon in WGS 84 (longitude, latitude). */
    boundary: jsonb('boundary').$type<Polygon>().notNull(),
    advisorId: uuid('advisor_id').references(() => staff.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('patches_name_key').on(table.name),
    index('patches_advisor_idx').on(table.advisorId),
  ],
);
