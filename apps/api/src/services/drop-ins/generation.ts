import type { Database } from '@doorstep/db';

/**
 * Feeds are cached in memory (feeds.ts) until something they show changes. Every drop-in or
 * venue write bumps this counter after it commits; a cached feed made under an older count is
 * stale. Bumping only after commit means a feed rendered from the old rows can never be
 * stored as current. Counters are kept per database, so tests with their own databases in one
 * process never see each other's feeds.
 */
const generations = new WeakMap<Database, number>();

export function dropInsGeneration(db: Database): number {
  return generations.get(db) ?? 0;
}

export function dropInsChanged(db: Database): void {
  generations.set(db, dropInsGeneration(db) + 1);
}
