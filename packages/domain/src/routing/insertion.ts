import { joinDistance } from './join';
import { earliestIn, type Model } from './model';
import type { Rng } from './rng';
import type { Route } from './route';
import type { Solution } from './solution';

const single = new Int32Array(1);

/** Result slot reused by every call so the recreate loop allocates nothing. */
export const found = { delta: Number.POSITIVE_INFINITY, after: -1 };

/**
 * Cheapest place for `job` in `route` (added distance and the position it follows). With a
 * blink rate, each place is skipped with that probability (the SISR "blinks"), which keeps
 * repeated recreates from always making the same choice.
 */
export const bestInRoute = (route: Route, job: number, rng?: Rng, blinkRate = 0): typeof found => {
  found.delta = Number.POSITIVE_INFINITY;
  found.after = -1;
  const { m, nodes, earliest, latest } = route;
  const v = route.vehicle;
  const last = nodes.length - 1;
  if (!m.allowed[job * m.vehicleCount + v]) return found;
  if ((route.load[last] as number) + (m.demand[job] as number) > (m.capacity[v] as number))
    return found;
  const latestStart = m.twEnd[
    (m.twOffset[job] as number) + (m.twCount[job] as number) - 1
  ] as number;
  const jobLoc = m.loc[job] as number;
  const service = m.service[job] as number;
  const { dist, time } = m;
  const L = m.locCount;
  for (let p = 0; p < last; p++) {
    const here = route.loc[p] as number;
    const departure = (earliest[p] as number) + (m.service[nodes[p] as number] as number);
    // Departures only grow along a route, so once one is past the job's last start, all are.
    if (departure > latestStart) break;
    const arrival = departure + (time[here * L + jobLoc] as number);
    if (arrival > latestStart) continue;
    let delta: number;
    if (m.isBreak[nodes[p + 1] as number]) {
      // The break would move to the job's place: the general join handles that.
      if (blinkRate > 0 && rng && rng() < blinkRate) continue;
      single[0] = job;
      delta = joinDistance(route, p, single, 1, route, p + 1) - route.distance;
      if (delta >= found.delta) continue;
    } else {
      const next = route.loc[p + 1] as number;
      // Cheapest test first: most places lose on distance before time is even looked at.
      delta =
        (dist[here * L + jobLoc] as number) +
        (dist[jobLoc * L + next] as number) -
        (dist[here * L + next] as number);
      if (delta >= found.delta) continue;
      // A skipped place only matters when it would have won, so blinking here is equivalent.
      if (blinkRate > 0 && rng && rng() < blinkRate) continue;
      const start = earliestIn(m, job, arrival);
      if (start + service + (time[jobLoc * L + next] as number) > (latest[p + 1] as number))
        continue;
    }
    found.delta = delta;
    found.after = p;
  }
  return found;
};

/**
 * Empty routes of interchangeable vehicles are the same option; trying one of each class
 * avoids both wasted work and regret values of zero between identical empty routes.
 */
export const firstEmptyOfClass = (m: Model, sol: Solution): Uint8Array => {
  const seen = new Uint8Array(m.vehicleCount);
  const first = new Uint8Array(m.vehicleCount);
  sol.routes.forEach((route, r) => {
    if (route.jobCount > 0) {
      first[r] = 1;
      return;
    }
    const cls = m.vehicleClass[r] as number;
    if (!seen[cls]) {
      seen[cls] = 1;
      first[r] = 1;
    }
  });
  return first;
};

/** Inserts the jobs one by one, each at its cheapest place over all routes; returns those that did not fit. */
export const greedyInsert = (
  sol: Solution,
  jobs: readonly number[],
  rng?: Rng,
  blinkRate = 0,
): number[] => {
  const left: number[] = [];
  let open = firstEmptyOfClass(sol.m, sol);
  for (const job of jobs) {
    let bestDelta = Number.POSITIVE_INFINITY;
    let bestRoute = -1;
    let bestAfter = -1;
    for (let r = 0; r < sol.routes.length; r++) {
      if (!open[r]) continue;
      const { delta, after } = bestInRoute(sol.routes[r] as Route, job, rng, blinkRate);
      if (delta < bestDelta) {
        bestDelta = delta;
        bestRoute = r;
        bestAfter = after;
      }
    }
    if (bestRoute < 0) {
      left.push(job);
      continue;
    }
    const wasEmpty = (sol.routes[bestRoute] as Route).jobCount === 0;
    sol.insert(job, bestRoute, bestAfter);
    if (wasEmpty) open = firstEmptyOfClass(sol.m, sol);
  }
  return left;
};
