import type { Route } from '../route';
import type { Solution } from '../solution';

/** One new route: `routes[route].nodes[0..i] ++ mid ++ routes[from].nodes[k..]`, ending at its own end. */
export interface Part {
  readonly route: number;
  readonly i: number;
  readonly mid: readonly number[];
  readonly from: number;
  readonly k: number;
}

/**
 * Receives each evaluated move: its change in distance (Infinity when infeasible) and a way
 * to spell it out. `parts` reads the shared scratch buffers, so call it before the next
 * evaluation. Returns true to stop the neighbourhood (the move was applied).
 */
export type Offer = (delta: number, parts: () => Part[]) => boolean;

/** Applies all parts at once; each reads the routes as they were before the move. */
export const applyParts = (sol: Solution, parts: readonly Part[]): void => {
  const sequences = parts.map((part) => {
    const own = (sol.routes[part.route] as Route).nodes;
    const tail = (sol.routes[part.from] as Route).nodes.slice(part.k, -1);
    // A tail taken from another route still ends at this vehicle's own end.
    return own.slice(0, part.i + 1).concat(part.mid, tail, own[own.length - 1] as number);
  });
  for (const [index, part] of parts.entries())
    sol.setNodes(part.route, sequences[index] as number[]);
};

let scratch = [new Int32Array(256), new Int32Array(256)];

/** Reusable buffer for a join's middle section (two moves' parts may need one each). */
export const buffer = (which: 0 | 1, size: number): Int32Array => {
  if ((scratch[which] as Int32Array).length < size) {
    scratch = scratch.map((b) => (b.length < size ? new Int32Array(size * 2) : b));
  }
  return scratch[which] as Int32Array;
};

/** Copies nodes[from..to] (inclusive, possibly empty) into buf at `at`, reversed on request. */
export const copyRange = (
  buf: Int32Array,
  at: number,
  nodes: readonly number[],
  from: number,
  to: number,
  reversed = false,
): number => {
  let w = at;
  if (reversed) for (let p = to; p >= from; p--) buf[w++] = nodes[p] as number;
  else for (let p = from; p <= to; p++) buf[w++] = nodes[p] as number;
  return w;
};

export const midOf = (buf: Int32Array, length: number): number[] =>
  Array.from(buf.subarray(0, length));
