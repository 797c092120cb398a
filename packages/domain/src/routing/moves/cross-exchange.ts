import { joinDistance } from '../join';
import type { Route } from '../route';
import type { Solution } from '../solution';
import { buffer, copyRange, midOf, type Offer } from './move';

/**
 * Between two routes, swaps the `lu` stops starting at job u with the `lv` stops following
 * job v, so u's segment lands right after v.
 */
export const crossExchange = (
  sol: Solution,
  u: number,
  v: number,
  lu: number,
  lv: number,
  offer: Offer,
): boolean => {
  const ru = sol.routeOf[u] as number;
  const rv = sol.routeOf[v] as number;
  if (ru === rv) return false;
  const pu = sol.posOf[u] as number;
  const pv = sol.posOf[v] as number;
  const A = sol.routes[ru] as Route;
  const B = sol.routes[rv] as Route;
  const endU = pu + lu - 1;
  const endV = pv + lv;
  if (endU > A.nodes.length - 2 || endV > B.nodes.length - 2) return false;
  const segU = buffer(0, lu);
  const segV = buffer(1, lv);
  copyRange(segU, 0, A.nodes, pu, endU);
  copyRange(segV, 0, B.nodes, pv + 1, endV);
  const newA = joinDistance(A, pu - 1, segV, lv, A, endU + 1);
  const newB =
    newA === Number.POSITIVE_INFINITY ? newA : joinDistance(B, pv, segU, lu, B, endV + 1);
  return offer(newA + newB - A.distance - B.distance, () => [
    { route: ru, i: pu - 1, mid: midOf(segV, lv), from: ru, k: endU + 1 },
    { route: rv, i: pv, mid: midOf(segU, lu), from: rv, k: endV + 1 },
  ]);
};
