/**
 * The notice rules table: how long each kind of visit takes, how much notice the tenant is
 * owed, and by when it must happen. This is the one place these figures live; an
 * organisation with other figures passes overrides to `configureNoticeRules` rather than
 * editing code elsewhere. Every figure carries its source.
 *
 * Sources: "issue 3" is the product decision recorded in issue 3, taken from the policies
 * in shared/policies (000 = Livv Customer Access Policy 2025, 002 = Livin Access to Services
 * Policy 2025); statutes are cited by name and section.
 */
import type {
  ContactChannel,
  InterpreterKind,
  Matter,
  WrittenFormat,
} from '../access-needs/vocabulary';
import type { AppointmentType } from '../appointments/types';
import { DomainError } from '../errors';

/** A span of notice or of time to a deadline. "Next working day" is 1 working day. */
export type NoticePeriod =
  | { unit: 'hours'; amount: number }
  | { unit: 'days'; amount: number }
  | { unit: 'working_days'; amount: number };

export type Deadline =
  /** Due a number of months after the last visit of the same kind. */
  | {
      from: 'last_visit';
      months: number;
      /** A visit this many months before the due date keeps the anniversary (gas, reg 36A). */
      anniversaryWindowMonths?: number;
    }
  /** Due a period after the problem was reported; an emergency hazard may be due sooner. */
  | { from: 'report'; within: NoticePeriod; emergencyWithinHours?: number };

export interface AppointmentRule {
  label: string;
  /** The matter a representative's authorisation must cover to be told about this visit. */
  matter: Matter;
  defaultDurationMinutes: number;
  /** Minimum written notice when the landlord proposes the time; null: none needed. */
  landlordNotice: NoticePeriod | null;
  /** A statutory minimum of real time between the tenant getting notice and the visit. */
  statutoryFloorHours: number | null;
  /** How soon a time the tenant chooses may be; null: straight away. */
  tenantNotice: NoticePeriod | null;
  deadline: Deadline | null;
  /** False where the visit cannot wait for an interpreter to be booked (emergencies). */
  waitsForInterpreter: boolean;
}

export interface NoticeRules {
  appointments: Record<AppointmentType, AppointmentRule>;
  /** Working days to produce a letter in each format before it can be sent. */
  productionWorkingDays: Record<WrittenFormat, number>;
  /** Working days to translate a letter out of English. */
  translationWorkingDays: number;
  /** Working days from sending to the tenant having it, by the channel a notice travels. */
  deliveryWorkingDays: Record<Exclude<ContactChannel, 'phone'>, number>;
  /** Working days needed to book each kind of interpreter. */
  interpreterLeadWorkingDays: Record<InterpreterKind, number>;
  /** Interpreted visits take longer: this factor, rounded up to `durationStepMinutes`. */
  interpretedDurationFactor: number;
  durationStepMinutes: number;
}

/**
 * What every visit to view the condition of the home or work on it shares: the Landlord and
 * Tenant Act 1985 s.11(6) floor of 24 hours' written notice, and issue 3's 24-hour lead when
 * the tenant picks the time. Rows spread it and may override any part.
 */
const homeVisit = {
  statutoryFloorHours: 24,
  tenantNotice: { unit: 'hours', amount: 24 },
  waitsForInterpreter: true,
} as const satisfies Partial<AppointmentRule>;

