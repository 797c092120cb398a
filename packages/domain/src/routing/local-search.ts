import type { Model } from './model';
import { crossExchange } from './moves/cross-exchange';
import { exchange } from './moves/exchange';
import { applyParts, type Offer } from './moves/move';
import { orOpt } from './moves/or-opt';
import { relocate } from './moves/relocate';
import { reverseBetween, swapTails } from './moves/two-opt';
import type { Solution } from './solution';

/** Every move that brings job v next to job u; stops at the first one `offer` takes. */
export const neighbourhood = (sol: Solution, u: number, v: number, offer: Offer): boolean => {
  const rv = sol.routeOf[v] as number;
  const pv = sol.posOf[v] as number;
  if (relocate(sol, u, rv, pv, offer) || relocate(sol, u, rv, pv - 1, offer)) return true;
  if (exchange(sol, u, v, offer)) return true;
  const ru = sol.routeOf[u] as number;
  const pu = sol.posOf[u] as number;
  if (ru === rv) {
    if (reverseBetween(sol, u, v, offer)) return true;
  } else if (
    // u then v's successor; u then v; u's predecessor then v (from the start: whole days).
    swapTails(sol, ru, pu, rv, pv, offer) ||
    swapTails(sol, ru, pu, rv, pv - 1, offer) ||
    swapTails(sol, ru, pu - 1, rv, pv - 1, offer)
  )
    return true;
  for (let length = 2; length <= 3; length++) {
    if (orOpt(sol, u, v, length, false, offer) || orOpt(sol, u, v, length, true, offer))
      return true;
  }
  for (let lu = 1; lu <= 3; lu++) {
    for (let lv = 1; lv <= 3; lv++) if (crossExchange(sol, u, v, lu, lv, offer)) return true;
  }
  return false;
};

/** Below this, a gain is rounding noise; taking it could cycle forever. */
const minGain = 1e-6;
/** Each pass gains at least minGain, so this only guards against pathological inputs. */
const maxPasses = 1000;

/**
 * First-improvement descent over a granular neighbourhood: each job is only tried next to
 * its `granularity` nearest jobs, which keeps a pass near-linear in the number of jobs.
 * `stop` ends it early (a time limit); the solution is valid after every applied move.
 */
export const localSearch = (
  sol: Solution,
  stop: () => boolean = () => false,
  granularity = 12,
): void => {
  const m: Model = sol.m;
  const offer: Offer = (delta, parts) => {
    if (delta >= -minGain) return false;
    applyParts(sol, parts());
    return true;
  };
  for (let pass = 0, improved = true; improved && pass < maxPasses; pass++) {
    improved = false;
    for (let u = 0; u < m.jobCount; u++) {
      // The clock is read every 32 jobs only: it is cheap, but not free.
      if ((u & 31) === 0 && stop()) return;
      if (sol.routeOf[u] === -1) continue;
      const near = m.neighbours[u] as Int32Array;
      const limit = Math.min(granularity, near.length);
      for (let q = 0; q < limit; q++) {
        const v = near[q] as number;
        if (sol.routeOf[v] === -1) continue;
        if (neighbourhood(sol, u, v, offer)) {
          improved = true;
          break;
        }
      }
    }
  }
};
