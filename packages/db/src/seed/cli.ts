import { parseArgs } from 'node:util';
import { Temporal } from 'temporal-polyfill';
import { createDatabase } from '../client';
import { runMigrations } from '../migrate';
import { DEMO_HOMES, isDatabaseEmpty, seedDatabase } from './index';

/**
 * `npm run seed -- --homes 125000 --seed 7 [--homes-per-patch 312.5]`: writes a data set into
 * DATABASE_URL or DATA_DIR; patches of about 500 homes each unless told otherwise.
 */
async function main() {
  const { values } = parseArgs({
    options: {
      homes: { type: 'string', default: String(DEMO_HOMES) },
      seed: { type: 'string', default: '1' },
      today: { type: 'string' },
      'data-dir': { type: 'string' },
      'homes-per-patch': { type: 'string', default: '500' },
    },
    strict: true,
  });
  const homes = Number(values.homes);
  const seed = Number(values.seed);
  if (!Number.isInteger(homes) || homes < 1 || homes > 1_000_000) {
    throw new Error(`--homes must be a whole number from 1 to 1,000,000 (got "${values.homes}")`);
  }
  if (!Number.isInteger(seed))
    throw new Error(`--seed must be a whole number (got "${values.seed}")`);
  const homesPerPatch = Number(values['homes-per-patch']);
  if (!Number.isFinite(homesPerPatch) || homesPerPatch < 10) {
    throw new Error(
      `--homes-per-patch must be a number of 10 or more (got "${values['homes-per-patch']}")`,
    );
  }
  const today = values.today ?? Temporal.Now.plainDateISO('Europe/London').toString();

  const dataDir = values['data-dir'] ?? process.env.DATA_DIR ?? './.data';
  const handle = await createDatabase({
    url: process.env.DATABASE_URL,
    dataDir: `${dataDir}/pglite`,
  });
  try {
    await runMigrations(handle);
    if (!(await isDatabaseEmpty(handle.db))) {
      throw new Error(
        'The database already has data; seed an empty one (a new DATA_DIR or database).',
      );
    }
    const started = performance.now();
    const counts = await seedDatabase(handle.db, { homes, seed, today, homesPerPatch });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Seeded ${handle.kind} in ${seconds} s:`, counts);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
