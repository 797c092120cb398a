import { type InstantInput, startOfLondonDay, toLondon } from '../calendar/london';
import { roadEstimate } from '../routing/metrics';
import { solve } from '../routing/solve';
import type { Job } from '../routing/types';

export interface RoutePoint {
  latitude: number;
  longitude: number;
}

export interface DayRouteVisit {
  id: string;
  location: RoutePoint;
  durationMinutes: number;
  /** A booked visit keeps this time; null for a flexible knock, placed by the solver. */
  start: InstantInput | null;
}

export interface DayRouteInput {
  /** London date of the day. */
  date: string;
  /** Where the advisor is when the rest of the day starts (their base, or where they stand). */
  from: RoutePoint;
  /** Working hours that day, London wall-clock minutes from midnight. */
  shift: { startMinutes: number; endMinutes: number };
  /** Nothing is placed before this instant: the rest of a day already under way. */
  notBefore?: InstantInput;
  visits: readonly DayRouteVisit[];
}

export interface Leg {
  minutes: number;
  km: number;
}

export interface DayRouteStop {
  id: string;
  start: string;
  end: string;
  /** Null for the first visit of the day. */
  travelFromPrevious: Leg | null;
}

export interface DayRoute {
  stops: DayRouteStop[];
  /** Flexible knocks with no room left in the day. */
  unplaced: string[];
  travelMinutes: number;
  travelKm: number;
}

const at = (point: RoutePoint) => ({ x: point.longitude, y: point.latitude });

/** The road estimate between two visits, as the Living Well planner counts travel. */
export function travelLeg(a: RoutePoint, b: RoutePoint): Leg {
  const leg = roadEstimate(at(a), at(b));
  return { minutes: Math.round(leg.minutes), km: Math.round(leg.distanceKm * 10) / 10 };
}

/**
 * Orders one advisor's day: booked visits keep their agreed times (pinned in the routing
 * engine), flexible knocks go where they add least travel inside the working hours and
 * after `notBefore`. Minutes count from London midnight by instants, so a clock-change day
 * is measured correctly.
 */
export function dayRoute(input: DayRouteInput, options: { seed?: number } = {}): DayRoute {
  const midnight = startOfLondonDay(input.date).epochMilliseconds;
  const minuteOf = (instant: InstantInput) =>
    (toLondon(instant).epochMilliseconds - midnight) / 60_000;
  const instantAt = (minute: number) =>
    new Date(midnight + Math.round(minute) * 60_000).toISOString();

  // Working hours are wall-clock times: on a clock-change day 09:00 is not 540 minutes in.
  const wallClock = (minutes: number) =>
    minuteOf(
      startOfLondonDay(input.date).with({
        hour: Math.floor(minutes / 60),
        minute: minutes % 60,
      }),
    );
  const shiftStart = wallClock(input.shift.startMinutes);
  const shiftEndMinutes = wallClock(input.shift.endMinutes);
  const booked = input.visits.filter((v) => v.start !== null);
  const flexible = input.visits.filter((v) => v.start === null);
  const earliest = Math.max(shiftStart, input.notBefore ? Math.ceil(minuteOf(input.notBefore)) : 0);

  const placed = new Map<string, number>();
  for (const visit of booked) placed.set(visit.id, minuteOf(visit.start as InstantInput));
  const unplaced: string[] = [];

  if (flexible.length > 0) {
    const pinned = booked.map((v) => placed.get(v.id) ?? 0);
    const jobs: Job[] = [
      ...booked.map((visit, index) => ({
        id: visit.id,
        location: at(visit.location),
        service: visit.durationMinutes,
        pinnedStart: pinned[index] ?? 0,
        priority: 10_000,
      })),
      ...flexible.map((visit) => ({
        id: visit.id,
        location: at(visit.location),
        service: visit.durationMinutes,
        windows: [{ start: earliest, end: shiftEndMinutes - visit.durationMinutes }],
        priority: 1,
      })),
    ];
    const dayStart = Math.min(earliest, ...pinned);
    const dayEnd = Math.max(
      shiftEndMinutes,
      ...booked.map((v, i) => (pinned[i] ?? 0) + v.durationMinutes),
    );
    const plan = solve(
      {
        vehicles: [{ id: 'day', start: at(input.from), shift: { start: dayStart, end: dayEnd } }],
        jobs,
        travel: { kind: 'road-estimate' },
      },
      { seed: options.seed ?? 1, maxIterations: 300 },
    );
    const bookedSpans = booked.map((v, i) => ({
      from: pinned[i] ?? 0,
      to: (pinned[i] ?? 0) + v.durationMinutes,
    }));
    const byId = new Map(flexible.map((v) => [v.id, v]));
    for (const stop of plan.routes[0]?.stops ?? []) {
      const visit = byId.get(stop.jobId ?? '');
      if (stop.kind !== 'job' || !visit) continue;
      const from = Math.ceil(stop.start);
      // A booked visit the engine could not reach in time is still shown at its time; a
      // knock placed over it would be a double booking, so it goes back to the list.
      const clash = bookedSpans.some((s) => from < s.to && s.from < from + visit.durationMinutes);
      if (clash) continue;
      placed.set(visit.id, from);
    }
    for (const visit of flexible) if (!placed.has(visit.id)) unplaced.push(visit.id);
  }

  const visitsById = new Map(input.visits.map((v) => [v.id, v]));
  const ordered = [...placed.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  let previous: RoutePoint | null = null;
  let travelMinutes = 0;
  let travelKm = 0;
  const stops: DayRouteStop[] = ordered.map(([id, minute]) => {
    const visit = visitsById.get(id) as DayRouteVisit;
    const leg = previous ? travelLeg(previous, visit.location) : null;
    previous = visit.location;
    if (leg) {
      travelMinutes += leg.minutes;
      travelKm += leg.km;
    }
    return {
      id,
      start: instantAt(minute),
      end: instantAt(minute + visit.durationMinutes),
      travelFromPrevious: leg,
    };
  });
  return { stops, unplaced, travelMinutes, travelKm: Math.round(travelKm * 10) / 10 };
}
