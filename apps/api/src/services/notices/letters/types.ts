export interface LetterContent {
  /** BCP 47, e.g. 'en', 'pl', 'ar', 'ur'. */
  language: string;
  direction: 'ltr' | 'rtl';
  /** Anything may be in a name (CRLF, markup, bidi controls): it is rendered as plain text. */
  recipient: { name: string; addressLines: string[] };
  /** Already formatted for the letter's language. */
  date: string;
  title: string;
  paragraphs: string[];
  /** Reference, purpose, time, how to change it, phone, Relay UK… */
  facts: { label: string; value: string }[];
  /** The tenant's booking link: printed, and as a QR code. */
  link?: string;
}

export type LetterFormat = 'standard' | 'large_print';
