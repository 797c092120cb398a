/**
 * Test helpers for the routing engine: random small problems with every feature switched on
 * at random, and a plain evaluator that judges a plan straight from the problem, sharing no
 * code with the solver's bookkeeping.
 */
import { createRng, type Rng } from '../src/routing/rng';
import type { Job, Location, RoutingProblem, Vehicle } from '../src/routing/types';

const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

export interface RandomProblemOptions {
  readonly jobs?: number;
  readonly vehicles?: number;
  /** Skills, pins, breaks, second windows, separate end places, duration matrices. */
  readonly features?: boolean;
}

export const randomProblem = (seed: number, options: RandomProblemOptions = {}): RoutingProblem => {
  const rng = createRng(seed);
  const features = options.features ?? true;
  const jobCount = options.jobs ?? int(rng, 3, 8);
  const vehicleCount = options.vehicles ?? int(rng, 1, 3);
  const points = Array.from({ length: jobCount + 2 * vehicleCount }, () => ({
    x: int(rng, 0, 20),
    y: int(rng, 0, 20),
  }));
  const useMatrix = features && rng() < 0.3;
  const at = (i: number): Location => (useMatrix ? i : (points[i] as { x: number; y: number }));
  const horizon = int(rng, 110, 200);
  const vehicles: Vehicle[] = Array.from({ length: vehicleCount }, (_, v) => {
    const startAt = jobCount + 2 * v;
    const vehicle: Vehicle = {
      id: `v${v}`,
      start: at(startAt),
      shift: { start: int(rng, 0, 10), end: horizon - int(rng, 0, 20) },
      ...(rng() < 0.7 ? { capacity: int(rng, 4, 15) } : {}),
      ...(features && rng() < 0.4 ? { end: at(startAt + 1) } : {}),
      ...(features && rng() < 0.5 ? { skills: rng() < 0.5 ? ['a'] : ['a', 'b'] } : {}),
    };
    if (features && rng() < 0.3) {
      const from = int(rng, 20, 50);
      return {
        ...vehicle,
        break: { window: { start: from, end: from + int(rng, 0, 30) }, duration: int(rng, 0, 10) },
      };
    }
    return vehicle;
  });
  const jobs: Job[] = Array.from({ length: jobCount }, (_, j) => {
    const open = int(rng, 0, horizon - 30);
    const windows = [{ start: open, end: open + int(rng, 5, 80) }];
    if (features && rng() < 0.3) {
      const second = Math.min(horizon, (windows[0]?.end ?? 0) + int(rng, 5, 30));
      windows.push({ start: second, end: second + int(rng, 0, 40) });
    }
    return {
      id: `j${j}`,
      location: at(j),
      service: int(rng, 0, 10),
      windows: rng() < 0.15 ? undefined : windows,
      demand: int(rng, 0, 5),
      ...(features && rng() < 0.2 ? { skills: ['a'] } : {}),
      ...(features && rng() < 0.1 ? { pinnedVehicle: `v${int(rng, 0, vehicleCount - 1)}` } : {}),
      ...(features && rng() < 0.2 ? { priority: int(rng, 0, 2) } : {}),
    };
  });
  if (!useMatrix) return { vehicles, jobs, travel: { kind: 'euclidean' } };
  const distance = points.map((a) => points.map((b) => Math.hypot(a.x - b.x, a.y - b.y)));
  const duration = distance.map((row) => row.map((d) => d * 1.5));
  return { vehicles, jobs, travel: { kind: 'matrix', distance, duration } };
};

/**
 * A route as the evaluator reads it: job indices in order, 'break' where the vehicle's own
 * break is taken, 'other-break' for another vehicle's break (never allowed).
 */
export interface SimpleRoute {
  readonly vehicle: number;
  readonly stops: readonly (number | 'break' | 'other-break')[];
}

const legOf = (problem: RoutingProblem) => {
  const { travel } = problem;
  return (a: Location, b: Location): { distance: number; time: number } => {
    if (travel.kind === 'matrix') {
      const distance = travel.distance[a as number]?.[b as number] as number;
      return { distance, time: travel.duration?.[a as number]?.[b as number] ?? distance };
    }
    const p = a as { x: number; y: number };
    const q = b as { x: number; y: number };
    const distance = Math.hypot(p.x - q.x, p.y - q.y);
    return { distance, time: distance };
  };
};

/** Feasibility and distance of whole routes, computed naively from the problem's own fields. */
export const evaluateRoutes = (
  problem: RoutingProblem,
  routes: readonly SimpleRoute[],
): { feasible: boolean; distance: number } => {
  const leg = legOf(problem);
  let distance = 0;
  let feasible = true;
  for (const route of routes) {
    const vehicle = problem.vehicles[route.vehicle] as Vehicle;
    let place = vehicle.start;
    let time = vehicle.shift.start;
    let load = 0;
    let breaks = 0;
    for (const stop of route.stops) {
      if (stop === 'other-break') {
        feasible = false;
        continue;
      }
      if (stop === 'break') {
        breaks++;
        const window = vehicle.break?.window;
        if (!window) feasible = false;
        time = Math.max(time, window?.start ?? time);
        if (time > (window?.end ?? Number.NEGATIVE_INFINITY)) feasible = false;
        time += vehicle.break?.duration ?? 0;
        continue;
      }
      const job = problem.jobs[stop] as Job;
      const move = leg(place, job.location);
      distance += move.distance;
      const arrival = time + move.time;
      const windows = job.windows ?? [
        { start: Number.NEGATIVE_INFINITY, end: Number.POSITIVE_INFINITY },
      ];
      const starts = windows.filter((w) => w.end >= arrival).map((w) => Math.max(arrival, w.start));
      if (starts.length === 0) feasible = false;
      time = Math.min(...starts) + job.service;
      load += job.demand ?? 0;
      const skills = job.skills ?? [];
      if (!skills.every((s) => vehicle.skills?.includes(s))) feasible = false;
      if (job.pinnedVehicle !== undefined && job.pinnedVehicle !== vehicle.id) feasible = false;
      place = job.location;
    }
    const home = leg(place, vehicle.end ?? vehicle.start);
    distance += home.distance;
    if (time + home.time > vehicle.shift.end) feasible = false;
    if (load > (vehicle.capacity ?? Number.POSITIVE_INFINITY)) feasible = false;
    if (breaks !== (vehicle.break ? 1 : 0)) feasible = false;
  }
  return { feasible, distance };
};
