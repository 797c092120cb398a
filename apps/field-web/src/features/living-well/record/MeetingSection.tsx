import { FormField, Radios } from '@doorstep/ui';
import { outcomeLabels } from './labels';
import { errorFor, fieldId } from './problems';
import { RecordSection, type SectionProps } from './RecordSection';
import type { Outcome } from './types';

const outcomes = Object.entries(outcomeLabels).map(([value, label]) => ({ value, label }));

/** When it was held and how it went; a decline needs its reason (it is offered again next year). */
export function MeetingSection({
  draft,
  update,
  problems,
  today,
}: SectionProps & { today: string }) {
  return (
    <RecordSection id="meeting-section" title="The meeting">
      <FormField
        label="Date held"
        hint="The day of the meeting, or the day you tried. It cannot be in the future."
        error={errorFor(problems, 'heldOn')}
      >
        <input
          id={fieldId('heldOn')}
          name="heldOn"
          type="date"
          max={today}
          required
          value={draft.heldOn}
          onChange={(event) => update({ heldOn: event.target.value })}
        />
      </FormField>
      <Radios
        legend="Outcome"
        name="outcome"
        firstId={fieldId('outcome')}
        options={outcomes}
        value={draft.outcome}
        onChange={(value) => update({ outcome: value as Outcome })}
        error={errorFor(problems, 'outcome')}
        hint="If nobody answered or the tenant declined, only the attempt is recorded."
      />
      {draft.outcome === 'declined' ? (
        <FormField
          label="Why did they decline?"
          hint="In their words if you can. They will be offered a meeting again next year."
          error={errorFor(problems, 'declineReason')}
        >
          <textarea
            id={fieldId('declineReason')}
            name="declineReason"
            className="ds-textarea"
            rows={3}
            maxLength={500}
            value={draft.declineReason}
            onChange={(event) => update({ declineReason: event.target.value })}
          />
        </FormField>
      ) : null}
    </RecordSection>
  );
}
