/**
 * The routing engine's public vocabulary. Times and durations share one unit chosen by the
 * caller (minutes for housing, the file's own units for Solomon); distances are in the
 * travel metric's unit. Everything is plain data, so problems and plans cross worker and
 * network boundaries unchanged.
 */

/** A place: an index into the travel matrix, or coordinates for a metric. */
export type Location = number | { readonly x: number; readonly y: number };

/** Inclusive range in which a visit may start (or a shift may run). */
export interface TimeWindow {
  readonly start: number;
  readonly end: number;
}

export interface Break {
  /** Window in which the break must start. */
  readonly window: TimeWindow;
  readonly duration: number;
}

export interface Vehicle {
  readonly id: string;
  readonly start: Location;
  /** Where the day ends; the start location when omitted. */
  readonly end?: Location;
  readonly shift: TimeWindow;
  /** Taken wherever the advisor is at the time; it adds time, never distance. */
  readonly break?: Break;
  /** Infinite when omitted. */
  readonly capacity?: number;
  readonly skills?: readonly string[];
}

export interface Job {
  readonly id: string;
  readonly location: Location;
  readonly service: number;
  /** Start-of-service windows; any time in the vehicle's shift when omitted. */
  readonly windows?: readonly TimeWindow[];
  readonly demand?: number;
  readonly skills?: readonly string[];
  /** Higher is kept in the plan first when not every job fits. Default 0. */
  readonly priority?: number;
  /** Only this vehicle may serve the job. */
  readonly pinnedVehicle?: string;
  /** Service must start exactly at this time. */
  readonly pinnedStart?: number;
}

export interface RoadEstimateOptions {
  readonly circuityFactor?: number;
  readonly speedKmh?: number;
  readonly minutesPerStop?: number;
}

/**
 * `matrix`: locations are indices; `duration` defaults to `distance`.
 * `euclidean`: locations are `{x, y}`, travel time equals distance (the Solomon rule).
 * `road-estimate`: locations are `{x: longitude, y: latitude}` in degrees; distance in km,
 * time in minutes (see metrics.ts for the defaults and their sources).
 */
export type Travel =
  | {
      readonly kind: 'matrix';
      readonly distance: readonly (readonly number[])[];
      readonly duration?: readonly (readonly number[])[];
    }
  | { readonly kind: 'euclidean' }
  | ({ readonly kind: 'road-estimate' } & RoadEstimateOptions);

export interface RoutingProblem {
  readonly vehicles: readonly Vehicle[];
  readonly jobs: readonly Job[];
  readonly travel: Travel;
}

export interface SolveOptions {
  readonly seed?: number;
  readonly timeLimitMs?: number;
  readonly maxIterations?: number;
  /** Clock used only for the time limit; `performance.now` when omitted. */
  readonly now?: () => number;
}

export type UnassignedReason =
  | 'missing-skill'
  | 'capacity'
  | 'no-feasible-window'
  /** Fits an empty route on its own, but not alongside the jobs kept in the plan. */
  | 'fleet-full';

export interface Unassigned {
  readonly jobId: string;
  readonly reason: UnassignedReason;
}

export interface Stop {
  readonly kind: 'job' | 'break';
  /** Set for `job` stops. */
  readonly jobId?: string;
  readonly arrival: number;
  readonly wait: number;
  readonly start: number;
  readonly departure: number;
}

export interface PlannedRoute {
  readonly vehicleId: string;
  readonly departure: number;
  readonly arrival: number;
  readonly stops: readonly Stop[];
  readonly distance: number;
  readonly duration: number;
}

export interface Plan {
  /** Only vehicles that serve at least one job. */
  readonly routes: readonly PlannedRoute[];
  readonly unassigned: readonly Unassigned[];
  readonly distance: number;
  readonly duration: number;
}

/** A slot the booking flow could offer: this vehicle, service starting inside `window`. */
export interface InsertionCandidate {
  readonly vehicleId: string;
  readonly window: TimeWindow;
}

export interface RankedInsertion extends InsertionCandidate {
  readonly addedDistance: number;
  /** Earliest service start in the slot with the job inserted at its cheapest place. */
  readonly start: number;
  /** Index in the vehicle's job order at which the job would go. */
  readonly position: number;
}
