import { bestInRoute, firstEmptyOfClass } from './insertion';
import type { Route } from './route';
import type { Solution } from './solution';

/**
 * Regret-k insertion: repeatedly place the job that would lose most by waiting (sum of the
 * gaps between its best and its next k-1 routes), higher priority first. Each job's best
 * place per route is cached, and only the route that changed is re-scanned, so a step costs
 * O(jobs × route length) instead of O(jobs × all positions).
 */
export const regretInsert = (sol: Solution, jobs: readonly number[], k = 3): number[] => {
  const { m } = sol;
  const R = sol.routes.length;
  const n = jobs.length;
  const cost = new Float64Array(n * R);
  const after = new Int32Array(n * R);
  const done = new Uint8Array(n);
  let open = firstEmptyOfClass(m, sol);
  const scan = (r: number) => {
    const route = sol.routes[r] as Route;
    for (let i = 0; i < n; i++) {
      if (done[i]) continue;
      if (!open[r]) {
        cost[i * R + r] = Number.POSITIVE_INFINITY;
        continue;
      }
      const best = bestInRoute(route, jobs[i] as number);
      cost[i * R + r] = best.delta;
      after[i * R + r] = best.after;
    }
  };
  for (let r = 0; r < R; r++) scan(r);
  const top = new Float64Array(k);
  for (let placed = 0; placed < n; placed++) {
    let pick = -1;
    let pickRoute = -1;
    let pickPriority = -1;
    let pickRegret = -1;
    let pickCost = Number.POSITIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      if (done[i]) continue;
      top.fill(Number.POSITIVE_INFINITY);
      let bestRoute = -1;
      for (let r = 0; r < R; r++) {
        const c = cost[i * R + r] as number;
        if (c >= (top[k - 1] as number)) continue;
        let q = k - 1;
        while (q > 0 && c < (top[q - 1] as number)) {
          top[q] = top[q - 1] as number;
          q--;
        }
        top[q] = c;
        if (q === 0) bestRoute = r;
      }
      if (bestRoute < 0) continue;
      // A job with fewer than k options counts each missing one as a very large loss.
      let regret = 0;
      for (let q = 1; q < k; q++) {
        const c = top[q] as number;
        regret += Number.isFinite(c) ? c - (top[0] as number) : 1e15;
      }
      const priority = m.priority[jobs[i] as number] as number;
      const first = top[0] as number;
      if (
        priority > pickPriority ||
        (priority === pickPriority &&
          (regret > pickRegret || (regret === pickRegret && first < pickCost)))
      ) {
        pick = i;
        pickRoute = bestRoute;
        pickPriority = priority;
        pickRegret = regret;
        pickCost = first;
      }
    }
    if (pick < 0) break;
    done[pick] = 1;
    const wasEmpty = (sol.routes[pickRoute] as Route).jobCount === 0;
    sol.insert(jobs[pick] as number, pickRoute, after[pick * R + pickRoute] as number);
    if (wasEmpty) {
      const before = open;
      open = firstEmptyOfClass(m, sol);
      for (let r = 0; r < R; r++) if (open[r] && !before[r]) scan(r);
    }
    scan(pickRoute);
  }
  return jobs.filter((_, i) => !done[i]);
};
