import { type InstantInput, toLondon } from '../calendar/london';
import type { AppointmentType } from './types';

/** What happened when the advisor went to the door (issue 10 §3). */
export const visitOutcomes = [
  'met',
  'no_access',
  'cancelled_by_tenant',
  'rescheduled',
  'unsafe_to_enter',
] as const;
export type VisitOutcome = (typeof visitOutcomes)[number];

export const visitOutcomeLabels: Record<VisitOutcome, string> = {
  met: 'Met the customer',
  no_access: 'No access',
  cancelled_by_tenant: 'Cancelled by the tenant',
  rescheduled: 'Rescheduled',
  unsafe_to_enter: 'Unsafe to enter',
};

/** What the advisor arranges after a visit that did not get in. */
export const followUpKinds = ['none', 'rebook_link', 'second_attempt'] as const;
export type FollowUpKind = (typeof followUpKinds)[number];

export type OutcomeStatus = 'completed' | 'no_access' | 'cancelled' | 'rescheduled';

/**
 * The appointment's status once an outcome is recorded. Unsafe to enter counts as no access:
 * the home was not entered, and the first-visit access figure (002 §11.1) must say so.
 */
export const outcomeStatus: Record<VisitOutcome, OutcomeStatus> = {
  met: 'completed',
  no_access: 'no_access',
  unsafe_to_enter: 'no_access',
  cancelled_by_tenant: 'cancelled',
  rescheduled: 'rescheduled',
};

/** Outcomes after which the home was not entered, so a follow-up can be arranged. */
export const needsFollowUp = (outcome: VisitOutcome): boolean =>
  outcomeStatus[outcome] === 'no_access';

export const OUTCOME_FUTURE_TOLERANCE_MINUTES = 5;
export const OUTCOME_MAX_AGE_DAYS = 7;

export type OutcomeTimeCheck = { ok: true } | { ok: false; reason: string };

/**
 * An outcome's time must be when it happened: a few minutes ahead covers a phone clock that
 * runs fast; a week back covers a phone that was offline for days. Anything else is a typo or
 * a wrong clock, and would distort the first-visit access figure.
 */
export function checkOutcomeTime(occurredAt: InstantInput, now: InstantInput): OutcomeTimeCheck {
  const at = toLondon(occurredAt).epochMilliseconds;
  const current = toLondon(now).epochMilliseconds;
  if (at - current > OUTCOME_FUTURE_TOLERANCE_MINUTES * 60_000) {
    return {
      ok: false,
      reason:
        'The time of the visit is in the future. Check the time on your phone and record the time the visit happened.',
    };
  }
  if (current - at > OUTCOME_MAX_AGE_DAYS * 24 * 60 * 60_000) {
    return {
      ok: false,
      reason: `The time of the visit is more than ${OUTCOME_MAX_AGE_DAYS} days ago. Outcomes that old must be recorded by the office.`,
    };
  }
  return { ok: true };
}

export type OutcomeDetailsCheck = { ok: true } | { ok: false; reason: string };

/** A card is left and a follow-up arranged only when the advisor did not get in. */
export function checkOutcomeDetails(input: {
  outcome: VisitOutcome;
  cardLeft?: boolean | undefined;
  followUp?: FollowUpKind | undefined;
}): OutcomeDetailsCheck {
  if (input.cardLeft && input.outcome !== 'no_access') {
    return { ok: false, reason: 'A calling card is recorded only when there was no access.' };
  }
  if (input.followUp && input.followUp !== 'none' && !needsFollowUp(input.outcome)) {
    return {
      ok: false,
      reason: 'A follow-up is arranged only after no access or when it was unsafe to enter.',
    };
  }
  return { ok: true };
}

export interface AttemptStandard {
  attempts: number;
  /** Where the standard comes from, for the advisor and the auditor. */
  source: string;
}

/**
 * How many reasonable attempts to get in a visit type needs before it is escalated. Gas
 * safety checks are a legal duty: the landlord must take all reasonable steps to get access
 * (Gas Safety (Installation and Use) Regulations 1998, reg. 36), and issue 10 sets three
 * reasonable attempts as the standard, with notice for each (002 §8.11). Other visits have
 * no count: the advisor arranges another time with the tenant.
 */
export function attemptStandard(type: AppointmentType): AttemptStandard | null {
  if (type === 'gas_safety_check') {
    return {
      attempts: 3,
      source:
        'Gas safety: all reasonable steps to get access (Gas Safety (Installation and Use) Regulations 1998, reg. 36); 3 reasonable attempts, each with notice (002 §8.11).',
    };
  }
  return null;
}

const ordinals = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth'];
const ordinal = (n: number) => ordinals[n - 1] ?? `${n}th`;

/** What to do next after a visit that did not get in, in words for the advisor. */
export function nextStepAfterNoAccess(type: AppointmentType, attemptNumber: number): string {
  const standard = attemptStandard(type);
  if (!standard) {
    return 'Arrange another time with the tenant: send a rebook link or book a second visit.';
  }
  if (attemptNumber >= standard.attempts) {
    return `${ordinal(attemptNumber)} attempt failed: refer to the gas safety team for access (${standard.attempts} reasonable attempts made).`;
  }
  const left = standard.attempts - attemptNumber;
  return `${ordinal(attemptNumber)} attempt failed: book the next attempt with notice (${left} more before the gas safety team takes over).`;
}
