/**
 * Codes for everything an access profile records. The database stores these codes, the web
 * app labels them, and the rules in this folder act on them; free text is kept to notes.
 */

/** 000 §2.16 telephone translation; in-person interpreters and British Sign Language for visits. */
export const interpreterKinds = ['telephone', 'in_person', 'bsl'] as const;
export type InterpreterKind = (typeof interpreterKinds)[number];
export const interpreterLabels: Record<InterpreterKind, string> = {
  telephone: 'telephone interpreter',
  in_person: 'in-person interpreter',
  bsl: 'British Sign Language interpreter',
};

/** 000 §2.15: the format letters are produced in. `email` means an accessible electronic document. */
export const writtenFormats = [
  'standard',
  'large_print',
  'braille',
  'audio',
  'easy_read',
  'email',
] as const;
export type WrittenFormat = (typeof writtenFormats)[number];

/** How the customer prefers to be contacted (000 §2.11). */
export const contactChannels = ['email', 'sms', 'post', 'phone'] as const;
export type ContactChannel = (typeof contactChannels)[number];

export const staffGenders = ['female', 'male'] as const;
export type StaffGender = (typeof staffGenders)[number];

/** What the visitor does differently at the door (002 §8.22, reasonable adjustments). */
export const visitAdjustments = [
  'call_before_arriving',
  'text_before_arriving',
  'knock_loudly',
  'do_not_ring_doorbell',
  'wait_longer_at_door',
  'pets_secured',
  'show_id_at_window',
  'remove_shoes',
  'no_strong_scents',
  'quiet_approach',
  'ground_floor_room',
] as const;
export type VisitAdjustment = (typeof visitAdjustments)[number];

/**
 * Vulnerability kept as codes only (002 §8.21–8.22): the detail is restricted and never
 * travels with a visit. Only `do_not_visit_alone` changes how a visit is staffed.
 */
export const vulnerabilityFlags = [
  'do_not_visit_alone',
  'hearing_impairment',
  'visual_impairment',
  'mobility_impairment',
  'learning_disability',
  'cognitive_impairment',
  'mental_health',
  'domestic_abuse',
  'safeguarding',
  'medical_equipment',
  'bereavement',
  'financial_hardship',
  'digital_exclusion',
  'literacy',
] as const;
export type VulnerabilityFlag = (typeof vulnerabilityFlags)[number];

/** 000 §2.25–2.26: the arrangements a restriction of contact can set. */
export const contactRestrictionKinds = [
  'written_contact_only',
  'two_person_visits',
  'no_home_visits',
  'named_contact_only',
] as const;
export type ContactRestrictionKind = (typeof contactRestrictionKinds)[number];

/** 000 §2.20: "one-off, ongoing, or time-limited". */
export const representativePeriods = ['one_off', 'ongoing', 'time_limited'] as const;
export type RepresentativePeriod = (typeof representativePeriods)[number];

/**
 * The matters a representative's authorisation can cover (000 §2.19 "matters relating to
 * their tenancy"), plus `all`. Each appointment type belongs to one matter.
 */
export const matters = [
  'tenancy',
  'rent',
  'repairs',
  'safety_checks',
  'home_improvements',
  'anti_social_behaviour',
  'complaints',
  'support',
] as const;
export type Matter = (typeof matters)[number];
export type RepresentativeScope = Matter | 'all';

export const weekdays = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export type Weekday = (typeof weekdays)[number];
