import { sql } from 'drizzle-orm';
import { check, date, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
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

/**
 * Another advisor covering a patch, granted by a manager for a date range (inclusive). It
 * ends by itself: access is checked against today's date, so nothing needs revoking.
 */
export const patchCovers = pgTable(
  'patch_covers',
  {
    id: id(),
    patchId: uuid('patch_id')
      .notNull()
      .references(() => patches.id, { onDelete: 'cascade' }),
    advisorId: uuid('advisor_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    grantedById: uuid('granted_by_id').references(() => staff.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [
    check('patch_covers_ends_after_start', sql`${table.endsOn} >= ${table.startsOn}`),
    index('patch_covers_advisor_idx').on(table.advisorId, table.endsOn),
  ],
);
