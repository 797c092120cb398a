import bidiFactory from 'bidi-js';

const bidi = bidiFactory();

// Arabic, Arabic Supplement, Arabic Extended-A/B and the presentation forms: everything
// Noto Naskh Arabic is needed for (Arabic and Urdu letters, Arabic punctuation and digits).
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const NEUTRAL = /[\s.,:;!?'"()[\]\-–—/]/;

export interface Run {
  text: string;
  script: 'latin' | 'arabic';
  rtl: boolean;
}

/**
 * Splits one line into runs of one font and one direction, in visual order (left to right
 * on the page). Each run keeps its characters in logical order so fontkit can shape it.
 * Levels are resolved per wrapped line rather than per paragraph: the difference only
 * shows for weak characters at a line's edge.
 */
export function visualRuns(line: string, direction: 'ltr' | 'rtl' | 'auto'): Run[] {
  // 'auto' takes the direction from the first strong character, as HTML's dir="auto" does.
  const { levels } = bidi.getEmbeddingLevels(line, direction === 'auto' ? undefined : direction);
  const chars = Array.from(line);
  const logical: (Run & { level: number })[] = [];
  let offset = 0;
  let previousScript: Run['script'] | undefined;
  for (const char of chars) {
    const level = levels[offset] ?? 0;
    offset += char.length;
    // Spaces and punctuation inside right-to-left text take the Arabic font, so an Arabic
    // phrase is shaped as one run and fontkit keeps its word order; elsewhere they stay in
    // the font of the text they follow.
    const neutral = NEUTRAL.test(char);
    const script: Run['script'] =
      ARABIC.test(char) || (neutral && level % 2 === 1)
        ? 'arabic'
        : neutral && previousScript
          ? previousScript
          : 'latin';
    previousScript = script;
    const last = logical[logical.length - 1];
    if (last && last.level === level && last.script === script) {
      last.text += char;
    } else {
      logical.push({ text: char, script, rtl: level % 2 === 1, level });
    }
  }
  return reorder(logical).map(({ text, script, rtl }) => ({ text, script, rtl }));
}

/** Rule L2 of the bidi algorithm, applied to whole runs. */
function reorder<T extends { level: number }>(runs: T[]): T[] {
  const result = [...runs];
  const highest = Math.max(0, ...result.map((run) => run.level));
  const lowestOdd = Math.min(
    ...result.map((run) => (run.level % 2 === 1 ? run.level : Number.POSITIVE_INFINITY)),
  );
  for (let level = highest; level >= lowestOdd; level--) {
    let start = 0;
    while (start < result.length) {
      if ((result[start]?.level ?? 0) < level) {
        start++;
        continue;
      }
      let end = start;
      while (end < result.length && (result[end]?.level ?? 0) >= level) end++;
      const reversed = result.slice(start, end).reverse();
      result.splice(start, end - start, ...reversed);
      start = end;
    }
  }
  return result;
}

/** Brackets and similar pairs swapped, as rule L4 asks for right-to-left text; fontkit does not do it. */
export function mirrored(text: string): string {
  return Array.from(text, (char) => bidi.getMirroredCharacter(char) ?? char).join('');
}

export function reversed(text: string): string {
  return Array.from(text).reverse().join('');
}

export function hasArabic(text: string): boolean {
  return ARABIC.test(text);
}
