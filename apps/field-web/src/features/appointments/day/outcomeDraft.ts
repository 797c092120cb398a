import { checkOutcomeTime, needsFollowUp, type VisitOutcome } from '@doorstep/domain';
import { instantFromInput } from './format';
import type { DayVisit, RecordOutcomeInput } from './types';

/** What the advisor has filled in so far; nothing is chosen for them. */
export interface OutcomeDraft {
  outcome: VisitOutcome | null;
  /** A datetime-local value, London wall-clock time. */
  occurredAt: string;
  cardLeft: 'yes' | 'no' | null;
  followUp: 'none' | 'rebook_link' | 'second_attempt' | null;
  /** The start of the chosen time for a second attempt. */
  slot: string | null;
  note: string;
}

export type OutcomeField = 'outcome' | 'occurredAt' | 'cardLeft' | 'followUp' | 'slot' | 'note';
export interface OutcomeProblem {
  field: OutcomeField;
  text: string;
}

export const NOTE_LIMIT = 1000;

/**
 * The outcome to send, or what is missing, in words for the error summary. The time rule is
 * the domain's, the one the server applies; the server still decides (and may refuse).
 */
export function outcomeInput(
  draft: OutcomeDraft,
  visit: Pick<DayVisit, 'id' | 'version'>,
  now: Date,
  newKey: () => string,
): { input: RecordOutcomeInput } | { problems: OutcomeProblem[] } {
  const problems: OutcomeProblem[] = [];
  if (!draft.outcome) problems.push({ field: 'outcome', text: 'Choose what happened' });
  const time = instantFromInput(draft.occurredAt);
  if (!time) {
    problems.push({ field: 'occurredAt', text: 'Enter the date and time of the visit' });
  } else if ('problem' in time) {
    problems.push({ field: 'occurredAt', text: time.problem });
  } else {
    const check = checkOutcomeTime(time.instant, now);
    if (!check.ok) problems.push({ field: 'occurredAt', text: check.reason });
  }
  const outcome = draft.outcome;
  if (outcome === 'no_access' && !draft.cardLeft) {
    problems.push({ field: 'cardLeft', text: 'Say whether you left a calling card' });
  }
  const followUp = outcome && needsFollowUp(outcome);
  if (followUp && !draft.followUp) {
    problems.push({ field: 'followUp', text: 'Choose the follow-up' });
  }
  if (followUp && draft.followUp === 'second_attempt' && !draft.slot) {
    problems.push({ field: 'slot', text: 'Choose a time for the second attempt' });
  }
  const note = draft.note.trim();
  if (note.length > NOTE_LIMIT) {
    problems.push({
      field: 'note',
      text: `The note must be ${NOTE_LIMIT.toLocaleString('en-GB')} characters or fewer`,
    });
  }
  if (problems.length > 0 || !outcome || !time || !('instant' in time)) return { problems };

  const input: RecordOutcomeInput = {
    idempotencyKey: newKey(),
    appointmentId: visit.id,
    expectedVersion: visit.version,
    outcome,
    occurredAt: time.instant,
  };
  if (outcome === 'no_access') input.cardLeft = draft.cardLeft === 'yes';
  if (followUp) {
    input.followUp =
      draft.followUp === 'second_attempt'
        ? { kind: 'second_attempt', start: draft.slot ?? '' }
        : { kind: draft.followUp ?? 'none' };
  }
  if (note) input.note = note;
  return { input };
}
