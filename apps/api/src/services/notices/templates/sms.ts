/** GSM 03.38 default alphabet: one septet each. */
const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
/** GSM extension table: an escape septet plus one, so two each. */
const GSM_EXTENDED = new Set('^{}\\[~]|€\f');

const GSM_SINGLE = 160;
const GSM_PART = 153;
const UCS2_SINGLE = 70;
const UCS2_PART = 67;

/** Segments counted the way carriers pack them: a two-unit character never straddles a segment. */
function pack(units: number[], single: number, part: number): number {
  const total = units.reduce((a, b) => a + b, 0);
  if (total <= single) return 1;
  let segments = 1;
  let used = 0;
  for (const size of units) {
    if (used + size > part) {
      segments += 1;
      used = 0;
    }
    used += size;
  }
  return segments;
}

function isGsm7(text: string): boolean {
  for (const c of text) if (!GSM_BASIC.has(c) && !GSM_EXTENDED.has(c)) return false;
  return true;
}

/**
 * How many SMS segments a text costs. One character outside GSM-7 switches the whole text
 * to UCS-2, where a character outside the Basic Multilingual Plane takes two code units.
 * An empty text still costs one segment if sent, so it counts as one.
 */
export function smsSegments(text: string): number {
  const chars = [...text];
  if (isGsm7(text)) {
    return pack(
      chars.map((c) => (GSM_EXTENDED.has(c) ? 2 : 1)),
      GSM_SINGLE,
      GSM_PART,
    );
  }
  return pack(
    chars.map((c) => c.length),
    UCS2_SINGLE,
    UCS2_PART,
  );
}

export const MAX_SMS_SEGMENTS = 3;
