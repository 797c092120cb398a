/**
 * The JavaScript an advisor's phone downloads for the staff app, gzipped, from Vite's manifest
 * of a production build. The index.html entry and every chunk it imports statically load
 * first; the My day route (src/features/appointments/day/) is a lazy chunk fetched when the
 * page opens, and its map (with Leaflet) another, fetched when the map is shown. The first
 * load of My day, without the map, must stay under the budget (exits non-zero over it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readBuild } from './vite-manifest';

const BUDGET_KB = 250;
const ENTRY = 'index.html';
const DAY_FOLDER = 'src/features/appointments/day/';
const LEAFLET = /leaflet/i;

const { dist, gzipKb, staticClosure, lazyImports, addedKb } = readBuild();
const kb = (value: number) => value.toFixed(1);
const sumKb = (keys: Iterable<string>) => [...keys].reduce((sum, key) => sum + gzipKb(key), 0);

const initial = staticClosure(ENTRY);
const initialKb = sumKb(initial);
const leafletAtStart = [...initial].some((key) => LEAFLET.test(key));

// The route chunks under day/ (day, week, visit); My day is the one named for the day.
const dayRoutes = lazyImports(ENTRY).filter((key) => key.startsWith(DAY_FOLDER));
const myDay =
  dayRoutes.find((key) => /day/i.test(path.basename(key)) && !/week|visit/i.test(key)) ??
  dayRoutes[0];

const parts = [`initial ${kb(initialKb)} (${initial.size} chunks)`];
let firstLoadKb = initialKb;
if (!myDay) {
  parts.push(`my_day_route=absent (no lazy chunk under ${DAY_FOLDER} yet)`);
} else {
  const dayKb = addedKb(myDay, initial);
  firstLoadKb += dayKb;
  parts.push(`my_day_route ${kb(dayKb)} [${path.basename(myDay)}]`);
  const others = dayRoutes.filter((key) => key !== myDay);
  if (others.length > 0)
    parts.push(
      `other day routes: ${others.map((key) => `${path.basename(key)} ${kb(addedKb(key, initial))}`).join(', ')}`,
    );

  // The map is whatever the day routes load lazily that brings Leaflet with it.
  const loaded = new Set([...initial, ...staticClosure(myDay)]);
  const maps = [...new Set(dayRoutes.flatMap((key) => lazyImports(key)))].filter((key) =>
    [...staticClosure(key)].some((k) => LEAFLET.test(k)),
  );
  parts.push(
    maps.length === 0
      ? 'map=absent (no lazy chunk with Leaflet from the day routes)'
      : `map ${maps.map((key) => `${kb(addedKb(key, loaded))} [${path.basename(key)}]`).join(', ')}`,
  );
}

// The service worker and Workbox come after the page has loaded; the worker then fetches what
// it keeps for offline use (its precache list), once per release.
const gzipFileKb = (name: string) =>
  gzipSync(readFileSync(path.join(dist, name)), { level: 9 }).length / 1024;
const workerFiles = existsSync(dist)
  ? readdirSync(dist).filter((name) => /^(sw|workbox-[\w-]+)\.js$/.test(name))
  : [];
if (workerFiles.length > 0) {
  const workerKb = workerFiles.reduce((sum, name) => sum + gzipFileKb(name), 0);
  const precached = existsSync(path.join(dist, 'sw.js'))
    ? [...readFileSync(path.join(dist, 'sw.js'), 'utf8').matchAll(/url:"([^"]+)"/g)].map(
        (match) => match[1] as string,
      )
    : [];
  const precachedKb = precached.reduce((sum, name) => sum + gzipFileKb(name), 0);
  parts.push(
    `after load: service worker ${kb(workerKb)} [${workerFiles.join(', ')}], precache ${kb(precachedKb)} (${precached.length} files)`,
  );
}

console.log(
  `advisor_my_day_js_gzip_kb=${kb(firstLoadKb)} (${parts.join('; ')}) leaflet_in_initial=${leafletAtStart ? 'yes' : 'no'} budget=${BUDGET_KB}`,
);
if (firstLoadKb > BUDGET_KB) {
  console.error(`Over budget: My day loads ${kb(firstLoadKb)} KB of JavaScript gzipped.`);
  process.exit(1);
}
