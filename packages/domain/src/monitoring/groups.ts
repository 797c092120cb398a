import type { WrittenFormat } from '../access-needs/vocabulary';
import { parseDate } from '../calendar/dates';

/**
 * The customer groups every fairness measure is split by (000 §2.13). The last five are
 * special-category answers, used only where the customer consented to record them.
 */
export const groupDimensions = [
  'language',
  'format',
  'access_need',
  'age_band',
  'disability',
  'ethnicity',
  'religion',
  'sex',
  'sexual_orientation',
] as const;
export type GroupDimension = (typeof groupDimensions)[number];

export const consentDimensions = [
  'disability',
  'ethnicity',
  'religion',
  'sex',
  'sexual_orientation',
] as const satisfies readonly GroupDimension[];
export type ConsentDimension = (typeof consentDimensions)[number];

/** A customer can be in more than one group of these (several access needs). */
export const multiValuedDimensions: readonly GroupDimension[] = ['access_need'];

export const NOT_RECORDED = 'not_recorded';
export const PREFER_NOT_TO_SAY = 'prefer_not_to_say';
export const NO_ACCESS_NEED = 'none';

/** ONS 2021 Census high-level ethnic groups (the codes the Living Well form records). */
export const ethnicityGroups = ['asian', 'black', 'mixed', 'white', 'other'] as const;
/** ONS 2021 Census religion question. */
export const religionGroups = [
  'none',
  'christian',
  'buddhist',
  'hindu',
  'jewish',
  'muslim',
  'sikh',
  'other',
] as const;
/** ONS 2021 Census sex question. */
export const sexGroups = ['female', 'male'] as const;
/** ONS 2021 Census sexual orientation question. */
export const sexualOrientationGroups = ['straight', 'gay_or_lesbian', 'bisexual', 'other'] as const;
/** Equality Act 2010 s.6, as the Living Well form asks it. */
export const disabilityGroups = ['yes', 'no'] as const;

/**
 * The answers each consented question may record, so nothing but these codes (and "prefer
 * not to say") reaches the fairness figures: free text could name a person.
 */
export const characteristicAnswers: Record<ConsentDimension, readonly string[]> = {
  ethnicity: ethnicityGroups,
  religion: religionGroups,
  sex: sexGroups,
  sexual_orientation: sexualOrientationGroups,
  disability: disabilityGroups,
};

export const isCharacteristicAnswer = (dimension: ConsentDimension, value: string): boolean =>
  value === PREFER_NOT_TO_SAY || characteristicAnswers[dimension].includes(value);

export const ageBands = ['16-24', '25-34', '35-44', '45-54', '55-64', '65-74', '75+'] as const;
export type AgeBand = (typeof ageBands)[number] | typeof NOT_RECORDED;

const bandFloors = [16, 25, 35, 45, 55, 65, 75];

/** The customer's age band on `asOf`; 'not_recorded' with no date of birth (or under 16). */
export const ageBand = (dateOfBirth: string | null, asOf: string): AgeBand => {
  if (dateOfBirth === null) return NOT_RECORDED;
  const age = parseDate(dateOfBirth).until(parseDate(asOf), { largestUnit: 'years' }).years;
  let band: AgeBand = NOT_RECORDED;
  bandFloors.forEach((floor, i) => {
    if (age >= floor) band = ageBands[i] ?? band;
  });
  return band;
};

/**
 * The special-category answers, each a code, 'prefer_not_to_say' (or null, the same), or
 * left out (undefined) when the question was not asked: 'not_recorded'.
 */
export interface EqualityAnswers {
  ethnicity?: string | null;
  religion?: string | null;
  sex?: string | null;
  sexualOrientation?: string | null;
  disability?: string | null;
}

export interface CustomerProfile {
  /** BCP 47 language tag, e.g. 'en', 'pl', 'bfi' (British Sign Language). */
  preferredLanguage: string;
  preferredFormat: WrittenFormat;
  dateOfBirth: string | null;
  /** The kinds of access need recorded (interpreter, relay_uk, vulnerability…). */
  accessNeedKinds: string[];
  /** Null: no consent to record equality answers, so every such group is 'not_recorded'. */
  equality: EqualityAnswers | null;
}

export interface GroupMembership {
  dimension: GroupDimension;
  group: string;
}

const answerKeys: Record<ConsentDimension, keyof EqualityAnswers> = {
  disability: 'disability',
  ethnicity: 'ethnicity',
  religion: 'religion',
  sex: 'sex',
  sexual_orientation: 'sexualOrientation',
};

const answerGroup = (answer: string | null | undefined): string => {
  if (answer === undefined) return NOT_RECORDED;
  if (answer === null) return PREFER_NOT_TO_SAY;
  return answer;
};

/** Every group the customer is in, one per dimension except access needs (one per kind, or 'none'). */
export const customerGroups = (c: CustomerProfile, asOf: string): GroupMembership[] => {
  const needs = [...new Set(c.accessNeedKinds)].sort();
  return [
    { dimension: 'language', group: c.preferredLanguage.toLowerCase() },
    { dimension: 'format', group: c.preferredFormat },
    ...(needs.length > 0 ? needs : [NO_ACCESS_NEED]).map(
      (group): GroupMembership => ({ dimension: 'access_need', group }),
    ),
    { dimension: 'age_band', group: ageBand(c.dateOfBirth, asOf) },
    ...consentDimensions.map(
      (dimension): GroupMembership => ({
        dimension,
        group: c.equality === null ? NOT_RECORDED : answerGroup(c.equality[answerKeys[dimension]]),
      }),
    ),
  ];
};
