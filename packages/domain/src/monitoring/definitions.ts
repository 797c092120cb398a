import { describeDate } from '../calendar/dates';

/** Measures given as a share: met out of counted. */
export const rateMeasures = [
  'living_well_coverage',
  'first_visit_access',
  'notice_compliance',
  'contact_acknowledged',
  'alternative_format_met',
  'gas_checks',
  'electrical_checks',
  'damp_mould_investigations',
] as const;
export type RateMeasure = (typeof rateMeasures)[number];

/** Measures given as a count per week. */
export const volumeMeasures = [
  'bookings_by_channel',
  'contacts_by_channel',
  'drop_in_sessions',
  'drop_in_attendance',
  'drop_in_topics',
] as const;
export type VolumeMeasure = (typeof volumeMeasures)[number];

export type MeasureId = RateMeasure | VolumeMeasure;
export const measureIds: readonly MeasureId[] = [...rateMeasures, ...volumeMeasures];

export const isRateMeasure = (id: string): id is RateMeasure =>
  (rateMeasures as readonly string[]).includes(id);
export const isMeasureId = (id: string): id is MeasureId =>
  (measureIds as readonly string[]).includes(id);

export interface MeasureDefinition {
  id: MeasureId;
  label: string;
  /** Shown next to the figure, so a reader knows exactly what was counted. */
  definition: string;
  /** The policy or law the measure answers to. */
  source: string;
  kind: 'rate' | 'count';
  /** Split by customer group in the fairness table (000 §2.13). */
  fairness: boolean;
  /**
   * A state at each week's end (coverage: who had been met in the 12 months to then), not
   * what happened in the week: its weeks are never added up into a quarter or a year.
   */
  atWeekEnd: boolean;
}

const TO_DATE = 'the date of the figures';

/**
 * Every measure, defined once. The wording is what a manager, a board member or the regulator
 * reads beside the figure, so it says what is counted and what is left out in plain words.
 */
