import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { languages } from './i18n';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'locales');
const load = (file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as object;

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keys(child, prefix ? `${prefix}.${key}` : key),
  );
}

/** The `{{name}}` values and `<tag>` elements a string uses: a translation must keep them all. */
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\w+\}\}|<\/?\w+>/g)].map(String).sort();

function strings(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    strings(child, prefix ? `${prefix}.${key}` : key),
  );
}

const english = load('en.json');
const files = readdirSync(dir).filter((file) => file.endsWith('.json') && file !== 'en.json');

describe('tenant page translations', () => {
  it('has one file for every language offered, and no others', () => {
    expect(files.map((file) => file.replace('.json', '')).sort()).toEqual(
      languages
        .map((language) => language.code)
        .filter((code) => code !== 'en')
        .sort(),
    );
  });

  it.each(files)('%s has exactly the keys of English', (file) => {
    expect(keys(load(file)).sort()).toEqual(keys(english).sort());
  });

  it.each(files)('%s keeps every placeholder and tag of English', (file) => {
    const translated = new Map(strings(load(file)));
    for (const [key, text] of strings(english)) {
      if (key.startsWith('_meta.')) continue;
      expect([key, placeholders(translated.get(key) ?? '')]).toEqual([key, placeholders(text)]);
    }
  });

  it.each(files)('%s is marked as needing review by a qualified translator', (file) => {
    const meta = (load(file) as { _meta: { reviewed: boolean; note: string } })._meta;
    expect(meta.reviewed).toBe(false);
    expect(meta.note).toMatch(/translator/);
  });
});
