import type { Weekday } from '../access-needs/vocabulary';
import type { OpeningSpan } from '../service-standards/opening-hours';

/** What tenants can come to a drop-in to talk about (issue 8: rent, repairs, money, online). */
export const dropInTopics = [
  'rent',
  'repairs',
  'money_advice',
  'getting_online',
  'tenancy',
  'neighbourhood',
] as const;
export type DropInTopic = (typeof dropInTopics)[number];

/**
 * The yes/no accessibility facts recorded for a venue. `null` means nobody has checked yet,
 * which is different from "no": a venue cannot be published until every fact is answered.
 */
export const venueFacts = [
  'stepFreeEntrance',
  'accessibleToilet',
  'hearingLoop',
  'blueBadgeParking',
  'quietRoom',
  'babyChanging',
  'bslOnRequest',
] as const;
export type VenueFact = (typeof venueFacts)[number];

/** Facts a venue must have (answered "yes") to count as accessible under policy 000 §2.9. */
export const requiredVenueFacts = ['stepFreeEntrance', 'accessibleToilet'] as const;

export type VenueFacts = Record<VenueFact, boolean | null>;

export interface VenueForPublishing extends VenueFacts {
  name: string;
  /** Bus routes and nearest stop are text facts; both must be given (or "none") to publish. */
  busRoutes: string | null;
  nearestStop: string | null;
}

/** When a venue is open, London wall-clock; a weekday without spans is closed all day. */
export type VenueOpeningHours = Partial<Record<Weekday, OpeningSpan[]>>;

/** What happens to an occurrence that falls on a bank holiday or a venue closure. */
export const clashRules = ['skip', 'next_working_day'] as const;
export type ClashRule = (typeof clashRules)[number];

/** A recurring session, as the domain needs it: no ids beyond the venue's. */
export interface SeriesSchedule {
  /**
   * RFC 5545 recurrence rule without DTSTART, e.g. "FREQ=MONTHLY;BYDAY=+2TU;UNTIL=20271231".
   * A leading "RRULE:" is accepted. It must end (UNTIL or COUNT).
   */
  rrule: string;
  /** The first date the series may fall on (the rule's DTSTART date). */
  startsOn: string;
  /** London wall-clock, "HH:MM"; the session keeps these local times across clock changes. */
  startTime: string;
  endTime: string;
  venueId: string;
  clashRule: ClashRule;
}

/** A day a venue is shut (refurbishment, elections, its own holidays). */
export interface VenueClosure {
  venueId: string;
  date: string;
  reason: string;
}

/**
 * One change staff made to one occurrence, identified by the date the rule gave it
 * (`originalDate`, the iCalendar RECURRENCE-ID). Changes are folded in `changedAt` order:
 * a later move replaces an earlier one, a cancel holds until a later `reinstate`, and a venue
 * change applies whatever the date.
 */
export type OccurrenceChange =
  | { kind: 'cancel'; originalDate: string; reason: string; changedAt: string }
  | { kind: 'reinstate'; originalDate: string; reason: string; changedAt: string }
  | {
      kind: 'move';
      originalDate: string;
      /** New London date and wall-clock times. */
      date: string;
      startTime: string;
      endTime: string;
      reason: string;
      changedAt: string;
    }
  | { kind: 'venue'; originalDate: string; venueId: string; reason: string; changedAt: string };

export const occurrenceStatuses = ['scheduled', 'moved', 'skipped', 'cancelled'] as const;
export type OccurrenceStatus = (typeof occurrenceStatuses)[number];

export interface Clash {
  kind: 'bank_holiday' | 'venue_closure';
  /** "Early May bank holiday", or the closure's reason. */
  name: string;
}

/** One expanded occurrence: what the preview, the feeds and the public pages all show. */
export interface Occurrence {
  /** The date the rule produced: the occurrence's identity, stable across moves. */
  originalDate: string;
  /** The date it actually happens (after a clash move or a staff move). */
  date: string;
  startTime: string;
  endTime: string;
  /** The same as instants, in UTC ISO form ("2026-03-30T09:00:00Z"), for feeds and sorting. */
  startsAt: string;
  endsAt: string;
  venueId: string;
  /**
   * scheduled: as the rule says. moved: on another date/time than the rule gave (by the clash
   * rule or by staff). skipped: dropped by the clash rule. cancelled: cancelled by staff.
   */
  status: OccurrenceStatus;
  /** The clash that moved or skipped it, if any. */
  clash: Clash | null;
  /** Staff's reason for the latest change, if any. */
  reason: string | null;
  /** When staff last changed it (cancel time for cancelled ones), ISO instant, if ever. */
  changedAt: string | null;
  /** How many staff changes it has had: added to the series sequence for iCalendar SEQUENCE. */
  changeCount: number;
}

export interface ExpandOptions {
  /** Inclusive London dates bounding the original dates produced. */
  from: string;
  to: string;
  closures?: VenueClosure[];
  changes?: OccurrenceChange[];
  /** Organisation closed days, as for createWorkingCalendar. */
  closedDays?: string[];
}

/** The result of checking a schedule before saving it. */
export interface ScheduleCheck {
  /** Plain English: "Second Tuesday of every month, 10:00 to 12:00, until 31 December 2027". */
  description: string;
  /** The last date the rule produces (the series' end date). */
  endsOn: string;
  /** The most occurrences in any 365-day span (the limit is 400). */
  perYear: number;
}
