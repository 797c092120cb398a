import { DomainError } from '../errors';
import { euclidean, roadEstimate } from './metrics';
import type { Location, RoutingProblem, TimeWindow, UnassignedReason } from './types';
import { validateProblem } from './validate';

/**
 * The solver's dense view of a problem. Nodes are numbered jobs first (0..jobCount-1), then
 * three per vehicle: start, end and break. Break nodes have no place of their own (loc -1):
 * a break happens wherever the previous stop was.
 */
export interface Model {
  readonly jobCount: number;
  readonly vehicleCount: number;
  readonly nodeCount: number;
  readonly locCount: number;
  readonly dist: Float64Array;
  readonly time: Float64Array;
  readonly loc: Int32Array;
  readonly service: Float64Array;
  readonly demand: Float64Array;
  readonly twOffset: Int32Array;
  readonly twCount: Int32Array;
  readonly twStart: Float64Array;
  readonly twEnd: Float64Array;
  readonly isBreak: Uint8Array;
  /** allowed[node * vehicleCount + v]: breaks belong to their own vehicle only. */
  readonly allowed: Uint8Array;
  /** Node may go on any vehicle, so moving it between routes needs no check. */
  readonly universal: Uint8Array;
  readonly capacity: Float64Array;
  /** Vehicles with the same end place and closing time share a class. */
  readonly endClass: Int32Array;
  /** Vehicles that are interchangeable when empty share a class. */
  readonly vehicleClass: Int32Array;
  readonly hasBreak: Uint8Array;
  /** Cost of leaving a job out: always more than any route it could join. */
  readonly penalty: Float64Array;
  readonly priority: Float64Array;
  /** Jobs that no vehicle could serve even alone, with why. */
  readonly impossible: (UnassignedReason | null)[];
  /** Each job's other jobs, nearest first. */
  readonly neighbours: Int32Array[];
  readonly jobIds: readonly string[];
  readonly vehicleIds: readonly string[];
}

export const startNode = (m: Model, v: number): number => m.jobCount + 3 * v;
export const endNode = (m: Model, v: number): number => m.jobCount + 3 * v + 1;
export const breakNode = (m: Model, v: number): number => m.jobCount + 3 * v + 2;
/** Vehicle owning a start, end or break node. */
export const ownerOf = (m: Model, node: number): number => Math.floor((node - m.jobCount) / 3);

/** First service start at or after `t` inside one of the node's windows, or Infinity. */
export const earliestIn = (m: Model, node: number, t: number): number => {
  const from = m.twOffset[node] as number;
  const to = from + (m.twCount[node] as number);
  for (let w = from; w < to; w++) {
    if (t <= (m.twEnd[w] as number)) return Math.max(t, m.twStart[w] as number);
  }
  return Number.POSITIVE_INFINITY;
};

/** Last service start at or before `t` inside one of the node's windows, or -Infinity. */
export const latestIn = (m: Model, node: number, t: number): number => {
  const from = m.twOffset[node] as number;
  for (let w = from + (m.twCount[node] as number) - 1; w >= from; w--) {
    if (t >= (m.twStart[w] as number)) return Math.min(t, m.twEnd[w] as number);
  }
  return Number.NEGATIVE_INFINITY;
};

const mergeWindows = (windows: readonly TimeWindow[]): TimeWindow[] => {
  const sorted = [...windows].sort((a, b) => a.start - b.start);
  const merged: TimeWindow[] = [];
  for (const w of sorted) {
    const last = merged[merged.length - 1];
    if (last && w.start <= last.end)
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, w.end) };
    else merged.push({ start: w.start, end: w.end });
  }
  return merged;
};

const jobWindows = (
  windows: readonly TimeWindow[] | undefined,
  pinned: number | undefined,
): TimeWindow[] => {
  const all = mergeWindows(
    windows ?? [{ start: Number.NEGATIVE_INFINITY, end: Number.POSITIVE_INFINITY }],
  );
  if (pinned === undefined) return all;
  return all.some((w) => w.start <= pinned && pinned <= w.end)
    ? [{ start: pinned, end: pinned }]
    : [];
};

const locationIndexer = (problem: RoutingProblem) => {
  if (problem.travel.kind === 'matrix') {
    const size = problem.travel.distance.length;
    return {
      index: (at: Location) => at as number,
      points: [] as { x: number; y: number }[],
      size: () => size,
    };
  }
  const points: { x: number; y: number }[] = [];
  const seen = new Map<string, number>();
  const index = (at: Location) => {
    const point = at as { x: number; y: number };
    const key = `${point.x},${point.y}`;
    let found = seen.get(key);
    if (found === undefined) {
      found = points.length;
      seen.set(key, found);
      points.push({ x: point.x, y: point.y });
    }
    return found;
  };
  return { index, points, size: () => points.length };
};