export const defaultNoticeRules: NoticeRules = {
  appointments: {
    living_well: {
      label: 'Living Well meeting',
      matter: 'tenancy',
      // issue 3: an hour with the Housing Advisor (000 §2.9).
      defaultDurationMinutes: 60,
      // issue 3: 10 working days' written notice for a visit we propose (002 §8.11 reasonable notice).
      landlordNotice: { unit: 'working_days', amount: 10 },
      statutoryFloorHours: null,
      // issue 3: the next working day when the customer picks the time.
      tenantNotice: { unit: 'working_days', amount: 1 },
      // 000 §2.9: every low-cost rental customer at least once a year.
      deadline: { from: 'last_visit', months: 12 },
      waitsForInterpreter: true,
    },
    tenancy_visit: {
      label: 'Tenancy visit',
      matter: 'tenancy',
      // issue 3.
      defaultDurationMinutes: 45,
      // issue 3: 5 working days (002 §8.11 "view the internal condition").
      landlordNotice: { unit: 'working_days', amount: 5 },
      ...homeVisit,
      deadline: null,
    },
    repair_inspection: {
      label: 'Repair inspection',
      matter: 'repairs',
      // issue 3.
      defaultDurationMinutes: 30,
      // issue 3: 2 working days (002 §8.11).
      landlordNotice: { unit: 'working_days', amount: 2 },
      ...homeVisit,
      deadline: null,
    },
    gas_safety_check: {
      label: 'Gas safety check',
      matter: 'safety_checks',
      // issue 3.
      defaultDurationMinutes: 45,
      // issue 3: 7 days (002 §8.11 safety compliance checks).
      landlordNotice: { unit: 'days', amount: 7 },
      ...homeVisit,
      // Gas Safety (Installation and Use) Regulations 1998 reg 36(3)(a): at most 12 months
      // apart; reg 36A: a check in the last 2 months before the due date keeps the anniversary.
      deadline: { from: 'last_visit', months: 12, anniversaryWindowMonths: 2 },
    },
    electrical_safety_check: {
      label: 'Electrical safety check',
      matter: 'safety_checks',
      // issue 3: two hours for an electrical installation condition report.
      defaultDurationMinutes: 120,
      // issue 3: 7 days.
      landlordNotice: { unit: 'days', amount: 7 },
      ...homeVisit,
      // issue 3: at most 5 years apart (the interval of the Electrical Safety Standards in the
      // Private Rented Sector (England) Regulations 2020 reg 3, since applied to social homes).
      deadline: { from: 'last_visit', months: 60 },
    },
    damp_mould_investigation: {
      label: 'Damp and mould investigation',
      matter: 'repairs',
      // issue 3.
      defaultDurationMinutes: 60,
      // issue 3: 24 hours, the LTA 1985 s.11(6) minimum, so the deadline below can be met.
      landlordNotice: { unit: 'hours', amount: 24 },
      ...homeVisit,
      // Awaab's Law (Hazards in Social Housing (Prescribed Requirements) (England) Regulations
      // 2025): investigate within 10 working days of the report; an emergency hazard within 24 hours.
      deadline: {
        from: 'report',
        within: { unit: 'working_days', amount: 10 },
        emergencyWithinHours: 24,
      },
    },
    survey: {
      label: 'Survey',
      matter: 'home_improvements',
      // issue 3.
      defaultDurationMinutes: 60,
      // issue 3: 5 working days (002 §8.11).
      landlordNotice: { unit: 'working_days', amount: 5 },
      ...homeVisit,
      deadline: null,
    },
    home_improvement: {
      label: 'Home improvement visit',
      matter: 'home_improvements',
      // issue 3.
      defaultDurationMinutes: 60,
      // issue 3: 5 working days (002 §8.11 improvements).
      landlordNotice: { unit: 'working_days', amount: 5 },
      ...homeVisit,
      deadline: null,
    },
    digital_support: {
      label: 'Help getting online',
      matter: 'support',
      // issue 3 (002 §8.8: one-to-one at home, in a group or by phone).
      defaultDurationMinutes: 60,
      // issue 3: none, the customer asks for this help (002 §8.8).
      landlordNotice: null,
      statutoryFloorHours: null,
      // issue 3: the next working day.
      tenantNotice: { unit: 'working_days', amount: 1 },
      deadline: null,
      waitsForInterpreter: true,
    },
    emergency_repair: {
      label: 'Emergency repair',
      matter: 'repairs',
      // issue 3.
      defaultDurationMinutes: 60,
      // issue 3: no notice for an emergency (000 §2.2, 002 §8.10: 24-hour emergency line).
      landlordNotice: null,
      statutoryFloorHours: null,
      tenantNotice: null,
      // issue 3: attend within 24 hours of the report.
      deadline: { from: 'report', within: { unit: 'hours', amount: 24 } },
      waitsForInterpreter: false,
    },
  },
  productionWorkingDays: {
    // issue 3, after 000 §2.15 ("documents ... in the requested format within 5 days").
    standard: 0,
    email: 0,
    large_print: 1,
    easy_read: 1,
    braille: 5,
    audio: 5,
  },
  // 000 §2.15: letters in the customer's language; documents in other languages within 5 days.
  translationWorkingDays: 5,
  // issue 3: email and SMS arrive at once; second-class post within 2 working days.
  deliveryWorkingDays: { email: 0, sms: 0, post: 2 },
  // issue 3: telephone interpreting on demand (000 §2.16); in-person 3 and BSL 10 working days.
  interpreterLeadWorkingDays: { telephone: 0, in_person: 3, bsl: 10 },
  // issue 3: interpreted visits take half as long again, rounded up to 15 minutes.
  interpretedDurationFactor: 1.5,
  durationStepMinutes: 15,
};

