import { regretInsert } from './construct';
import { bestInRoute, greedyInsert } from './insertion';
import { localSearch } from './local-search';
import type { Model } from './model';
import { createRng, type Rng, randomInt } from './rng';
import type { Route } from './route';
import { ruinRoute, ruinStrings } from './ruin';
import { Solution } from './solution';
import type { SolveOptions } from './types';

/** Share of iterations that empty a whole route instead of cutting strings. */
const routeRuinRate = 0.02;

/** Share of iterations that start a new route with one of the removed jobs. */
const routeOpenRate = 0.2;

/**
 * Puts one pending job alone in an empty route, then lets the recreate fill it. Greedy
 * insertion rarely opens a route on its own (two depot legs look dear next to a detour), so
 * a plan can get stuck one vehicle short of its shortest layout; this is the way out.
 */
const openRoute = (sol: Solution, pending: number[], rng: Rng): void => {
  const empty = sol.routes.findIndex((route) => route.jobCount === 0);
  if (empty < 0 || pending.length === 0) return;
  const at = randomInt(rng, pending.length);
  const job = pending[at] as number;
  const { after } = bestInRoute(sol.routes[empty] as Route, job);
  if (after < 0) return;
  sol.insert(job, empty, after);
  pending.splice(at, 1);
};

/** Iterations when neither a time nor an iteration limit is given: a quick, repeatable run. */
export const defaultIterations = 2000;

/**
 * Order in which ruined jobs are reinserted, drawn per iteration with SISR's weights
 * (random 4, largest demand 4, farthest from the depot 2, closest 1): the mix matters
 * more than any single order.
 */
const recreateOrder = (m: Model, jobs: number[], rng: Rng): number[] => {
  for (let i = jobs.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [jobs[i], jobs[j]] = [jobs[j] as number, jobs[i] as number];
  }
  const pick = rng() * 11;
  if (pick < 4) return jobs;
  const depot = m.vehicleCount > 0 ? (m.loc[m.jobCount] as number) : 0;
  const far = (j: number) => m.dist[depot * m.locCount + (m.loc[j] as number)] as number;
  const byPriority = (a: number, b: number) =>
    (m.priority[b] as number) - (m.priority[a] as number);
  if (pick < 8)
    return jobs.sort(
      (a, b) => byPriority(a, b) || (m.demand[b] as number) - (m.demand[a] as number),
    );
  if (pick < 10) return jobs.sort((a, b) => byPriority(a, b) || far(b) - far(a));
  return jobs.sort((a, b) => byPriority(a, b) || far(a) - far(b));
};

/** Jobs left out that could be served alone, so are worth trying again. */
const retryable = (m: Model, sol: Solution): number[] =>
  sol.unassigned().filter((j) => m.impossible[j] === null);

/**
 * Regret construction and local search, then ruin-and-recreate (SISR) under simulated
 * annealing: a worse neighbour is accepted when its cost is below current − T·ln(U), with T
 * falling geometrically over the run. New best solutions are polished by local search.
 * Progress is measured in iterations when a limit is given, so a seed and an iteration limit
 * replay exactly; the clock is read only for the time limit.
 *
 * T runs from 5 average arcs down to 0.005: hot enough at first to accept reshaping several
 * routes, cold enough at the end to settle into a local optimum. The figures, and the route
 * opening and emptying rates, were tuned on the Solomon set at one second per instance.
 */
export const search = (m: Model, options: SolveOptions = {}, startedAt?: number): Solution => {
  const rng = createRng(options.seed ?? 1);
  const timeLimit = options.timeLimitMs;
  const maxIterations =
    options.maxIterations ??
    (timeLimit === undefined ? defaultIterations : Number.POSITIVE_INFINITY);
  const now = options.now ?? (() => performance.now());
  const started = timeLimit === undefined ? 0 : (startedAt ?? now());

  const outOfTime = timeLimit === undefined ? () => false : () => now() - started >= timeLimit;
  const initial = new Solution(m);
  regretInsert(initial, retryable(m, initial));
  localSearch(initial, outOfTime);
  let best = initial.copy();
  let current = initial;
  const assigned = m.jobCount - initial.unassigned().length;
  if (assigned === 0) return best;
  const used = initial.routes.filter((r) => r.jobCount > 0).length;
  const averageArc = initial.distance / (assigned + used);
  const hot = 5 * averageArc;
  const cold = 0.005 * averageArc;
  const settings = { averageRemoved: 10, maxString: 10 };

  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let progress = iteration / maxIterations;
    if (timeLimit !== undefined) {
      const elapsed = now() - started;
      if (elapsed >= timeLimit) break;
      progress = Math.max(progress, elapsed / timeLimit);
    }
    const temperature = hot * (cold / hot) ** progress;
    const candidate = current.copy();
    const removed =
      rng() < routeRuinRate ? ruinRoute(candidate, rng) : ruinStrings(candidate, rng, settings);
    const pending = removed.concat(retryable(m, candidate).filter((j) => !removed.includes(j)));
    if (rng() < routeOpenRate) openRoute(candidate, pending, rng);
    greedyInsert(candidate, recreateOrder(m, pending, rng), rng, 0.01);
    let cost = candidate.cost;
    if (cost < best.cost - 1e-9) {
      localSearch(candidate, outOfTime);
      cost = candidate.cost;
    }
    if (cost < current.cost - temperature * Math.log(rng())) current = candidate;
    if (cost < best.cost - 1e-9) best = candidate.copy();
  }
  return best;
};
