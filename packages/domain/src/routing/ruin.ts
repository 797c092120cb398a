import { type Rng, randomInt } from './rng';
import type { Route } from './route';
import type { Solution } from './solution';

/** Average jobs removed per ruin, and the longest string (Christiaens & Vanden Berghe's c̄ and Lmax). */
export interface RuinSettings {
  readonly averageRemoved: number;
  readonly maxString: number;
}

/** Positions of route's jobs in visiting order (breaks are never removed). */
const jobPositions = (sol: Solution, route: Route): number[] => {
  const out: number[] = [];
  for (let p = 1; p < route.nodes.length - 1; p++)
    if ((route.nodes[p] as number) < sol.m.jobCount) out.push(p);
  return out;
};

/**
 * SISR ruin (Christiaens & Vanden Berghe, 2020, Transportation Science 54(2)): from a random
 * job outwards through its nearest neighbours, cut a string of consecutive jobs from each
 * route met (sometimes keeping a few in the middle of it), until enough routes are cut.
 * Removing geographically close strings frees room for a different, better arrangement.
 */
export const ruinStrings = (sol: Solution, rng: Rng, settings: RuinSettings): number[] => {
  const { m } = sol;
  const used = sol.routes.filter((route) => route.jobCount > 0);
  if (used.length === 0) return [];
  const assigned = used.reduce((sum, route) => sum + route.jobCount, 0);
  const maxLength = Math.min(settings.maxString, assigned / used.length);
  const maxStrings = (4 * settings.averageRemoved) / (1 + maxLength) - 1;
  const strings = Math.floor(rng() * maxStrings) + 1;
  let seed = randomInt(rng, m.jobCount);
  while (sol.routeOf[seed] === -1) seed = (seed + 1) % m.jobCount;
  const cut = new Set<number>();
  const removed: number[] = [];
  const near = m.neighbours[seed] as Int32Array;
  for (let q = -1; q < near.length && cut.size < strings; q++) {
    const job = q < 0 ? seed : (near[q] as number);
    const r = sol.routeOf[job] as number;
    if (r === -1 || cut.has(r)) continue;
    cut.add(r);
    const positions = jobPositions(sol, sol.routes[r] as Route);
    const at = positions.indexOf(sol.posOf[job] as number);
    const length = Math.floor(rng() * Math.min(positions.length, maxLength)) + 1;
    removed.push(...cutString((sol.routes[r] as Route).nodes, positions, at, length, rng));
  }
  return sol.removeAll(removed);
};

/** Jobs of one string of `length` covering index `at`; half the time a middle run survives. */
const cutString = (
  nodes: readonly number[],
  positions: readonly number[],
  at: number,
  length: number,
  rng: Rng,
): number[] => {
  let kept = 0;
  if (rng() < 0.5 && length < positions.length) {
    kept = 1;
    while (length + kept < positions.length && rng() < 0.5) kept++;
  }
  const span = length + kept;
  const first = Math.max(0, Math.min(at - randomInt(rng, span), positions.length - span));
  const keepFrom = first + randomInt(rng, span - kept + 1);
  const jobs: number[] = [];
  for (let q = first; q < first + span; q++) {
    if (q >= keepFrom && q < keepFrom + kept) continue;
    jobs.push(nodes[positions[q] as number] as number);
  }
  return jobs;
};

/**
 * Empties one random used route. String removal never cuts more than an average route's
 * length from one route, so without this a long route could never be dissolved into the
 * others, even where a plan with fewer vehicles is shorter.
 */
export const ruinRoute = (sol: Solution, rng: Rng): number[] => {
  const used = sol.routes.filter((route) => route.jobCount > 0);
  const route = used[randomInt(rng, used.length)];
  if (!route) return [];
  const removed = route.nodes.filter((node) => node < sol.m.jobCount);
  return sol.removeAll(removed);
};
