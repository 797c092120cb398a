import { dropInTextLimits } from '@doorstep/domain';
import { Button, ErrorSummary, FormField, StatusMessage } from '@doorstep/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTRPC } from '../../../trpc';
import { fieldError, problemsOf } from '../../appointments/useFieldErrors';
import { longDate } from './format';

const ID = 'closure';

/** Days the venue is shut: sessions on them are skipped or moved by each series' clash rule. */
export function VenueClosures({
  venueId,
  closures,
  canEdit,
}: {
  venueId: string;
  closures: { date: string; reason: string }[];
  canEdit: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.venues.pathKey() });
  const add = useMutation(
    trpc.venues.addClosure.mutationOptions({
      onSuccess: async () => {
        setDone(`Closure on ${longDate(date)} added.`);
        setDate('');
        setReason('');
        await refresh();
      },
    }),
  );
  const remove = useMutation(
    trpc.venues.removeClosure.mutationOptions({
      onSuccess: async (_result, input) => {
        setDone(`Closure on ${longDate(input.date)} removed.`);
        await refresh();
      },
    }),
  );
  const problems = problemsOf(add.error, ['date', 'reason'], ID);

  function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    remove.reset();
    add.mutate({ venueId, date, reason });
  }

  return (
    <section aria-labelledby="closures-heading">
      <h2 id="closures-heading">Closures</h2>
      {closures.length === 0 ? <p>No closures are recorded.</p> : null}
      {closures.length > 0 ? (
        <ul className="dc-occurrences" aria-label="Days the venue is closed">
          {closures.map((closure) => (
            <li className="dc-occurrence" key={closure.date}>
              <p>
                <strong>{longDate(closure.date)}</strong>: {closure.reason}
              </p>
              {canEdit ? (
                <Button
                  variant="secondary"
                  disabled={remove.isPending}
                  onClick={() => {
                    setDone(null);
                    remove.mutate({ venueId, date: closure.date });
                  }}
                >
                  Remove
                  <span className="ds-visually-hidden">
                    {' '}
                    the closure on {longDate(closure.date)}
                  </span>
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {remove.error ? <StatusMessage kind="error">{remove.error.message}</StatusMessage> : null}
      {done ? <StatusMessage kind="info">{done}</StatusMessage> : null}
      {canEdit ? (
        <form onSubmit={submit} noValidate className="dc-panel">
          <h3>Add a closure</h3>
          <ErrorSummary title="There is a problem" errors={problems} />
          <FormField label="Date the venue is closed" error={fieldError(problems, ID, 'date')}>
            <input
              id={`${ID}-date`}
              type="date"
              value={date}
              onChange={(e) => setDate(e.target.value)}
            />
          </FormField>
          <FormField
            label="Reason"
            hint="For example: polling station for the local elections."
            error={fieldError(problems, ID, 'reason')}
          >
            <input
              id={`${ID}-reason`}
              type="text"
              maxLength={dropInTextLimits.closureReason}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </FormField>
          <Button type="submit" disabled={add.isPending}>
            Add the closure
          </Button>
        </form>
      ) : null}
    </section>
  );
}
