import { getTableColumns, getTableName, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../../client';

type Writer = Pick<Database, 'execute'>;

/**
 * Writes rows as one array per column (`insert … select * from unnest(…)`): a handful of
 * parameters per statement instead of one per value, which is what lets millions of history
 * rows go in within minutes. Values go through each column's own driver mapping, so the
 * database sees exactly what an ordinary insert would send.
 */
export async function writeColumns(
  db: Writer,
  table: PgTable,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.entries(getTableColumns(table)).filter(
    ([, column]) => !(column as PgColumn & { generated?: unknown }).generated,
  ) as [string, PgColumn][];
  const names: SQL[] = [];
  const arrays: SQL[] = [];
  for (const [key, column] of columns) {
    const missing = rows.filter((row) => row[key] === undefined).length;
    if (missing === rows.length && column.hasDefault) continue;
    // A column can only take its default for every row of the statement or for none.
    if (missing > 0 && column.hasDefault && column.notNull) {
      throw new Error(`${getTableName(table)}.${column.name} is missing from ${missing} rows`);
    }
    const values = rows.map((row) => {
      const value = row[key];
      if (value === undefined || value === null) return null;
      const mapped = column.mapToDriverValue(value);
      if (mapped instanceof Date) return mapped.toISOString();
      return typeof mapped === 'object' ? JSON.stringify(mapped) : String(mapped);
    });
    names.push(sql`${sql.identifier(column.name)}`);
    arrays.push(sql`${sql.param(values)}::text[]::${sql.raw(arrayType(column))}`);
  }
  await db.execute(
    sql`insert into ${sql.identifier(getTableName(table))} (${sql.join(names, sql`, `)}) select * from unnest(${sql.join(arrays, sql`, `)})`,
  );
}

function arrayType(column: PgColumn): string {
  const type = column.getSQLType();
  // Enum types are named by their pgEnum; everything else is a built-in type name.
  return `${/^[a-z_ ]+$/.test(type) ? type : `"${type}"`}[]`;
}
