/**
 * The booking feature's public vocabulary: what the API loads from the database and passes
 * in, and what comes back. Plain data only; instants come back as `Temporal.ZonedDateTime`
 * in Europe/London like everywhere else in this package.
 */
import type { Temporal } from 'temporal-polyfill';
import type { AccessProfile } from '../access-needs/profile';
import type { VisitRequirements } from '../access-needs/visit-requirements';
import type { StaffGender, Weekday } from '../access-needs/vocabulary';
import type { AppointmentType, InitiatedBy } from '../appointments/types';
import type { InstantInput } from '../calendar/london';
import type { DeadlineBasis, LatestStart } from '../notices/latest-start';
import type { NoticeRules } from '../notices/rules';
import type { RoadEstimateOptions } from '../routing/types';

/** A point in WGS 84 degrees, as the database stores homes and staff bases. */
export interface GeoPoint {
  readonly latitude: number;
  readonly longitude: number;
}

/** The database's day keys for a working pattern (staff.working_pattern). */
export const patternDays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type PatternDay = (typeof patternDays)[number];

/**
 * Hours a member of staff works on each weekday, as London wall-clock `HH:MM` times, the
 * shape of `staff.working_pattern`. Several periods in a day (e.g. 09:00–12:30 and
 * 13:30–17:00) leave a break between them: the advisor stays where they are during it and
 * does not travel in it. A day that is missing or empty is not worked.
 */
export type WorkingPattern = Partial<
  Record<PatternDay, readonly { readonly start: string; readonly end: string }[]>
>;

/** Whole days away (annual leave, training, sickness), inclusive, as `staff_leave` holds them. */
export interface LeaveRange {
  readonly startsOn: string;
  readonly endsOn: string;
}

/** A visit already in a member of staff's diary (booked, not cancelled or rescheduled). */
export interface ExistingAppointment {
  /** Used only to leave it out with `ignoreAppointmentIds` (rescheduling the same visit). */
  readonly id?: string;
  readonly start: InstantInput;
  /** Exclusive, like `ends_at`. */
  readonly end: InstantInput;
  /** Where it happens: travel to and from it is counted. */
  readonly location: GeoPoint;
}

/** Someone who could do the visit, with everything already in their diary. */
export interface CandidateStaff {
  readonly id: string;
  /** Where the advisor's working day starts and ends. */
  readonly homeBase: GeoPoint;
  readonly workingPattern: WorkingPattern;
  readonly leave?: readonly LeaveRange[];
  /** Needed only when the customer prefers a visitor of one gender; unknown never matches. */
  readonly gender?: StaffGender | null;
  /** Matched against the request's `requiredSkills`. */
  readonly skills?: readonly string[];
  /** Any order; appointments far outside the window are harmless but cost a little time. */
  readonly appointments: readonly ExistingAppointment[];
}

/** Morning: a start before 12:00 London time; afternoon: 12:00 or later. */
export type TimeOfDay = 'morning' | 'afternoon';

/** What the tenant said suits them; used to rank, never to hide a time. */
export interface TenantPreferences {
  readonly timesOfDay?: readonly TimeOfDay[];
  readonly days?: readonly Weekday[];
}

/**
 * How a slot is scored: points for each stated preference it meets, minus points for each
 * kilometre it adds to the advisors' day (summed over both staff on a two-person visit).
 */
export interface RankingWeights {
  /** Default 30. */
  readonly preferredTimeOfDay: number;
  /** Default 30. */
  readonly preferredDay: number;
  /** Default 2: a 5 km detour costs 10 points. */
  readonly perAddedKm: number;
}

