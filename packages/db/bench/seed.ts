import { parseArgs } from 'node:util';
import { type DatabaseKind, runMigrations } from '../src';
import { generateSeedData, insertSeedData } from '../src/seed';
import { createTestDatabase } from '../src/testing';

/**
 * `npm run bench:seed -- --homes 125000 [--driver postgres] [--history-years 2]`: time and memory to generate and
 * write a data set. The server run needs TEST_DATABASE_URL and uses a new database on it.
 */
const { values } = parseArgs({
  options: {
    homes: { type: 'string', default: '125000' },
    seed: { type: 'string', default: '7' },
    driver: { type: 'string', default: 'pglite' },
    'history-years': { type: 'string', default: '0' },
  },
});
const driver = values.driver as DatabaseKind;
if (driver !== 'pglite' && driver !== 'postgres') throw new Error('--driver is pglite or postgres');
const homes = Number(values.homes);
const historyYears = Number(values['history-years']);

const database = await createTestDatabase(driver, { migrate: false });
try {
  await runMigrations(database);
  let started = performance.now();
  const data = generateSeedData({
    homes,
    seed: Number(values.seed),
    today: '2026-11-23',
    historyYears,
  });
  // The history is generated patch by patch while it is written, so its time is in insert_s.
  const generateSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const counts = await insertSeedData(database.db, data);
  const insertSeconds = (performance.now() - started) / 1000;
  const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    `driver=${driver} homes=${homes} history_years=${historyYears} rows=${rows} appointments=${counts.appointments + (counts['history.appointments'] ?? 0)} generate_s=${generateSeconds.toFixed(1)} ` +
      `insert_s=${insertSeconds.toFixed(1)} rows_per_s=${Math.round(rows / insertSeconds)} peak_rss_mb=${Math.round(peakMb)}`,
  );
} finally {
  await database.close();
}
