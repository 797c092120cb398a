import { roadEstimate } from '../routing/metrics';
import type { Job, PlannedRoute, TimeWindow, Vehicle } from '../routing/types';

type Point = { readonly x: number; readonly y: number };

const EPSILON = 1e-6;
/** The finest step a booking page offers: a visit that misses the grid starts on one of these. */
const FINEST = 5;

/**
 * Moves a day's proposed visits onto the booking grid (starts every `every` minutes), so the
 * time a tenant is offered is one the booking page can hold, without making the day
 * infeasible: a backward pass finds the latest each stop may start for everything after it
 * (its window, pinned stops such as booked visits and commitments, the lunch break's window,
 * the end of the shift) in the route's order; the forward pass rounds each proposed start up
 * to the grid when that is no later than its latest start, else up to the next 5 minutes, and
 * otherwise keeps it as early as it can be. Returns the new start of each stop.
 */
export function alignedStarts(
  route: PlannedRoute,
  jobs: ReadonlyMap<string, Job>,
  vehicle: Vehicle,
  every: number,
): number[] {
  const stops = route.stops;
  // The window each stop's start must keep to: the one its planned start is in.
  const windows = stops.map((stop): TimeWindow => {
    if (stop.kind === 'break') {
      return vehicle.break?.window ?? { start: stop.start, end: stop.start };
    }
    const job = stop.jobId ? jobs.get(stop.jobId) : undefined;
    if (job?.pinnedStart !== undefined) return { start: job.pinnedStart, end: job.pinnedStart };
    const own = (job?.windows ?? []).find(
      (w) => stop.start >= w.start - EPSILON && stop.start <= w.end + EPSILON,
    );
    return own ?? { start: vehicle.shift.start, end: vehicle.shift.end };
  });
  const service = stops.map((stop) => stop.departure - stop.start);
  // Minutes driven to reach each stop (a break is taken where the advisor is), and home.
  const travelTo: number[] = [];
  // The planner gives every location as {x: longitude, y: latitude} (road estimates).
  let here = vehicle.start as Point;
  for (const stop of stops) {
    const job = stop.jobId ? jobs.get(stop.jobId) : undefined;
    if (stop.kind === 'break' || !job) {
      travelTo.push(0);
      continue;
    }
    travelTo.push(roadEstimate(here, job.location as Point).minutes);
    here = job.location as Point;
  }
  const home = roadEstimate(here, (vehicle.end ?? vehicle.start) as Point).minutes;
  const travelAfter = stops.map((_, i) => travelTo[i + 1] ?? home);

  const latest = new Array<number>(stops.length);
  let limit = vehicle.shift.end;
  for (let i = stops.length - 1; i >= 0; i--) {
    const bound = limit - (travelAfter[i] ?? 0) - (service[i] ?? 0);
    latest[i] = Math.min(windows[i]?.end ?? bound, bound);
    limit = latest[i] ?? limit;
  }

  const starts: number[] = [];
  let departure = route.departure;
  stops.forEach((stop, i) => {
    const ready = departure + (travelTo[i] ?? 0);
    const earliest = Math.max(ready, windows[i]?.start ?? ready);
    const job = stop.jobId ? jobs.get(stop.jobId) : undefined;
    const proposed = stop.kind === 'job' && job?.pinnedStart === undefined;
    const start = proposed
      ? ([every, FINEST]
          .map((grid) => Math.ceil((earliest - EPSILON) / grid) * grid)
          .find((t) => t <= (latest[i] ?? t) + EPSILON) ?? earliest)
      : earliest;
    starts.push(start);
    departure = start + (service[i] ?? 0);
  });
  return starts;
}
