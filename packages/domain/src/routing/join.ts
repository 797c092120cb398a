import { earliestIn, endNode, type Model } from './model';
import type { Route } from './route';

// Running state of the join being evaluated. Module-level rather than a closure so the hot
// insertion loop allocates nothing; the engine is single-threaded per worker.
let t = 0;
let distance = 0;
let load = 0;
let lastLoc = 0;
let lastNode = 0;

const step = (m: Model, v: number, x: number): boolean => {
  if (!m.allowed[x * m.vehicleCount + v]) return false;
  const here = m.isBreak[x] ? lastLoc : (m.loc[x] as number);
  const arc = lastLoc * m.locCount + here;
  t = earliestIn(m, x, t + (m.service[lastNode] as number) + (m.time[arc] as number));
  if (t === Number.POSITIVE_INFINITY) return false;
  distance += m.dist[arc] as number;
  load += m.demand[x] as number;
  lastLoc = here;
  lastNode = x;
  return true;
};

/**
 * Distance of the sequence `a.nodes[0..i] ++ mid[0..midLength) ++ b.nodes[k..]` driven by
 * a's vehicle, or Infinity when it breaks a time window, the capacity or a skill rule.
 * Every move is one or two such joins. The prefix's forward data and the suffix's backward
 * slack make the check O(|mid|); only a suffix that changes to a vehicle with another end
 * place or closing time, or that holds jobs not every vehicle may serve, is walked in full.
 */
export const joinDistance = (
  a: Route,
  i: number,
  mid: ArrayLike<number>,
  midLength: number,
  b: Route,
  k: number,
): number => {
  const { m } = a;
  const v = a.vehicle;
  lastLoc = a.loc[i] as number;
  lastNode = a.nodes[i] as number;
  t = a.earliest[i] as number;
  distance = a.dist[i] as number;
  load = a.load[i] as number;
  for (let q = 0; q < midLength; q++) {
    if (!step(m, v, mid[q] as number)) return Number.POSITIVE_INFINITY;
  }
  const suffix = b.nodes;
  const last = suffix.length - 1;
  const capacity = m.capacity[v] as number;
  if (
    b.vehicle !== v &&
    ((b.restricted[k] as number) > 0 || m.endClass[b.vehicle] !== m.endClass[v])
  ) {
    for (let p = k; p < last; p++)
      if (!step(m, v, suffix[p] as number)) return Number.POSITIVE_INFINITY;
    if (!step(m, v, endNode(m, v))) return Number.POSITIVE_INFINITY;
    return load <= capacity ? distance : Number.POSITIVE_INFINITY;
  }
  let p = k;
  // A break's place depends on what precedes it, so its stored slack may be stale: walk it.
  while (p < last && m.isBreak[suffix[p] as number]) {
    if (!step(m, v, suffix[p] as number)) return Number.POSITIVE_INFINITY;
    p++;
  }
  const here = b.loc[p] as number;
  const arc = lastLoc * m.locCount + here;
  if (t + (m.service[lastNode] as number) + (m.time[arc] as number) > (b.latest[p] as number))
    return Number.POSITIVE_INFINITY;
  load += (b.load[last] as number) - (b.load[p - 1] as number);
  if (load > capacity) return Number.POSITIVE_INFINITY;
  return distance + (m.dist[arc] as number) + (b.dist[last] as number) - (b.dist[p] as number);
};
