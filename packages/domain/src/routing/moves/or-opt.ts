import { joinDistance } from '../join';
import type { Route } from '../route';
import type { Solution } from '../solution';
import { buffer, copyRange, midOf, type Offer } from './move';

/** Moves the `length` stops starting at job u to just after job v, optionally reversed. */
export const orOpt = (
  sol: Solution,
  u: number,
  v: number,
  length: number,
  reversed: boolean,
  offer: Offer,
): boolean => {
  const ru = sol.routeOf[u] as number;
  const rv = sol.routeOf[v] as number;
  const pu = sol.posOf[u] as number;
  const pv = sol.posOf[v] as number;
  const A = sol.routes[ru] as Route;
  const segEnd = pu + length - 1;
  if (segEnd > A.nodes.length - 2) return false;
  if (ru !== rv) {
    const B = sol.routes[rv] as Route;
    const seg = buffer(0, length);
    copyRange(seg, 0, A.nodes, pu, segEnd, reversed);
    const newA = joinDistance(A, pu - 1, seg, 0, A, segEnd + 1);
    const newB =
      newA === Number.POSITIVE_INFINITY ? newA : joinDistance(B, pv, seg, length, B, pv + 1);
    return offer(newA + newB - A.distance - B.distance, () => [
      { route: ru, i: pu - 1, mid: [], from: ru, k: segEnd + 1 },
      { route: rv, i: pv, mid: midOf(seg, length), from: rv, k: pv + 1 },
    ]);
  }
  if (pv >= pu - 1 && pv <= segEnd) return false;
  const buf = buffer(0, A.nodes.length);
  let size: number;
  let i: number;
  let k: number;
  if (pv < pu) {
    size = copyRange(buf, 0, A.nodes, pu, segEnd, reversed);
    size = copyRange(buf, size, A.nodes, pv + 1, pu - 1);
    i = pv;
    k = segEnd + 1;
  } else {
    size = copyRange(buf, 0, A.nodes, segEnd + 1, pv);
    size = copyRange(buf, size, A.nodes, pu, segEnd, reversed);
    i = pu - 1;
    k = pv + 1;
  }
  const delta = joinDistance(A, i, buf, size, A, k) - A.distance;
  return offer(delta, () => [{ route: ru, i, mid: midOf(buf, size), from: ru, k }]);
};
