/**
 * The JavaScript the public drop-in pages download, gzipped, from Vite's manifest of a
 * production build. The drop-ins.html entry and every chunk it imports statically load first;
 * the map (with Leaflet), the poster (with the QR code) and a language come later, when shown.
 * Each page's total is the first load, what that page adds and the largest language; the
 * heaviest, the list with its map, must stay under the budget (exits non-zero over it).
 */
import { readBuild } from './vite-manifest';

const BUDGET_KB = 150;
const ENTRY = 'drop-ins.html';
const MAP = 'src/features/drop-ins/SessionMap.tsx';
const POSTER = 'src/features/drop-ins/PosterPage.tsx';
const LANGUAGE_FILE = /^src\/features\/drop-ins\/locales\/[^/]+\.json$/;

const { chunk, gzipKb, staticClosure, lazyImports, addedKb, largestAdded } = readBuild();

/** Every chunk the entry can ever load, at once or lazily. */
function everything(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const next of [...(chunk(key).imports ?? []), ...(chunk(key).dynamicImports ?? [])])
    everything(next, seen);
  return seen;
}

const first = staticClosure(ENTRY);
const firstKb = [...first].reduce((sum, key) => sum + gzipKb(key), 0);
const lazy = lazyImports(ENTRY);
for (const key of [MAP, POSTER])
  if (!lazy.includes(key)) throw new Error(`${ENTRY} should load ${key} lazily`);
const mapKb = addedKb(MAP, first);
const posterKb = addedKb(POSTER, first);
const languages = lazy.filter((key) => LANGUAGE_FILE.test(key));
if (languages.length === 0) throw new Error(`${ENTRY} lazy-loads no language files`);
const largest = largestAdded(languages, first);
const all = everything(ENTRY);
const allKb = [...all].reduce((sum, key) => sum + gzipKb(key), 0);

const pages = {
  list: firstKb + mapKb + largest.kb,
  session: firstKb + largest.kb,
  poster: firstKb + posterKb + largest.kb,
};
const kb = (value: number) => value.toFixed(1);
console.log(
  `drop_ins_list_js_gzip_kb=${kb(pages.list)} (first load ${kb(firstKb)}, map with Leaflet ${kb(mapKb)}, largest language ${kb(largest.kb)} [${largest.name}]) session_page=${kb(pages.session)} poster_page=${kb(pages.poster)} (poster with QR code ${kb(posterKb)}) all_chunks=${kb(allKb)} (${all.size} chunks) budget=${BUDGET_KB}`,
);
const heaviest = Math.max(...Object.values(pages));
if (heaviest > BUDGET_KB) {
  console.error(`Over budget: a drop-in page loads ${kb(heaviest)} KB of JavaScript gzipped.`);
  process.exit(1);
}
