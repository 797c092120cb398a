import { DomainError } from '../errors';
import type { Location, RoutingProblem, TimeWindow, Travel } from './types';

const fail = (message: string): never => {
  throw new DomainError('INVALID_INPUT', message);
};

const finite = (value: unknown, what: string): void => {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(`${what} must be a finite number`);
};

const nonNegative = (value: unknown, what: string): void => {
  finite(value, what);
  if ((value as number) < 0) fail(`${what} must not be negative`);
};

const window = (w: TimeWindow, what: string): void => {
  finite(w.start, `${what} start`);
  if (typeof w.end !== 'number' || Number.isNaN(w.end)) fail(`${what} end must be a number`);
  if (w.end < w.start) fail(`${what} ends before it starts`);
};

const matrixSize = (travel: Travel): number => {
  if (travel.kind !== 'matrix') return 0;
  const size = travel.distance.length;
  const check = (rows: readonly (readonly number[])[], name: string) => {
    if (rows.length !== size)
      fail(`travel ${name} matrix has ${rows.length} rows, expected ${size}`);
    rows.forEach((row, i) => {
      if (row.length !== size)
        fail(`travel ${name} matrix row ${i} has ${row.length} columns, expected ${size}`);
      for (const [j, value] of row.entries())
        nonNegative(value, `travel ${name} matrix entry [${i}][${j}]`);
    });
  };
  check(travel.distance, 'distance');
  if (travel.duration) check(travel.duration, 'duration');
  return size;
};

const location = (travel: Travel, size: number, at: Location, what: string): void => {
  if (travel.kind === 'matrix') {
    if (typeof at !== 'number' || !Number.isInteger(at) || at < 0 || at >= size)
      fail(`${what} location must be a matrix index from 0 to ${size - 1}`);
    return;
  }
  if (typeof at !== 'object' || at === null) fail(`${what} location must be {x, y} coordinates`);
  const point = at as { x: number; y: number };
  finite(point.x, `${what} location x`);
  finite(point.y, `${what} location y`);
  if (travel.kind === 'road-estimate' && (Math.abs(point.y) > 90 || Math.abs(point.x) > 180))
    fail(`${what} location is not a longitude/latitude pair`);
};

const unique = (ids: readonly string[], kind: string): void => {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) fail(`${kind} id "${id}" is used twice`);
    seen.add(id);
  }
};

/** Rejects what no plan could make sense of; jobs that merely cannot fit are left to the solver. */
export const validateProblem = (problem: RoutingProblem): void => {
  const { travel } = problem;
  if (travel.kind === 'road-estimate') {
    for (const key of ['circuityFactor', 'speedKmh', 'minutesPerStop'] as const) {
      const value = travel[key];
      if (value !== undefined) nonNegative(value, `road-estimate ${key}`);
    }
    if (travel.speedKmh === 0) fail('road-estimate speedKmh must be positive');
  }
  const size = matrixSize(travel);
  unique(
    problem.vehicles.map((v) => v.id),
    'vehicle',
  );
  unique(
    problem.jobs.map((j) => j.id),
    'job',
  );
  for (const vehicle of problem.vehicles) {
    const what = `vehicle "${vehicle.id}"`;
    location(travel, size, vehicle.start, `${what} start`);
    if (vehicle.end !== undefined) location(travel, size, vehicle.end, `${what} end`);
    window(vehicle.shift, `${what} shift`);
    if (vehicle.capacity !== undefined) nonNegative(vehicle.capacity, `${what} capacity`);
    if (vehicle.break) {
      window(vehicle.break.window, `${what} break window`);
      nonNegative(vehicle.break.duration, `${what} break duration`);
      if (
        vehicle.break.window.end < vehicle.shift.start ||
        vehicle.break.window.start + vehicle.break.duration > vehicle.shift.end
      )
        fail(`${what} break does not fit in its shift`);
    }
  }
  const vehicleIds = new Set(problem.vehicles.map((v) => v.id));
  for (const job of problem.jobs) {
    const what = `job "${job.id}"`;
    location(travel, size, job.location, what);
    nonNegative(job.service, `${what} service duration`);
    if (job.demand !== undefined) nonNegative(job.demand, `${what} demand`);
    if (job.priority !== undefined) nonNegative(job.priority, `${what} priority`);
    if (job.pinnedStart !== undefined) finite(job.pinnedStart, `${what} pinned start`);
    if (job.windows) {
      if (job.windows.length === 0) fail(`${what} has an empty list of time windows`);
      for (const [i, w] of job.windows.entries()) window(w, `${what} time window ${i + 1}`);
    }
    if (job.pinnedVehicle !== undefined && !vehicleIds.has(job.pinnedVehicle))
      fail(`${what} is pinned to unknown vehicle "${job.pinnedVehicle}"`);
  }
};
