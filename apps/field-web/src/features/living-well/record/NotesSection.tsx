import { FormField } from '@doorstep/ui';
import { useDebounced } from '../../drop-ins/community/useDebounced';
import { NOTES_MAX } from './draft';
import { errorFor, fieldId } from './problems';
import { RecordSection, type SectionProps } from './RecordSection';

const countText = (length: number) => {
  const left = NOTES_MAX - length;
  return left >= 0
    ? `You have ${left.toLocaleString('en-GB')} characters remaining`
    : `You have ${(-left).toLocaleString('en-GB')} characters too many`;
};

/**
 * Anything else from the meeting, up to 2,000 characters. The count is shown as it changes
 * and read out once typing pauses, not at every key press.
 */
export function NotesSection({ draft, update, problems }: SectionProps) {
  const length = draft.notes.length;
  const spoken = useDebounced(length, 1000);
  const over = length > NOTES_MAX;
  return (
    <RecordSection id="notes-section" title="Notes">
      <FormField
        label="Anything else from the meeting"
        hint="The tenant may ask to see these notes."
        error={errorFor(problems, 'notes')}
      >
        <textarea
          id={fieldId('notes')}
          name="notes"
          className="ds-textarea"
          rows={6}
          value={draft.notes}
          onChange={(event) => update({ notes: event.target.value })}
          aria-describedby="lw-notes-count"
        />
      </FormField>
      <p
        id="lw-notes-count"
        className={over ? 'ds-character-count ds-character-count--over' : 'ds-character-count'}
        aria-hidden="true"
      >
        {countText(length)}
      </p>
      <p className="ds-visually-hidden" aria-live="polite">
        {countText(spoken)}
      </p>
    </RecordSection>
  );
}
