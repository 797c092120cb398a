import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dropInTopics, venueFacts } from '@doorstep/domain';
import { describe, expect, it } from 'vitest';
import { languages } from '../booking/i18n';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'locales');

/** A locale file as "a.b.c" → text, so files compare key by key. */
function entries(file: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (value: unknown, prefix: string) => {
    if (typeof value === 'string') found.set(prefix, value);
    else if (typeof value === 'object' && value !== null)
      for (const [key, child] of Object.entries(value))
        walk(child, prefix ? `${prefix}.${key}` : key);
    else found.set(prefix, String(value));
  };
  walk(JSON.parse(readFileSync(path.join(dir, file), 'utf8')), '');
  return found;
}

/** `{{value}}`s and `<tag>`s: the page fills and links them, so each must survive translation. */
const markers = (text = '') => [...text.matchAll(/\{\{\w+\}\}|<\/?\w+>/g)].map(String).sort();

const english = entries('en.json');
const others = readdirSync(dir).filter((file) => file.endsWith('.json') && file !== 'en.json');

describe('drop-in page translations', () => {
  it('are offered in exactly the languages of the tenant pages', () => {
    expect(others.map((file) => path.basename(file, '.json')).sort()).toEqual(
      languages
        .map((language) => language.code)
        .filter((code) => code !== 'en')
        .sort(),
    );
  });

  it('name every accessibility fact and every topic in English', () => {
    for (const fact of venueFacts) expect(english.get(`facts.${fact}`)).toBeTruthy();
    for (const topic of dropInTopics) expect(english.get(`topics.${topic}`)).toBeTruthy();
  });

  describe.each(others)('%s', (file) => {
    const translated = entries(file);

    it('has every key of English and no other', () => {
      expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    });

    it('keeps every placeholder and tag, and leaves no string empty', () => {
      for (const [key, text] of english) {
        if (key.startsWith('_meta.')) continue;
        expect([key, markers(translated.get(key))]).toEqual([key, markers(text)]);
        expect([key, translated.get(key)?.trim()]).not.toEqual([key, '']);
      }
    });

    it('is flagged as a machine draft that a qualified translator must review', () => {
      expect(translated.get('_meta.reviewed')).toBe('false');
      expect(translated.get('_meta.note')).toMatch(/qualified translator/);
    });
  });
});