export interface AvailabilityRequest extends DeadlineBasis {
  readonly type: AppointmentType;
  /** The customer's access profile: needs, unavailable times, restrictions, format. */
  readonly profile: AccessProfile;
  /** Where the visit takes place: the home, or the agreed venue when `place` is `venue`. */
  readonly location: GeoPoint;
  /**
   * `home` (the default) or `venue`. When an active restriction says the customer may not be
   * visited at home, a `home` request gets no slots and says why.
   */
  readonly place?: 'home' | 'venue';
  /** Who chose the time. Default `tenant` (the booking link, or the tenant on the phone). */
  readonly initiatedBy?: InitiatedBy;
  readonly now: InstantInput;
  /**
   * London dates, inclusive (an invitation's window). Slots start no sooner than the earliest
   * lawful start and before any deadline, whatever the window says. Without `to`, slots are
   * offered for 21 days from the first day a visit may happen. At most 92 days.
   */
  readonly window?: { readonly from?: string; readonly to?: string };
  readonly staff: readonly CandidateStaff[];
  /** Every attending member of staff must have all of these (e.g. `gas_safe`). */
  readonly requiredSkills?: readonly string[];
  /** The organisation's own closure days, YYYY-MM-DD, on top of bank holidays. */
  readonly closedDays?: readonly string[];
  readonly preferences?: TenantPreferences;
  /** Slot starts fall on multiples of this many minutes of London time. Default 30; must divide 60. */
  readonly granularityMinutes?: number;
  /** At most this many slots are returned. Default 40. */
  readonly maxSlots?: number;
  /** At most this many slots on any one day, so the offer spans several days. Default 6. */
  readonly maxSlotsPerDay?: number;
  /** Appointments to treat as not there, e.g. the one being rescheduled. */
  readonly ignoreAppointmentIds?: readonly string[];
  /** The organisation's notice rules; the defaults when omitted. */
  readonly rules?: NoticeRules;
  /** Road-estimate settings for travel between visits; the routing engine's defaults when omitted. */
  readonly travel?: RoadEstimateOptions;
  readonly weights?: Partial<RankingWeights>;
}

/** One time the tenant can choose, with the staff who would come. */
export interface AvailableSlot {
  readonly start: Temporal.ZonedDateTime;
  readonly end: Temporal.ZonedDateTime;
  /** London date of the start, YYYY-MM-DD: group by this. */
  readonly date: string;
  /** London wall-clock `HH:MM` of the start and the end. */
  readonly startTime: string;
  readonly endTime: string;
  /** Who would come: the lead first; two ids for a two-person visit. Book all of them. */
  readonly staffIds: readonly string[];
  /** Higher is better; see `RankingWeights`. */
  readonly score: number;
  /** Road kilometres the visit adds to the staff's day, summed over the staff (2 decimals). */
  readonly addedTravelKm: number;
  /** Minutes of travel it adds, summed over the staff (whole minutes, rounded up). */
  readonly addedTravelMinutes: number;
  /** Which of the tenant's stated preferences the slot meets. */
  readonly meets: readonly ('time_of_day' | 'day')[];
}

export interface Availability {
  /** Best first (highest score, then soonest). Use `slotsByDay` to show them day by day. */
  readonly slots: AvailableSlot[];
  /** Slots start at or after this instant… */
  readonly from: Temporal.ZonedDateTime;
  /** …and before this one (exclusive). `from` may be after `until`: then there are no slots. */
  readonly until: Temporal.ZonedDateTime;
  /** Why `from` and `until` are where they are, in plain words (earliestStart's reasons first). */
  readonly reasons: string[];
  /** Every notice constraint weighed, binding or not (earliestStart's `considered`). */
  readonly considered: string[];
  /** The deadline for this type of visit, when it has one and its basis was given. */
  readonly deadline: LatestStart | null;
  /** Set when the deadline cannot be met: the case must go to a manager now. */
  readonly escalation: string | null;
  /** Set when `slots` is empty: why, in plain words. */
  readonly noSlotsReason: string | null;
  /** Things staff should know, e.g. a deadline type booked without the date it runs from. */
  readonly warnings: string[];
  /** How many start times were open before `maxSlots` and `maxSlotsPerDay` were applied. */
  readonly openStarts: number;
  readonly granularityMinutes: number;
  /** What the visit needs (duration, staff count, interpreter, briefing), as of `from`. */
  readonly requirements: VisitRequirements;
}

/** Why a chosen start is refused. */
export type SlotRefusal =
  | 'escalation'
  | 'cannot_book'
  | 'too_soon'
  | 'too_late'
  | 'not_a_slot_time'
  | 'customer_unavailable'
  | 'closed'
  | 'no_one_working'
  | 'taken';

export type SlotCheck =
  | { readonly ok: true; readonly slot: AvailableSlot }
  | { readonly ok: false; readonly code: SlotRefusal; readonly reason: string };
