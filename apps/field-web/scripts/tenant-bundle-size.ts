/**
 * The JavaScript a tenant downloads for /b/<token>, gzipped: the booking.html entry chunk, every
 * chunk it imports statically, and the largest language file it may load lazily. Reads Vite's
 * manifest from a production build (run `npx vite build` first); exits non-zero over budget.
 */
import { readBuild } from './vite-manifest';

const BUDGET_KB = 120;
const ENTRY = 'booking.html';
const LANGUAGE_FILE = /^src\/features\/booking\/locales\/[^/]+\.json$/;

const { gzipKb, staticClosure, lazyImports, largestAdded } = readBuild();

const loaded = staticClosure(ENTRY);
const entryKb = gzipKb(ENTRY);
const importsKb = [...loaded]
  .filter((key) => key !== ENTRY)
  .reduce((sum, key) => sum + gzipKb(key), 0);

// A language file adds what it and its own imports bring beyond what is already loaded. The
// loaders may sit in a chunk the entry shares with the drop-in pages, so look through them all.
const languages = lazyImports(ENTRY).filter((key) => LANGUAGE_FILE.test(key));
if (languages.length === 0) throw new Error(`${ENTRY} lazy-loads no language files`);
const largest = largestAdded(languages, loaded);

const total = entryKb + importsKb + largest.kb;
const kb = (value: number) => value.toFixed(1);
console.log(
  `tenant_js_gzip_kb=${kb(total)} (entry ${kb(entryKb)}, imports ${kb(importsKb)}, largest language ${kb(largest.kb)} [${largest.name}]) budget=${BUDGET_KB}`,
);
if (total > BUDGET_KB) {
  console.error(`Over budget: the tenant pages load ${kb(total)} KB of JavaScript gzipped.`);
  process.exit(1);
}
