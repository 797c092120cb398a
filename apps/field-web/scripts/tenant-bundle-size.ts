/**
 * The JavaScript a tenant downloads for /b/<token>, gzipped: the booking.html entry chunk, every
 * chunk it imports statically, and the largest language file it may load lazily. Reads Vite's
 * manifest from a production build (run `npx vite build` first); exits non-zero over budget.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 120;
const ENTRY = 'booking.html';
const LANGUAGE_FILE = /^src\/features\/booking\/locales\/[^/]+\.json$/;

interface Chunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
}

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8')) as Record<
  string,
  Chunk
>;

const chunk = (key: string) => {
  const found = manifest[key];
  if (!found) throw new Error(`${key} is not in the Vite manifest: is the build up to date?`);
  return found;
};
const gzipKb = (file: string) =>
  gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length / 1024;

/** A chunk and everything it imports statically, each once. */
function staticClosure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of chunk(key).imports ?? []) staticClosure(imported, seen);
  return seen;
}

const entry = chunk(ENTRY);
const loaded = staticClosure(ENTRY);
const entryKb = gzipKb(entry.file);
const importsKb = [...loaded]
  .filter((key) => key !== ENTRY)
  .reduce((sum, key) => sum + gzipKb(chunk(key).file), 0);

// A language file adds what it and its own imports bring beyond what is already loaded.
const languages = (entry.dynamicImports ?? []).filter((key) => LANGUAGE_FILE.test(key));
if (languages.length === 0) throw new Error(`${ENTRY} lazy-loads no language files`);
const languageCosts = languages.map((key) => ({
  name: path.basename(key),
  kb: [...staticClosure(key)]
    .filter((k) => !loaded.has(k))
    .reduce((sum, k) => sum + gzipKb(chunk(k).file), 0),
}));
const largest = languageCosts.reduce((a, b) => (b.kb > a.kb ? b : a));

const total = entryKb + importsKb + largest.kb;
const kb = (value: number) => value.toFixed(1);
console.log(
  `tenant_js_gzip_kb=${kb(total)} (entry ${kb(entryKb)}, imports ${kb(importsKb)}, largest language ${kb(largest.kb)} [${largest.name}]) budget=${BUDGET_KB}`,
);
if (total > BUDGET_KB) {
  console.error(`Over budget: the tenant pages load ${kb(total)} KB of JavaScript gzipped.`);
  process.exit(1);
}
