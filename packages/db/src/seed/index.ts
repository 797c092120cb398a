import type { Database } from '../client';
import { generateSeedData, type SeedOptions } from './generate';
import { insertSeedData, isDatabaseEmpty } from './insert';

export { DEMO_HOMES, generateSeedData, type SeedData, type SeedOptions } from './generate';
export { insertSeedData, isDatabaseEmpty } from './insert';

export async function seedDatabase(db: Database, options: SeedOptions) {
  return insertSeedData(db, generateSeedData(options));
}

/** The demo data `npm start` writes on first run; a database with staff in it is left alone. */
export async function seedIfEmpty(db: Database, options: SeedOptions) {
  if (!(await isDatabaseEmpty(db))) return null;
  return seedDatabase(db, options);
}
