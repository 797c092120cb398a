import * as rruleModule from 'rrule';

/**
 * rrule ships a CommonJS build (what Node and tsx load, with everything under `default`) and
 * an ES build (what Vite and Vitest load, with named exports): take whichever arrived.
 */
const loaded = rruleModule as typeof rruleModule & { default?: typeof rruleModule };
export const { RRule } = loaded.RRule ? loaded : (loaded.default as typeof rruleModule);
export type RRule = rruleModule.RRule;
