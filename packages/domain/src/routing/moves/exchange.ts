import { joinDistance } from '../join';
import type { Route } from '../route';
import type { Solution } from '../solution';
import { buffer, copyRange, midOf, type Offer } from './move';

/** Swaps jobs u and v, within one route or between two. */
export const exchange = (sol: Solution, u: number, v: number, offer: Offer): boolean => {
  const ru = sol.routeOf[u] as number;
  const rv = sol.routeOf[v] as number;
  const pu = sol.posOf[u] as number;
  const pv = sol.posOf[v] as number;
  const A = sol.routes[ru] as Route;
  if (ru !== rv) {
    const B = sol.routes[rv] as Route;
    const a = buffer(0, 1);
    const b = buffer(1, 1);
    a[0] = v;
    b[0] = u;
    const newA = joinDistance(A, pu - 1, a, 1, A, pu + 1);
    const newB =
      newA === Number.POSITIVE_INFINITY ? newA : joinDistance(B, pv - 1, b, 1, B, pv + 1);
    return offer(newA + newB - A.distance - B.distance, () => [
      { route: ru, i: pu - 1, mid: [v], from: ru, k: pu + 1 },
      { route: rv, i: pv - 1, mid: [u], from: rv, k: pv + 1 },
    ]);
  }
  const lo = Math.min(pu, pv);
  const hi = Math.max(pu, pv);
  const buf = buffer(0, hi - lo + 1);
  buf[0] = A.nodes[hi] as number;
  let length = copyRange(buf, 1, A.nodes, lo + 1, hi - 1);
  buf[length++] = A.nodes[lo] as number;
  const delta = joinDistance(A, lo - 1, buf, length, A, hi + 1) - A.distance;
  return offer(delta, () => [
    { route: ru, i: lo - 1, mid: midOf(buf, length), from: ru, k: hi + 1 },
  ]);
};
