import type { LetterFormat } from './types.js';

const MM = 72 / 25.4;

export interface LetterStyle {
  bodySize: number;
  titleSize: number;
  labelSize: number;
  /** Baseline-to-baseline distance as a multiple of the font size. */
  lineHeight: number;
  paragraphGap: number;
  margin: number;
  qrSize: number;
}

// Large print follows RNIB/UKAAF guidance: 16 pt minimum (18 pt here), left-aligned (or
// right-aligned for RTL) single column, bold larger headings, 1.5 line spacing, black on
// white. Standard stays at 12 pt so a letter fits one or two sheets.
export const LETTER_STYLES: Record<LetterFormat, LetterStyle> = {
  standard: {
    bodySize: 12,
    titleSize: 16,
    labelSize: 12,
    lineHeight: 1.35,
    paragraphGap: 8,
    margin: 20 * MM,
    qrSize: 30 * MM,
  },
  large_print: {
    bodySize: 18,
    titleSize: 26,
    labelSize: 20,
    lineHeight: 1.5,
    paragraphGap: 14,
    margin: 18 * MM,
    qrSize: 45 * MM,
  },
};

export const A4: [number, number] = [595.28, 841.89];
