import type { WeeklyUnavailability } from '../access-needs/profile';

export interface LatLng {
  latitude: number;
  longitude: number;
}

/** A meeting the planner must place: due by `dueOn`, at the tenant's home. */
export interface PlanMeeting {
  tenancyId: string;
  dueOn: string;
  location: LatLng;
  /** From visitRequirements: longer with an interpreter, extra time, and so on. */
  durationMinutes: number;
  /** Not before this date: written notice in the tenant's format, interpreter and representative lead times. */
  earliestOn: string;
  unavailableWeekly?: readonly WeeklyUnavailability[];
  unavailableDates?: readonly string[];
  /** Needs a colleague alongside: only on `pairDays`. */
  twoPerson?: boolean;
}

/** A visit the planner keeps exactly where it is: booked by the tenant, or on a locked day. */
export interface FixedVisit {
  tenancyId: string;
  date: string;
  startTime: string;
  durationMinutes: number;
  location: LatLng;
  kind: 'booked' | 'locked';
}

/** Time the advisor is already committed elsewhere, e.g. a drop-in session at a venue. */
export interface Commitment {
  date: string;
  startTime: string;
  endTime: string;
  location: LatLng;
  label: string;
}

export interface PlannerInput {
  /** The horizon, inclusive London dates. */
  from: string;
  to: string;
  /** Where the advisor's day starts and ends. */
  base: LatLng;
  workingHours: { start: string; end: string };
  /** Most Living Well meetings in one day (fixed visits count towards it). */
  dailyCap: number;
  leave: readonly { startsOn: string; endsOn: string }[];
  closedDays?: readonly string[];
  /** Days a second colleague can come; every working day when omitted. */
  pairDays?: readonly string[];
  commitments: readonly Commitment[];
  fixed: readonly FixedVisit[];
  /** Days the advisor locked: kept as they are, nothing new added. */
  lockedDays: readonly string[];
  meetings: readonly PlanMeeting[];
  /** How early a meeting may be placed before its due date, in months. Default 2. */
  monthsEarly?: number;
  /**
   * Proposed visits start on multiples of this many minutes where the day allows, else on the
   * next 5 minutes (times a booking page can offer as they are). Exact route times when omitted.
   */
  startEveryMinutes?: number;
}

export interface PlannedVisit {
  tenancyId: string;
  date: string;
  startTime: string;
  endTime: string;
  kind: 'proposed' | 'booked' | 'locked';
  /** Placed after its due date, because it was already overdue or could not be earlier. */
  late: boolean;
}

export interface PlanDay {
  date: string;
  locked: boolean;
  visits: PlannedVisit[];
  travelKm: number;
}

export interface Unplaced {
  tenancyId: string;
  reason: string;
}

export interface PlanResult {
  days: PlanDay[];
  unplaced: Unplaced[];
  /** Meetings on the plan, fixed ones included. */
  visitCount: number;
  travelKm: number;
  travelKmPerVisit: number | null;
}

export interface PlannerOptions {
  seed?: number;
  timeLimitMs?: number;
  now?: () => number;
}
