import type { InstantInput } from '../calendar/london';
import type {
  ContactChannel,
  ContactRestrictionKind,
  InterpreterKind,
  RepresentativePeriod,
  RepresentativeScope,
  StaffGender,
  VisitAdjustment,
  VulnerabilityFlag,
  Weekday,
  WrittenFormat,
} from './vocabulary';

/** A recurring weekly time the customer cannot do, in London wall-clock time (002 §8.13). */
export interface WeeklyUnavailability {
  day: Weekday;
  /** HH:MM, inclusive. */
  from: string;
  /** HH:MM, exclusive. */
  to: string;
  /** Shown to staff, e.g. "school run"; keep it short and non-medical ("dialysis" is enough). */
  label?: string;
}

/** Someone the customer has nominated to speak or act for them (000 §2.19–2.20). */
export interface Representative {
  id: string;
  name: string;
  phone?: string | null;
  email?: string | null;
  address?: string | null;
  /** e.g. daughter, advocate, support worker, solicitor. */
  relationship: string;
  organisation?: string | null;
  dateOfBirth?: string | null;
  /** The date the customer's authorisation was received; null when none is held. */
  authorisedOn: string | null;
  /** How it was given; only email and letter are in writing (000 §2.20). Defaults to letter. */
  authorisedBy?: 'email' | 'letter' | 'phone' | 'in_person';
  scope: RepresentativeScope[];
  period: RepresentativePeriod;
  /** First day the authorisation applies; for a one-off, the only day. */
  startsOn: string;
  /** Last day of a time-limited authorisation. */
  endsOn?: string | null;
  withdrawnAt?: InstantInput | null;
  /** The customer wants them invited to visits about matters in scope. */
  inviteToVisits?: boolean;
}

/** An arrangement restricting contact after unacceptable behaviour (000 §2.25–2.27). */
export interface ContactRestriction {
  id?: string;
  kind: ContactRestrictionKind;
  /** Restricted detail: never copied into briefings or messages. */
  reason?: string;
  /** For `named_contact_only`: the one member of staff the customer deals with. */
  namedStaffId?: string | null;
  /** For `no_home_visits`: where to meet instead. */
  venue?: string | null;
  startsOn: string;
  reviewOn: string;
  /** Set when the restriction is lifted; it stops applying after this day. */
  endsOn?: string | null;
}

/**
 * Everything about how a customer needs to be served. Every field is optional: an empty
 * profile is a customer with no recorded needs, served in standard English by post.
 */
export interface AccessProfile {
  /** BCP 47 language tag, e.g. `en`, `pl`, `ar`. */
  preferredLanguage?: string;
  interpreter?: InterpreterKind | null;
  relayUk?: boolean;
  writtenFormat?: WrittenFormat;
  contactChannel?: ContactChannel;
  extraTimeMinutes?: number;
  visitAdjustments?: VisitAdjustment[];
  preferredStaffGender?: StaffGender | null;
  unavailableWeekly?: WeeklyUnavailability[];
  /** One-off dates the customer cannot do, e.g. a hospital appointment. */
  unavailableDates?: string[];
  representatives?: Representative[];
  contactRestrictions?: ContactRestriction[];
  vulnerabilityFlags?: VulnerabilityFlag[];
}
