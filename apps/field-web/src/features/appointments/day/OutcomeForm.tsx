import {
  needsFollowUp,
  nextStepAfterNoAccess,
  type VisitOutcome,
  visitOutcomeLabels,
  visitOutcomes,
} from '@doorstep/domain';
import { Button, ErrorSummary, FormField, Radios, StatusMessage } from '@doorstep/ui';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { sentOutcomeFor } from '../offline';
import {
  attemptText,
  dayName,
  livingWellPath,
  localInputValue,
  londonToday,
  timeOfDay,
} from './format';
import { NOTE_LIMIT, type OutcomeDraft, type OutcomeProblem, outcomeInput } from './outcomeDraft';
import { SecondAttemptSlots } from './SecondAttemptSlots';
import { queuedFor, useOutbox } from './source';
import type { DayVisit } from './types';
import { VisitState } from './VisitCard';

const fieldId = (field: OutcomeProblem['field']) => `outcome-${field}`;

/**
 * What happened at the door. Saving goes to the outbox on this phone first (it works with no
 * signal) with a new idempotency key, so a send retried after a dropped connection is applied
 * once; the visit's version goes with it, so a change made in the office meanwhile is shown as
 * a conflict rather than overwritten.
 */
export function OutcomeForm({
  visit,
  onSaved,
}: {
  visit: DayVisit;
  /** Told in words what became of the save, for the page's live region. */
  onSaved: (message: string) => void;
}) {
  const outbox = useOutbox();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<OutcomeDraft>(() => ({
    outcome: null,
    occurredAt: localInputValue(new Date()),
    cardLeft: null,
    followUp: null,
    slot: null,
    note: '',
  }));
  const [problems, setProblems] = useState<OutcomeProblem[]>([]);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const queued = queuedFor(outbox, visit.id);
  const sent = sentOutcomeFor(outbox.sent, visit.id);
  const set = (change: Partial<OutcomeDraft>) => setDraft((before) => ({ ...before, ...change }));
  const error = (field: OutcomeProblem['field']) => problems.find((p) => p.field === field)?.text;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaveError(null);
    const result = outcomeInput(draft, visit, new Date(), () => crypto.randomUUID());
    if ('problems' in result) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    setSaving(true);
    try {
      await outbox.enqueue(result.input);
      if (result.input.outcome === 'met' && visit.livingWellTenancyId) {
        navigate(livingWellPath(visit.livingWellTenancyId));
        return;
      }
      onSaved(
        navigator.onLine
          ? `${visitOutcomeLabels[result.input.outcome]} saved.`
          : 'Saved on this phone, waiting to send.',
      );
    } catch (cause) {
      setSaveError(cause instanceof Error ? cause.message : 'The outcome could not be saved.');
    } finally {
      setSaving(false);
    }
  }

  if (queued.refused) {
    const refused = queued.refused;
    return (
      <>
        <StatusMessage kind="error">
          <strong>Not recorded.</strong> {refused.reason ?? 'The server refused this outcome.'}
        </StatusMessage>
        <Button
          variant="secondary"
          onClick={async () => {
            await outbox.discard(refused.id);
            onSaved('The refused outcome was removed from this phone. Record the visit again.');
          }}
        >
          Remove it and record again
        </Button>
      </>
    );
  }
  if (queued.pending) {
    return <p className="fd-state fd-state--queued">Saved on this phone, waiting to send</p>;
  }
  const recorded = visit.outcome?.outcome ?? sent?.input.outcome;
  if (recorded) {
    // The server's own next step and follow-up when this phone sent it; else the rule's.
    const answer = sent?.answer ?? null;
    const followUp = answer?.followUp ?? null;
    const nextStep = answer
      ? answer.nextStep
      : needsFollowUp(recorded)
        ? nextStepAfterNoAccess(visit.type, visit.attempt.number)
        : null;
    const attempt = attemptText(answer?.attempt ?? visit.attempt);
    const tenancyId = answer?.livingWellTenancyId ?? visit.livingWellTenancyId;
    return (
      <>
        <p className="fd-state fd-state--done">Recorded: {visitOutcomeLabels[recorded]}</p>
        {nextStep ? (
          <p className="fd-attempt">
            {attempt ? <strong>{attempt}. </strong> : null}
            {nextStep}
          </p>
        ) : null}
        {followUp?.kind === 'rebook_link' ? (
          <p>
            Rebook link sent to the tenant:{' '}
            <a className="fd-action" href={followUp.link}>
              their rebook page
            </a>
          </p>
        ) : null}
        {followUp?.kind === 'second_attempt' ? (
          <p>
            Another attempt is booked for {dayName(londonToday(new Date(followUp.start)))} at{' '}
            {timeOfDay(followUp.start)}.
          </p>
        ) : null}
        {recorded === 'met' && tenancyId ? (
          <p>
            <a className="fd-action" href={livingWellPath(tenancyId)}>
              Open the Living Well record
            </a>
          </p>
        ) : null}
      </>
    );
  }

  if (visit.status === 'cancelled' || visit.status === 'rescheduled') {
    return <VisitState visit={visit} queued={false} refused={null} />;
  }

  const outcome = draft.outcome;
  const attempt = attemptText(visit.attempt);
  return (
    <form onSubmit={submit} noValidate className="fd-outcome">
      <ErrorSummary
        title="There is a problem"
        errors={problems.map((p) => ({
          text: p.text,
          href: `#${fieldId(p.field)}`,
        }))}
      />
      {saveError ? <StatusMessage kind="error">{saveError}</StatusMessage> : null}
      <Radios
        legend="What happened?"
        name="outcome"
        firstId={fieldId('outcome')}
        value={outcome}
        onChange={(value) => set({ outcome: value as VisitOutcome })}
        error={error('outcome')}
        options={visitOutcomes.map((value) => ({
          value,
          label: visitOutcomeLabels[value],
          hint:
            value === 'met' && visit.livingWellTenancyId
              ? 'The Living Well record opens next.'
              : undefined,
        }))}
      />
      {outcome === 'no_access' ? (
        <Radios
          legend="Did you leave a calling card?"
          name="cardLeft"
          firstId={fieldId('cardLeft')}
          value={draft.cardLeft}
          onChange={(value) => set({ cardLeft: value as 'yes' | 'no' })}
          error={error('cardLeft')}
          options={[
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ]}
        />
      ) : null}
      {outcome && needsFollowUp(outcome) ? (
        <>
          {attempt ? (
            <p className="fd-attempt">
              <strong>{attempt}.</strong> {nextStepAfterNoAccess(visit.type, visit.attempt.number)}
            </p>
          ) : null}
          <Radios
            legend="Follow-up"
            name="followUp"
            firstId={fieldId('followUp')}
            value={draft.followUp}
            onChange={(value) => set({ followUp: value as OutcomeDraft['followUp'], slot: null })}
            error={error('followUp')}
            options={[
              {
                value: 'rebook_link',
                label: 'Send a rebook link',
                hint: 'The tenant chooses a new time themselves.',
              },
              {
                value: 'second_attempt',
                label: 'Book another attempt',
                hint: 'Choose a time now; the tenant is given notice.',
              },
              { value: 'none', label: 'No follow-up for now' },
            ]}
          />
          {draft.followUp === 'second_attempt' ? (
            <SecondAttemptSlots
              visit={visit}
              value={draft.slot}
              onChange={(slot) => set({ slot })}
              error={error('slot')}
            />
          ) : null}
        </>
      ) : null}
      <FormField
        label="Date and time"
        hint="When it happened. Change it if you are recording later."
        error={error('occurredAt')}
      >
        <input
          id={fieldId('occurredAt')}
          type="datetime-local"
          value={draft.occurredAt}
          onChange={(event) => set({ occurredAt: event.target.value })}
        />
      </FormField>
      <FormField
        label="Note (optional)"
        hint={`Up to ${NOTE_LIMIT.toLocaleString('en-GB')} characters. Say what happened, not anyone’s health.`}
        error={error('note')}
      >
        <textarea
          id={fieldId('note')}
          rows={3}
          value={draft.note}
          onChange={(event) => set({ note: event.target.value })}
        />
      </FormField>
      <Button type="submit" disabled={saving}>
        Save outcome
      </Button>
    </form>
  );
}
