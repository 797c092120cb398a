import { joinDistance } from '../join';
import type { Route } from '../route';
import type { Solution } from '../solution';
import { buffer, copyRange, midOf, type Offer } from './move';

/**
 * 2-opt* between two routes: route ra keeps nodes[0..i] and takes rb's tail after k, and rb
 * keeps nodes[0..k] and takes ra's tail after i. With i = k = 0 the two vehicles swap
 * their whole days, which matters when they start from different places.
 */
export const swapTails = (
  sol: Solution,
  ra: number,
  i: number,
  rb: number,
  k: number,
  offer: Offer,
): boolean => {
  const A = sol.routes[ra] as Route;
  const B = sol.routes[rb] as Route;
  const empty = buffer(0, 1);
  const newA = joinDistance(A, i, empty, 0, B, k + 1);
  const newB = newA === Number.POSITIVE_INFINITY ? newA : joinDistance(B, k, empty, 0, A, i + 1);
  return offer(newA + newB - A.distance - B.distance, () => [
    { route: ra, i, mid: [], from: rb, k: k + 1 },
    { route: rb, i: k, mid: [], from: ra, k: i + 1 },
  ]);
};

/** 2-opt within a route: reverses the stretch after u up to v (or after v up to u). */
export const reverseBetween = (sol: Solution, u: number, v: number, offer: Offer): boolean => {
  const r = sol.routeOf[u] as number;
  const pu = sol.posOf[u] as number;
  const pv = sol.posOf[v] as number;
  const A = sol.routes[r] as Route;
  const lo = Math.min(pu, pv);
  const hi = Math.max(pu, pv);
  if (hi - lo < 2) return false;
  const buf = buffer(0, hi - lo);
  const length = copyRange(buf, 0, A.nodes, lo + 1, hi, true);
  const delta = joinDistance(A, lo, buf, length, A, hi + 1) - A.distance;
  return offer(delta, () => [{ route: r, i: lo, mid: midOf(buf, length), from: r, k: hi + 1 }]);
};
