/**
 * Reading Vite's manifest of a production build (run `npx vite build` first), for the bundle
 * size benchmarks: which chunks an entry loads at once or lazily, and each one's gzipped size
 * (level 9).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

interface Chunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
}

export function readBuild() {
  const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
  const manifest = JSON.parse(
    readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'),
  ) as Record<string, Chunk>;

  const chunk = (key: string) => {
    const found = manifest[key];
    if (!found) throw new Error(`${key} is not in the Vite manifest: is the build up to date?`);
    return found;
  };
  const gzipKb = (key: string) =>
    gzipSync(readFileSync(path.join(dist, chunk(key).file)), { level: 9 }).length / 1024;

  /** A chunk and everything it imports statically, each once. */
  function staticClosure(key: string, seen = new Set<string>()): Set<string> {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const imported of chunk(key).imports ?? []) staticClosure(imported, seen);
    return seen;
  }

  /** The lazy imports of a chunk and of everything it imports statically. */
  const lazyImports = (key: string) =>
    [...staticClosure(key)].flatMap((loaded) => chunk(loaded).dynamicImports ?? []);

  /** What loading `key` adds to the chunks already `loaded`, gzipped. */
  const addedKb = (key: string, loaded: Set<string>) =>
    [...staticClosure(key)].filter((k) => !loaded.has(k)).reduce((sum, k) => sum + gzipKb(k), 0);

  /** Of these lazy imports (the languages, say), the one that adds most. */
  const largestAdded = (keys: string[], loaded: Set<string>) =>
    keys
      .map((key) => ({ name: path.basename(key), kb: addedKb(key, loaded) }))
      .reduce((a, b) => (b.kb > a.kb ? b : a));

  return { dist, chunk, gzipKb, staticClosure, lazyImports, addedKb, largestAdded };
}
