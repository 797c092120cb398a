import { venues } from '@doorstep/db';
import { generateSeedData } from '@doorstep/db/seed';
import { createTestDatabase } from '@doorstep/db/testing';
import { venuePublishingProblems } from '@doorstep/domain';
import { loadConfig } from '../src/config';
import { createServer } from '../src/server';
import { dropInFeed, forgetDropInFeeds } from '../src/services/drop-ins/feeds';
import { cancelOccurrence, reinstateOccurrence } from '../src/services/drop-ins/occurrences';
import { createSeries, getSeries, setPublished } from '../src/services/drop-ins/series';
import { forPublishing } from '../src/services/drop-ins/venues';

/**
 * `npm run bench:drop-ins-feed`: the all-areas feed (`/ics/drop-ins.ics`) for 12 months of 40
 * published monthly series on a fresh PGlite. Cold is a full render with every cache dropped
 * (median of several); after one write, a render once staff have cancelled or reinstated one
 * session; warm, the cached answer; then a repeat over HTTP with the ETag in If-None-Match.
 * Target: cold render under 50 ms.
 */
const SERIES = 40;
const RUNS = 15;
const now = new Date('2026-11-23T10:00:00Z');
const publicUrl = 'http://localhost:3000';

const database = await createTestDatabase('pglite');
const seed = generateSeedData({ homes: 60, seed: 3, today: '2026-11-23' });
await database.db.insert(venues).values(seed.venues);
const places = (await database.db.select().from(venues)).filter(
  // Every seed venue is open 10:00–12:00 and 14:00–16:00 on weekdays except the museum's Mondays.
  (venue) => venuePublishingProblems(forPublishing(venue)).length === 0,
);

const days = ['MO', 'TU', 'WE', 'TH', 'FR'];
const ids: string[] = [];
for (let n = 0; n < SERIES; n += 1) {
  const venue = places[n % places.length];
  if (!venue) throw new Error('no publishable venue');
  const afternoon = Math.floor(n / 20) === 1;
  const { id } = await createSeries(
    database.db,
    {
      title: `Drop-in ${n + 1}`,
      team: 'Communities Team',
      topics: ['rent', 'repairs'],
      rrule: `FREQ=MONTHLY;BYDAY=+${(n % 4) + 1}${days[Math.floor(n / 4) % 5]};UNTIL=20281231`,
      startsOn: '2026-01-01',
      startTime: afternoon ? '14:00' : '10:00',
      endTime: afternoon ? '16:00' : '12:00',
      venueId: venue.id,
      clashRule: n % 2 === 0 ? 'skip' : 'next_working_day',
    },
    null,
  );
  await setPublished(database.db, id, true, now);
  ids.push(id);
}
// A few cancellations, as a real year has.
for (const id of ids.slice(0, 5)) {
  const next = (await getSeries(database.db, id, now)).upcoming[1];
  if (!next) continue;
  await cancelOccurrence(
    database.db,
    { seriesId: id, originalDate: next.originalDate, reason: 'Room unavailable' },
    null,
    now,
  );
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const time = async (run: () => Promise<unknown>) => {
  const started = performance.now();
  await run();
  return performance.now() - started;
};

const all = { kind: 'all' } as const;
// One render first, so module loading and JIT warm-up are not counted as rendering.
await dropInFeed(database.db, all, now, publicUrl);
const cold: number[] = [];
for (let run = 0; run < RUNS; run += 1) {
  forgetDropInFeeds(database.db);
  cold.push(await time(() => dropInFeed(database.db, all, now, publicUrl)));
}
// What a subscriber's poll costs after staff cancel or reinstate one session.
const afterWrite: number[] = [];
const target = (await getSeries(database.db, ids[10] ?? '', now)).upcoming[2];
for (let run = 0; run < RUNS; run += 1) {
  const change = run % 2 === 0 ? cancelOccurrence : reinstateOccurrence;
  const key = {
    seriesId: ids[10] ?? '',
    originalDate: target?.originalDate ?? '',
    reason: 'Bench',
  };
  await change(database.db, key, null, now);
  afterWrite.push(await time(() => dropInFeed(database.db, all, now, publicUrl)));
}
const warm: number[] = [];
for (let run = 0; run < RUNS; run += 1) {
  warm.push(await time(() => dropInFeed(database.db, all, now, publicUrl)));
}
const file = await dropInFeed(database.db, all, now, publicUrl);
const events = file?.text.match(/^BEGIN:VEVENT/gm)?.length ?? 0;

const server = await createServer(
  {
    ...loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      LINK_SECRET: 'bench-link-secret-0123456789abcdef',
      OUTBOX_WORKER: 'false',
    }),
    demoData: false,
  },
  { database, now: () => now },
);
const base = await server.start();
const first = await fetch(`${base}/ics/drop-ins.ics`);
const etag = first.headers.get('etag') ?? '';
const bytes = (await first.text()).length;
let repeatMs = 0;
const repeat = await (async () => {
  const started = performance.now();
  const response = await fetch(`${base}/ics/drop-ins.ics`, { headers: { 'if-none-match': etag } });
  repeatMs = performance.now() - started;
  return response;
})();
await server.stop();
await database.close();

console.log(
  `series=${SERIES} events=${events} bytes=${bytes} cold_render_ms=${median(cold).toFixed(1)} after_one_write_ms=${median(afterWrite).toFixed(1)} warm_cached_ms=${median(warm).toFixed(2)} repeat_status=${repeat.status} repeat_ms=${repeatMs.toFixed(1)} etag_matches=${repeat.headers.get('etag') === etag} target_cold_ms=50`,
);
