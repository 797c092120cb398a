import { dropInTextLimits, dropInTopics } from '@doorstep/domain';
import { Checkboxes, FormField } from '@doorstep/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../../trpc';
import { fieldError, problemsOf } from '../../appointments/useFieldErrors';
import { longDate, plural } from './format';
import { topicLabel } from './labels';
import { PanelForm } from './PanelForm';

/** How many came to a past session and what they raised; recording again replaces it. */
export function RecordAttendance({
  seriesId,
  originalDate,
  recorded,
  onDone,
  onClose,
}: {
  seriesId: string;
  originalDate: string;
  recorded: number | null;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const id = `attendance-${originalDate}`;
  const [count, setCount] = useState(recorded === null ? '' : String(recorded));
  const [topics, setTopics] = useState<string[]>([]);
  const [notes, setNotes] = useState('');
  const record = useMutation(
    trpc.dropIns.occurrences.recordAttendance.mutationOptions({
      onSuccess: (result) =>
        onDone(
          `Attendance recorded for ${longDate(originalDate)}: ${plural(result.count, 'person', 'people')}.`,
        ),
    }),
  );
  const [countProblem, setCountProblem] = useState<string | null>(null);
  const problems = countProblem
    ? [{ text: countProblem, href: `#${id}-count` }]
    : problemsOf(record.error, ['count', 'topics', 'notes'], id);

  function submit() {
    // An empty or non-numeric box would reach the API as no number at all.
    const number = count.trim() === '' ? Number.NaN : Number(count);
    if (!Number.isInteger(number) || number < 0) {
      setCountProblem('Enter how many people came, as a whole number');
      return;
    }
    setCountProblem(null);
    record.mutate({
      seriesId,
      originalDate,
      count: number,
      topics: topics as (typeof dropInTopics)[number][],
      notes: notes.trim() || null,
    });
  }

  return (
    <PanelForm
      id={id}
      heading={`Attendance on ${longDate(originalDate)}`}
      problems={problems}
      onSubmit={submit}
      submitLabel="Save attendance"
      busy={record.isPending}
      onClose={onClose}
    >
      <FormField label="How many people came" error={fieldError(problems, id, 'count')}>
        <input
          id={`${id}-count`}
          type="text"
          inputMode="numeric"
          value={count}
          onChange={(e) => setCount(e.target.value)}
        />
      </FormField>
      <Checkboxes
        legend="Topics people raised"
        firstId={`${id}-topics`}
        error={fieldError(problems, id, 'topics')}
        value={topics}
        onChange={setTopics}
        options={dropInTopics.map((topic) => ({ value: topic, label: topicLabel(topic) }))}
      />
      <FormField
        label="Notes (optional)"
        hint="No names or personal details: link a person to their record below instead."
        error={fieldError(problems, id, 'notes')}
      >
        <textarea
          id={`${id}-notes`}
          rows={3}
          maxLength={dropInTextLimits.notes}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
        />
      </FormField>
    </PanelForm>
  );
}
