const FOLD_AFTER = 74;
// biome-ignore lint/suspicious/noControlCharactersInRegex: any ASCII is one octet, controls included
const ASCII = /^[\u0000-\u007f]*$/;

/** One line folded character by character, counting each one's UTF-8 octets. */
function foldWide(line: string): string {
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  for (let i = 0; i < line.length; i += 1) {
    const code = line.charCodeAt(i);
    let size = code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < line.length;
    if (pair) size = 4;
    octets += size;
    if (octets > FOLD_AFTER) {
      parts.push(line.slice(start, i));
      start = i;
      octets = size;
    }
    if (pair) i += 1;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

/**
 * RFC 5545 §3.1 line folding: no line longer than 75 octets, continued on a line that starts
 * with a space. The same rule as ical-generator's own (a fold once a line passes 74 octets,
 * never inside a character), which measures each character with a new TextEncoder and so
 * takes most of the time a 500-event feed needs; this counts octets directly, and cuts plain
 * ASCII lines (nearly all of them) in slices.
 */
export function foldLines(text: string): string {
  return text
    .split('\r\n')
    .map((line) => {
      if (!ASCII.test(line)) return foldWide(line);
      if (line.length <= FOLD_AFTER) return line;
      const parts: string[] = [];
      for (let at = 0; at < line.length; at += FOLD_AFTER) {
        parts.push(line.slice(at, at + FOLD_AFTER));
      }
      return parts.join('\r\n ');
    })
    .join('\r\n');
}
