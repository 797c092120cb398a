/**
 * Values come from staff and tenants and may hold anything. Line breaks would let a name
 * start a new header line or fake a paragraph; bidi controls would let a name reorder the
 * words around it (a "Trojan Source" style trick), so both go before a value is inserted.
 */
const LINE_BREAKS = /\r\n|[\r\n\v\f\u0085\u2028\u2029]/g;
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Other C0/C1 controls have no business in a notice and some mail clients act on them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const OTHER_CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
// Intl puts narrow and ordinary no-break spaces into dates; plain spaces keep SMS in GSM-7.
const ODD_SPACES = /[\t\u00a0\u202f]/g;

export function plainText(value: string): string {
  return value
    .replace(LINE_BREAKS, ' ')
    .replace(BIDI_CONTROLS, '')
    .replace(OTHER_CONTROLS, '')
    .replace(ODD_SPACES, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}
