import { joinDistance } from '../join';
import type { Route } from '../route';
import type { Solution } from '../solution';
import { buffer, copyRange, midOf, type Offer } from './move';

/** Moves job u to just after position q of route r (its own route or another). */
export const relocate = (sol: Solution, u: number, r: number, q: number, offer: Offer): boolean => {
  const ru = sol.routeOf[u] as number;
  const pu = sol.posOf[u] as number;
  const A = sol.routes[ru] as Route;
  if (ru !== r) {
    const B = sol.routes[r] as Route;
    const buf = buffer(0, 1);
    buf[0] = u;
    const newA = joinDistance(A, pu - 1, buf, 0, A, pu + 1);
    const newB = newA === Number.POSITIVE_INFINITY ? newA : joinDistance(B, q, buf, 1, B, q + 1);
    return offer(newA + newB - A.distance - B.distance, () => [
      { route: ru, i: pu - 1, mid: [], from: ru, k: pu + 1 },
      { route: r, i: q, mid: [u], from: r, k: q + 1 },
    ]);
  }
  if (q === pu || q === pu - 1) return false;
  const buf = buffer(0, A.nodes.length);
  let length: number;
  let i: number;
  let k: number;
  if (q < pu) {
    buf[0] = u;
    length = copyRange(buf, 1, A.nodes, q + 1, pu - 1);
    i = q;
    k = pu + 1;
  } else {
    length = copyRange(buf, 0, A.nodes, pu + 1, q);
    buf[length++] = u;
    i = pu - 1;
    k = q + 1;
  }
  const delta = joinDistance(A, i, buf, length, A, k) - A.distance;
  return offer(delta, () => [{ route: ru, i, mid: midOf(buf, length), from: ru, k }]);
};
