import { joinDistance } from '../join';
import type { Route } from '../route';
import type { Solution } from '../solution';
import { buffer, copyRange, midOf, type Offer } from './move';

/**
 * Between routes (2-opt*): swap the tails so u is followed by v's successor and v by u's;
 * with `adjacent`, so u is followed by v itself. Within a route (2-opt): reverse the
 * stretch between u and v so they become neighbours.
 */
export const twoOpt = (
  sol: Solution,
  u: number,
  v: number,
  adjacent: boolean,
  offer: Offer,
): boolean => {
  const ru = sol.routeOf[u] as number;
  const rv = sol.routeOf[v] as number;
  const pu = sol.posOf[u] as number;
  const pv = sol.posOf[v] as number;
  const A = sol.routes[ru] as Route;
  const empty = buffer(0, 1);
  if (ru !== rv) {
    const B = sol.routes[rv] as Route;
    const kB = adjacent ? pv : pv + 1;
    const iB = kB - 1;
    const newA = joinDistance(A, pu, empty, 0, B, kB);
    const newB =
      newA === Number.POSITIVE_INFINITY ? newA : joinDistance(B, iB, empty, 0, A, pu + 1);
    return offer(newA + newB - A.distance - B.distance, () => [
      { route: ru, i: pu, mid: [], from: rv, k: kB },
      { route: rv, i: iB, mid: [], from: ru, k: pu + 1 },
    ]);
  }
  const lo = Math.min(pu, pv);
  const hi = Math.max(pu, pv);
  if (hi - lo < 2) return false;
  const buf = buffer(0, hi - lo);
  const length = copyRange(buf, 0, A.nodes, lo + 1, hi, true);
  const delta = joinDistance(A, lo, buf, length, A, hi + 1) - A.distance;
  return offer(delta, () => [{ route: ru, i: lo, mid: midOf(buf, length), from: ru, k: hi + 1 }]);
};
