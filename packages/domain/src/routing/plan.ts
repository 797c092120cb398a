import { earliestIn, type Model } from './model';
import type { Route } from './route';
import type { Solution } from './solution';
import type { Plan, PlannedRoute, Stop } from './types';

/**
 * Times for a route: it leaves as late as it can without making the first visit later, so
 * the day starts with driving rather than waiting on a doorstep; then every service starts
 * as early as its window allows.
 */
const schedule = (m: Model, route: Route): PlannedRoute => {
  const { nodes } = route;
  const L = m.locCount;
  const leg = (p: number) =>
    m.time[(route.loc[p - 1] as number) * L + (route.loc[p] as number)] as number;
  const firstLeg = leg(1);
  const idealDeparture = (route.earliest[1] as number) - firstLeg;
  const departure = Math.min(
    route.latest[0] as number,
    Math.max(route.earliest[0] as number, idealDeparture),
  );
  let t = departure;
  const stops: Stop[] = [];
  let arrival = departure;
  for (let p = 1; p < nodes.length; p++) {
    const node = nodes[p] as number;
    arrival = t + leg(p);
    const start = earliestIn(m, node, arrival);
    t = start + (m.service[node] as number);
    if (p === nodes.length - 1) break;
    const base = { arrival, wait: start - arrival, start, departure: t };
    stops.push(
      node < m.jobCount
        ? { kind: 'job', jobId: m.jobIds[node] as string, ...base }
        : { kind: 'break', ...base },
    );
  }
  return {
    vehicleId: m.vehicleIds[route.vehicle] as string,
    departure,
    arrival,
    stops,
    distance: route.distance,
    duration: arrival - departure,
  };
};

export const toPlan = (m: Model, sol: Solution): Plan => {
  const routes = sol.routes
    .filter((route) => route.jobCount > 0)
    .map((route) => schedule(m, route));
  return {
    routes,
    unassigned: sol
      .unassigned()
      .map((j) => ({ jobId: m.jobIds[j] as string, reason: m.impossible[j] ?? 'fleet-full' })),
    distance: routes.reduce((sum, r) => sum + r.distance, 0),
    duration: routes.reduce((sum, r) => sum + r.duration, 0),
  };
};
