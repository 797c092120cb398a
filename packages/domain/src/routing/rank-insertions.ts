import { DomainError } from '../errors';
import { bestInRoute } from './insertion';
import { breakNode, buildModel, earliestIn, endNode, type Model, startNode } from './model';
import { Route } from './route';
import type { InsertionCandidate, Job, Plan, RankedInsertion, RoutingProblem } from './types';

const invalid = (message: string): never => {
  throw new DomainError('INVALID_INPUT', message);
};

/** Rebuilds the plan's sequences as routes of the model, breaks where the plan put them. */
const routesOf = (m: Model, plan: Plan): Map<number, Route> => {
  const jobIndex = new Map(m.jobIds.map((id, j) => [id, j]));
  const vehicleIndex = new Map(m.vehicleIds.map((id, v) => [id, v]));
  const routes = new Map<number, Route>();
  for (const planned of plan.routes) {
    const v =
      vehicleIndex.get(planned.vehicleId) ??
      invalid(`plan route uses unknown vehicle "${planned.vehicleId}"`);
    const nodes = [startNode(m, v)];
    for (const stop of planned.stops) {
      if (stop.kind === 'break') nodes.push(breakNode(m, v));
      else
        nodes.push(
          jobIndex.get(stop.jobId ?? '') ??
            invalid(`plan route visits unknown job "${stop.jobId}"`),
        );
    }
    if (m.hasBreak[v] && !nodes.includes(breakNode(m, v))) nodes.push(breakNode(m, v));
    nodes.push(endNode(m, v));
    routes.set(v, new Route(m, v, nodes));
  }
  return routes;
};

/**
 * For a new job and candidate slots (vehicle, window for the start of service), the added
 * travel of each slot that can take it without breaking the rest of that vehicle's day,
 * cheapest first. The plan is not changed; slots that cannot fit are left out.
 */
export const rankInsertions = (
  planned: { readonly problem: RoutingProblem; readonly plan: Plan },
  job: Job,
  candidates: readonly InsertionCandidate[],
): RankedInsertion[] => {
  const others = planned.problem.jobs.filter((other) => other.id !== job.id);
  const m = buildModel({ ...planned.problem, jobs: [...others, job] });
  const target = m.jobCount - 1;
  const routes = routesOf(m, planned.plan);
  const from = m.twOffset[target] as number;
  const count = m.twCount[target] as number;
  const starts = m.twStart.slice(from, from + count);
  const ends = m.twEnd.slice(from, from + count);
  const ranked: RankedInsertion[] = [];
  for (const candidate of candidates) {
    const v = m.vehicleIds.indexOf(candidate.vehicleId);
    if (v < 0) invalid(`insertion candidate uses unknown vehicle "${candidate.vehicleId}"`);
    // The model is private to this call, so the job's windows are narrowed to the slot in place.
    let kept = 0;
    for (let w = 0; w < count; w++) {
      const start = Math.max(starts[w] as number, candidate.window.start);
      const end = Math.min(ends[w] as number, candidate.window.end);
      if (start > end) continue;
      m.twStart[from + kept] = start;
      m.twEnd[from + kept] = end;
      kept++;
    }
    m.twCount[target] = kept;
    if (kept === 0) continue;
    let route = routes.get(v);
    if (!route) {
      route = new Route(m, v);
      routes.set(v, route);
    }
    const { delta, after } = bestInRoute(route, target);
    if (!Number.isFinite(delta)) continue;
    const prev = route.nodes[after] as number;
    const arrival =
      (route.earliest[after] as number) +
      (m.service[prev] as number) +
      (m.time[(route.loc[after] as number) * m.locCount + (m.loc[target] as number)] as number);
    const position = route.nodes.slice(1, after + 1).filter((node) => node < m.jobCount).length;
    ranked.push({
      ...candidate,
      addedDistance: delta,
      start: earliestIn(m, target, arrival),
      position,
    });
  }
  return ranked.sort((a, b) => a.addedDistance - b.addedDistance);
};