/** Any figure may be overridden on its own; what is not given keeps its default. */
export interface NoticeRulesOverrides {
  appointments?: Partial<Record<AppointmentType, Partial<AppointmentRule>>>;
  productionWorkingDays?: Partial<NoticeRules['productionWorkingDays']>;
  translationWorkingDays?: number;
  deliveryWorkingDays?: Partial<NoticeRules['deliveryWorkingDays']>;
  interpreterLeadWorkingDays?: Partial<NoticeRules['interpreterLeadWorkingDays']>;
  interpretedDurationFactor?: number;
  durationStepMinutes?: number;
}

const assertWholeNonNegative = (value: number, what: string): void => {
  if (!Number.isInteger(value) || value < 0) {
    throw new DomainError(
      'INVALID_INPUT',
      `${what} must be a whole number of 0 or more, not ${value}.`,
    );
  }
};

/** The default table with an organisation's own figures laid over it. */
export const configureNoticeRules = (
  overrides: NoticeRulesOverrides = {},
  base: NoticeRules = defaultNoticeRules,
): NoticeRules => {
  const appointments = { ...base.appointments };
  for (const [type, override] of Object.entries(overrides.appointments ?? {})) {
    const current = appointments[type as AppointmentType];
    if (!current) {
      throw new DomainError('INVALID_INPUT', `"${type}" is not a kind of appointment.`);
    }
    appointments[type as AppointmentType] = { ...current, ...override };
  }
  const rules: NoticeRules = {
    ...base,
    ...overrides,
    productionWorkingDays: { ...base.productionWorkingDays, ...overrides.productionWorkingDays },
    deliveryWorkingDays: { ...base.deliveryWorkingDays, ...overrides.deliveryWorkingDays },
    interpreterLeadWorkingDays: {
      ...base.interpreterLeadWorkingDays,
      ...overrides.interpreterLeadWorkingDays,
    },
    appointments,
  };
  for (const [type, rule] of Object.entries(rules.appointments)) {
    if (!Number.isInteger(rule.defaultDurationMinutes) || rule.defaultDurationMinutes <= 0) {
      throw new DomainError(
        'INVALID_INPUT',
        `The length of a ${type} visit must be a whole number of minutes above 0.`,
      );
    }
  }
  const counts = [
    ...Object.values(rules.productionWorkingDays),
    ...Object.values(rules.deliveryWorkingDays),
    ...Object.values(rules.interpreterLeadWorkingDays),
    rules.translationWorkingDays,
  ];
  for (const count of counts) assertWholeNonNegative(count, 'A number of working days');
  if (!(rules.interpretedDurationFactor >= 1)) {
    throw new DomainError('INVALID_INPUT', 'Interpreted visits cannot be shorter than others.');
  }
  if (!Number.isInteger(rules.durationStepMinutes) || rules.durationStepMinutes <= 0) {
    throw new DomainError(
      'INVALID_INPUT',
      'Visit lengths must round to a whole number of minutes above 0.',
    );
  }
  return rules;
};