export const measureDefinitions: Record<MeasureId, MeasureDefinition> = {
  living_well_coverage: {
    id: 'living_well_coverage',
    label: 'Living Well coverage',
    definition: `Low-cost rental tenancies with a Living Well meeting held in the 12 months to ${TO_DATE}, out of all open low-cost rental tenancies. Overdue: tenancies past the date their next meeting was due.`,
    source:
      '000 §2.9: a Living Well meeting with every low-cost rental customer at least once a year',
    kind: 'rate',
    fairness: true,
    atWeekEnd: true,
  },
  first_visit_access: {
    id: 'first_visit_access',
    label: 'Access at the first visit',
    definition:
      'First visits where we got into the home, out of all first visits that were either completed or failed to get in (no access, or unsafe to enter). Cancelled, rescheduled and still-booked visits are not counted.',
    source: '002 §11.1: homes where access is gained at the first visit',
    kind: 'rate',
    fairness: true,
    atWeekEnd: false,
  },
  notice_compliance: {
    id: 'notice_compliance',
    label: 'Notice sent in time and format',
    definition:
      "Notices sent by the date they had to go to arrive in time, in the customer's recorded format, out of all notices that had a send-by date. A notice is counted once it is sent or its send-by time has passed.",
    source:
      '002 §8.11–8.12: reasonable notice, with adjustments to how it is given; 000 §2.15: written formats',
    kind: 'rate',
    fairness: true,
    atWeekEnd: false,
  },
  contact_acknowledged: {
    id: 'contact_acknowledged',
    label: 'Contacts acknowledged within 2 working days',
    definition:
      'Contacts acknowledged within 2 working days of the day they were received, out of all contacts. A contact still inside its 2 working days and not yet acknowledged is not counted yet.',
    source: '002 §8.14: acknowledge customer contacts within two working days',
    kind: 'rate',
    fairness: true,
    atWeekEnd: false,
  },
  alternative_format_met: {
    id: 'alternative_format_met',
    label: 'Alternative formats within 5 working days',
    definition:
      'Documents requested in braille, audio or another format that went to the customer by their due date (5 working days), out of all such requests. A request still inside its time and not yet done is not counted yet.',
    source: '000 §2.15: documents provided in the requested format within 5 days',
    kind: 'rate',
    fairness: true,
    atWeekEnd: false,
  },
  gas_checks: {
    id: 'gas_checks',
    label: 'Gas safety checks in time',
    definition:
      'Gas safety checks that fell due, done by the anniversary of the last check, out of all that fell due. A check done from 10 months and 1 day after the last keeps the anniversary. At risk: due in the next 30 days with no check booked before the due date. Split by customer group by the household living there now.',
    source:
      'Gas Safety (Installation and Use) Regulations 1998 reg 36(3)(a) and reg 36A: at most 12 months apart',
    kind: 'rate',
    fairness: true,
    atWeekEnd: false,
  },
  electrical_checks: {
    id: 'electrical_checks',
    label: 'Electrical safety checks in time',
    definition:
      'Electrical safety checks that fell due, done within 5 years of the last check, out of all that fell due. At risk: due in the next 30 days with no check booked before the due date. Split by customer group by the household living there now.',
    source:
      'Electrical Safety Standards in the Private Rented Sector (England) Regulations 2020 reg 3 (5 years), applied to social homes',
    kind: 'rate',
    fairness: true,
    atWeekEnd: false,
  },
  damp_mould_investigations: {
    id: 'damp_mould_investigations',
    label: 'Damp and mould investigated in time',
    definition:
      'Damp and mould reports investigated within 10 working days of the report (24 hours for an emergency hazard), out of all reports. A report still inside its time and not yet investigated is not counted yet.',
    source:
      "Awaab's Law (Hazards in Social Housing (Prescribed Requirements) (England) Regulations 2025): investigate within 10 working days; emergency hazards within 24 hours",
    kind: 'rate',
    fairness: true,
    atWeekEnd: false,
  },
  bookings_by_channel: {
    id: 'bookings_by_channel',
    label: 'Bookings by channel',
    definition:
      'Appointments booked each week, by the channel the booking came through (phone, booking link, email, live chat, social media, post, in person, or by staff).',
    source: '000 §4.1 and 001 §6: contact volumes by channel',
    kind: 'count',
    fairness: false,
    atWeekEnd: false,
  },
  contacts_by_channel: {
    id: 'contacts_by_channel',
    label: 'Contacts by channel',
    definition:
      'Contacts received from customers each week, by channel (phone, booking link, email, live chat, social media, post, in person).',
    source: '000 §4.1 and 001 §6: contact volumes by channel',
    kind: 'count',
    fairness: false,
    atWeekEnd: false,
  },
  drop_in_sessions: {
    id: 'drop_in_sessions',
    label: 'Drop-in sessions held',
    definition: 'Drop-in sessions held each week, by area. Cancelled sessions are not counted.',
    source: '000 §2.9: monthly drop-in sessions at accessible venues',
    kind: 'count',
    fairness: false,
    atWeekEnd: false,
  },
  drop_in_attendance: {
    id: 'drop_in_attendance',
    label: 'Drop-in attendance',
    definition: 'People who came to a drop-in session each week, by area.',
    source: '000 §2.9 and 001: drop-in sessions reviewed regularly',
    kind: 'count',
    fairness: false,
    atWeekEnd: false,
  },
  drop_in_topics: {
    id: 'drop_in_topics',
    label: 'Topics raised at drop-ins',
    definition:
      'Topics raised at drop-in sessions each week, by topic. One visit can raise more than one topic.',
    source: '000 §2.9: drop-ins let customers raise concerns and access services face-to-face',
    kind: 'count',
    fairness: false,
    atWeekEnd: false,
  },
};

/** The definition with "the date of the figures" replaced by the date itself. */
export const definitionOn = (id: MeasureId, asOf: string): string =>
  measureDefinitions[id].definition.replace(TO_DATE, describeDate(asOf));

export const fairnessMeasures: readonly RateMeasure[] = rateMeasures.filter(
  (id) => measureDefinitions[id].fairness,
);