const travelMatrices = (
  problem: RoutingProblem,
  points: readonly { x: number; y: number }[],
  size: number,
) => {
  const { travel } = problem;
  const dist = new Float64Array(size * size);
  if (travel.kind === 'matrix') {
    const time = travel.duration ? new Float64Array(size * size) : dist;
    for (let i = 0; i < size; i++) {
      for (let j = 0; j < size; j++) {
        dist[i * size + j] = travel.distance[i]?.[j] as number;
        if (travel.duration) time[i * size + j] = travel.duration[i]?.[j] as number;
      }
    }
    return { dist, time };
  }
  if (travel.kind === 'euclidean') {
    for (let i = 0; i < size; i++) {
      for (let j = 0; j < size; j++)
        dist[i * size + j] = euclidean(points[i] as never, points[j] as never);
    }
    return { dist, time: dist };
  }
  const time = new Float64Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      const leg = roadEstimate(points[i] as never, points[j] as never, travel);
      dist[i * size + j] = leg.distanceKm;
      time[i * size + j] = leg.minutes;
    }
  }
  return { dist, time };
};

const hasSkills = (
  have: readonly string[] | undefined,
  need: readonly string[] | undefined,
): boolean => !need || need.every((skill) => have?.includes(skill));

/** Validates, then lays the problem out in typed arrays for the hot loops. */
export const buildModel = (problem: RoutingProblem): Model => {
  validateProblem(problem);
  const { jobs, vehicles } = problem;
  const jobCount = jobs.length;
  const vehicleCount = vehicles.length;
  const nodeCount = jobCount + 3 * vehicleCount;
  const locations = locationIndexer(problem);
  const loc = new Int32Array(nodeCount).fill(-1);
  const service = new Float64Array(nodeCount);
  const demand = new Float64Array(nodeCount);
  const isBreak = new Uint8Array(nodeCount);
  const windows: TimeWindow[][] = [];
  jobs.forEach((job, j) => {
    loc[j] = locations.index(job.location);
    service[j] = job.service;
    demand[j] = job.demand ?? 0;
    windows[j] = jobWindows(job.windows, job.pinnedStart);
  });
  const capacity = new Float64Array(vehicleCount);
  const hasBreak = new Uint8Array(vehicleCount);
  vehicles.forEach((vehicle, v) => {
    const s = jobCount + 3 * v;
    loc[s] = locations.index(vehicle.start);
    loc[s + 1] = locations.index(vehicle.end ?? vehicle.start);
    windows[s] = [vehicle.shift];
    windows[s + 1] = [vehicle.shift];
    isBreak[s + 2] = 1;
    if (vehicle.break) {
      hasBreak[v] = 1;
      service[s + 2] = vehicle.break.duration;
      windows[s + 2] = [vehicle.break.window];
    } else windows[s + 2] = [vehicle.shift];
    capacity[v] = vehicle.capacity ?? Number.POSITIVE_INFINITY;
  });
  const twOffset = new Int32Array(nodeCount);
  const twCount = new Int32Array(nodeCount);
  const starts: number[] = [];
  const ends: number[] = [];
  windows.forEach((list, node) => {
    twOffset[node] = starts.length;
    twCount[node] = list.length;
    for (const w of list) {
      starts.push(w.start);
      ends.push(w.end);
    }
  });
  const locCount = locations.size();
  const { dist, time } = travelMatrices(problem, locations.points, locCount);

  const allowed = new Uint8Array(nodeCount * vehicleCount);
  const universal = new Uint8Array(nodeCount);
  jobs.forEach((job, j) => {
    let all = 1;
    vehicles.forEach((vehicle, v) => {
      const ok =
        hasSkills(vehicle.skills, job.skills) && (job.pinnedVehicle ?? vehicle.id) === vehicle.id;
      allowed[j * vehicleCount + v] = ok ? 1 : 0;
      if (!ok) all = 0;
    });
    universal[j] = all;
  });
  for (let v = 0; v < vehicleCount; v++) {
    for (let k = 0; k < 3; k++) allowed[(jobCount + 3 * v + k) * vehicleCount + v] = 1;
  }

  const classKey = (v: number, withLoad: boolean) => {
    const vehicle = vehicles[v];
    if (!vehicle) return '';
    const base = `${loc[jobCount + 3 * v + 1]}|${vehicle.shift.end}`;
    if (!withLoad) return base;
    return `${base}|${loc[jobCount + 3 * v]}|${vehicle.shift.start}|${capacity[v]}|${JSON.stringify(vehicle.break ?? null)}|${[...(vehicle.skills ?? [])].sort().join(',')}`;
  };
  const classes = (withLoad: boolean) => {
    const ids = new Map<string, number>();
    return Int32Array.from(vehicles, (_, v) => {
      const key = classKey(v, withLoad);
      const found = ids.get(key) ?? ids.size;
      ids.set(key, found);
      return found;
    });
  };

  let longest = 0;
  for (const value of dist) longest = Math.max(longest, value);
  const bigM = 1 + 2 * longest * (jobCount + 2 * vehicleCount + 1);
  const priority = Float64Array.from(jobs, (job) => job.priority ?? 0);
  const penalty = Float64Array.from(priority, (p) => bigM * (1 + p));

  const neighbours = jobs.map((_, j) => {
    const others = [...Array(jobCount).keys()].filter((k) => k !== j);
    const row = (loc[j] as number) * locCount;
    others.sort(
      (a, b) =>
        (dist[row + (loc[a] as number)] as number) - (dist[row + (loc[b] as number)] as number),
    );
    return Int32Array.from(others);
  });

  const model: Model = {
    jobCount,
    vehicleCount,
    nodeCount,
    locCount,
    dist,
    time,
    loc,
    service,
    demand,
    twOffset,
    twCount,
    twStart: Float64Array.from(starts),
    twEnd: Float64Array.from(ends),
    isBreak,
    allowed,
    universal,
    capacity,
    endClass: classes(false),
    vehicleClass: classes(true),
    hasBreak,
    penalty,
    priority,
    impossible: [],
    neighbours,
    jobIds: jobs.map((j) => j.id),
    vehicleIds: vehicles.map((v) => v.id),
  };
  for (let v = 0; v < vehicleCount; v++) {
    if (!emptyDayFits(model, v))
      throw new DomainError(
        'INVALID_INPUT',
        `vehicle "${model.vehicleIds[v]}" cannot travel from its start to its end${model.hasBreak[v] ? ' and take its break' : ''} within its shift`,
      );
  }
  for (let j = 0; j < jobCount; j++) model.impossible.push(impossibility(model, j));
  return model;
};

