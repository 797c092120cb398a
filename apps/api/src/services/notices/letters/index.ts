export { renderLetter } from './render-letter.js';
export type { LetterContent, LetterFormat } from './types.js';
