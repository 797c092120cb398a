// Bidi embeddings, overrides and isolates (and the implicit marks) let a name reorder the
// text around it, e.g. turn a reference or phone number backwards; a letter never needs them
// because each paragraph gets its direction from the letter itself.
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// Line and paragraph breaks would let a name forge extra lines of the address block.
const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029\v\f\t]/g;
// Other C0/C1 controls have no glyph and only confuse text extraction.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const OTHER_CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;

/** One line of printable text: no controls, no breaks, single spaces. */
export function plainText(value: string): string {
  return value
    .normalize('NFC')
    .replace(BIDI_CONTROLS, '')
    .replace(LINE_BREAKS, ' ')
    .replace(OTHER_CONTROLS, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}