/** Why a job could not be served even by an otherwise empty route, or null when it could. */
const impossibility = (m: Model, job: number): UnassignedReason | null => {
  let skilled = false;
  let roomy = false;
  for (let v = 0; v < m.vehicleCount; v++) {
    if (!m.allowed[job * m.vehicleCount + v]) continue;
    skilled = true;
    if ((m.demand[job] as number) > (m.capacity[v] as number)) continue;
    roomy = true;
    if (fitsAlone(m, job, v)) return null;
  }
  if (!skilled) return 'missing-skill';
  return roomy ? 'no-feasible-window' : 'capacity';
};

const fitsAlone = (m: Model, job: number, v: number): boolean => {
  const s = startNode(m, v);
  const e = endNode(m, v);
  const b = breakNode(m, v);
  const leg = (from: number, to: number) =>
    m.time[(m.loc[from] as number) * m.locCount + (m.loc[to] as number)] as number;
  const depart = m.twStart[m.twOffset[s] as number] as number;
  const startJob = earliestIn(m, job, depart + leg(s, job));
  const back = startJob + (m.service[job] as number) + leg(job, e);
  if (!Number.isFinite(startJob) || back > (m.twEnd[m.twOffset[e] as number] as number))
    return false;
  if (!m.hasBreak[v]) return true;
  // The break may come before or after the visit; either order must fit the shift.
  const breakFirst = earliestIn(m, b, depart);
  const afterBreakJob = earliestIn(m, job, breakFirst + (m.service[b] as number) + leg(s, job));
  const endIfFirst = afterBreakJob + (m.service[job] as number) + leg(job, e);
  const breakAfter = earliestIn(m, b, startJob + (m.service[job] as number));
  const endIfAfter = breakAfter + (m.service[b] as number) + leg(job, e);
  const close = m.twEnd[m.twOffset[e] as number] as number;
  return Math.min(endIfFirst, endIfAfter) <= close;
};

/** The day with no visits: start, break if any, end. */
const emptyDayFits = (m: Model, v: number): boolean => {
  const s = startNode(m, v);
  const e = endNode(m, v);
  const leg = m.time[(m.loc[s] as number) * m.locCount + (m.loc[e] as number)] as number;
  let t = m.twStart[m.twOffset[s] as number] as number;
  if (m.hasBreak[v]) t = earliestIn(m, breakNode(m, v), t) + (m.service[breakNode(m, v)] as number);
  return t + leg <= (m.twEnd[m.twOffset[e] as number] as number);
};
