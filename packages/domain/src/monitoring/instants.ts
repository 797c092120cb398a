import { type InstantInput, toLondon } from '../calendar/london';

/** Milliseconds since the epoch, so instants written with different offsets compare right. */
export const epochMs = (input: InstantInput): number => toLondon(input).epochMilliseconds;
