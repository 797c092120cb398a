import { describeDate, parseDate } from '../calendar/dates';
import { type InstantInput, londonDate, toLondon } from '../calendar/london';
import type { AccessProfile, Representative } from './profile';
import type { Matter } from './vocabulary';

/** Why a representative may or may not be told about a customer's affairs (000 §2.19–2.20). */
export const shareDecisionReasons = [
  'authorised',
  'unknown_representative',
  'under_16',
  'unwritten',
  'not_named',
  'withdrawn',
  'not_yet_started',
  'expired',
  'period_unclear',
  'out_of_scope',
] as const;
export type ShareDecisionReason = (typeof shareDecisionReasons)[number];

export interface ShareDecision {
  allowed: boolean;
  reason: ShareDecisionReason;
  /** Plain words for the advisor, with no more about the customer than they need. */
  message: string;
}

const minimumAge = 16;

const refuse = (reason: ShareDecisionReason, message: string): ShareDecision => ({
  allowed: false,
  reason,
  message: `Do not share anything with this person: ${message}`,
});

const isUnder16 = (rep: Representative, on: string): boolean =>
  Boolean(rep.dateOfBirth) &&
  parseDate(rep.dateOfBirth as string)
    .add({ years: minimumAge })
    .toString() > on;

/** The refusal for a period that does not cover `on`, or null when it does. */
const periodRefusal = (rep: Representative, on: string): ShareDecision | null => {
  const starts = parseDate(rep.startsOn).toString();
  if (on < starts)
    return refuse('not_yet_started', `the authorisation starts on ${describeDate(starts)}.`);
  if (rep.period === 'one_off' && on > starts) {
    return refuse('expired', `the authorisation was for ${describeDate(starts)} only.`);
  }
  if (rep.period === 'time_limited') {
    if (!rep.endsOn) {
      return refuse(
        'period_unclear',
        'the authorisation is time-limited but no end date is recorded. Ask the customer to confirm it in writing.',
      );
    }
    const ends = parseDate(rep.endsOn).toString();
    if (on > ends) return refuse('expired', `the authorisation ended on ${describeDate(ends)}.`);
  }
  return null;
};

/**
 * May `representativeId` be told about `matter` for this customer at `at`? Only with a
 * written authorisation (email or letter) naming them with contact details, not withdrawn,
 * in its period, covering the matter, and only if they are 16 or over. Checked in that order
 * of seriousness, so the first failing condition is the one reported.
 */
export const canShareWith = (
  profile: AccessProfile,
  representativeId: string,
  at: InstantInput,
  matter: Matter,
): ShareDecision => {
  const rep = profile.representatives?.find((candidate) => candidate.id === representativeId);
  if (!rep)
    return refuse(
      'unknown_representative',
      'they are not recorded as a representative of this customer.',
    );
  const on = londonDate(at);
  if (isUnder16(rep, on)) {
    return refuse(
      'under_16',
      'nobody under 16 may act as a representative (000 §2.19). Offer to refer the customer to an advocacy service.',
    );
  }
  const inWriting =
    rep.authorisedBy === undefined || rep.authorisedBy === 'email' || rep.authorisedBy === 'letter';
  if (!rep.authorisedOn || !inWriting) {
    return refuse(
      'unwritten',
      'there is no written authorisation from the customer. Ask the customer to authorise them by email or letter (000 §2.20).',
    );
  }
  if (!rep.name.trim() || !(rep.phone || rep.email || rep.address)) {
    return refuse(
      'not_named',
      "the authorisation must give the person's name and contact details (000 §2.20).",
    );
  }
  if (
    rep.withdrawnAt &&
    toLondon(rep.withdrawnAt).epochNanoseconds <= toLondon(at).epochNanoseconds
  ) {
    return refuse(
      'withdrawn',
      `the customer withdrew the authorisation on ${describeDate(londonDate(rep.withdrawnAt))}.`,
    );
  }
  const period = periodRefusal(rep, on);
  if (period) return period;
  if (!rep.scope.includes('all') && !rep.scope.includes(matter)) {
    return refuse(
      'out_of_scope',
      `the authorisation covers ${rep.scope.join(', ').replaceAll('_', ' ') || 'nothing'}, not ${matter.replaceAll('_', ' ')}.`,
    );
  }
  return {
    allowed: true,
    reason: 'authorised',
    message: `${rep.name} may be told about ${matter.replaceAll('_', ' ')}: written authorisation received ${describeDate(rep.authorisedOn)}.`,
  };
};
