import { sql } from 'drizzle-orm';
import { customType, timestamp, uuid } from 'drizzle-orm/pg-core';

export const id = () => uuid('id').primaryKey().defaultRandom();

export const createdAt = () =>
  timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * A `tstzrange` kept by PostgreSQL itself from two instants, so the application only ever
 * writes plain start and end times and the range the exclusion constraint needs can never
 * disagree with them.
 */
const tstzrange = customType<{ data: string; driverData: string }>({
  dataType: () => 'tstzrange',
});

export const rangeOf = (name: string, start: string, end: string) =>
  tstzrange(name).generatedAlwaysAs(sql.raw(`tstzrange(${start}, ${end}, '[)')`));
