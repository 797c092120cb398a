import type { LetterContent } from './types.js';

/** A typical English visit notice: the benchmark's workload and the tests' starting point. */
export const SAMPLE_LETTER: LetterContent = {
  language: 'en',
  direction: 'ltr',
  recipient: { name: 'Ms Jane Smith', addressLines: ['Flat 3, 12 High Street', 'Leeds LS1 1AA'] },
  date: '3 March 2026',
  title: 'Your gas safety check',
  paragraphs: [
    'We will visit your home to check your gas boiler, cooker and fires. The check keeps you and your neighbours safe, and the law asks us to do it every year.',
    'Please make sure we can reach the boiler and the gas meter. Our engineer will show an identity card with their photograph.',
  ],
  facts: [
    { label: 'Reference', value: 'GAS-2026-000123' },
    { label: 'Purpose', value: 'Annual gas safety check' },
    { label: 'Time', value: 'Tuesday 10 March 2026, 8am to 12 noon' },
    { label: 'What to expect', value: 'About an hour; the gas will be off for part of it' },
    { label: 'To change it', value: 'Use the link below or phone us' },
    { label: 'Phone', value: '0800 000 0000' },
    { label: 'Relay UK', value: '18001 0800 000 0000' },
  ],
  link: 'https://doorstep.example/b/Xq7Lm2pRt9',
};
