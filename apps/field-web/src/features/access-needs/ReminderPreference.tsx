import { Button, StatusMessage } from '@doorstep/ui';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTRPC } from '../../trpc';

/** Reminders go the day before each visit unless the customer has asked for none. */
export function ReminderPreference({
  customerId,
  initial,
}: {
  customerId: string;
  initial: boolean;
}) {
  const trpc = useTRPC();
  const [wanted, setWanted] = useState(initial);
  const save = useMutation(trpc.accessNeeds.setReminders.mutationOptions());
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ customerId, wantsReminders: wanted });
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">Reminders</h2>
      <div className="ds-checkbox">
        <input
          id="wants-reminders"
          type="checkbox"
          checked={wanted}
          onChange={(e) => setWanted(e.target.checked)}
        />
        <label htmlFor="wants-reminders">Send a reminder the day before each visit</label>
      </div>
      <Button type="submit" variant="secondary" disabled={save.isPending}>
        Save reminder choice
      </Button>
      {save.data ? (
        <StatusMessage kind="info">
          {save.data.wantsReminders ? 'Reminders will be sent.' : 'No reminders will be sent.'}
        </StatusMessage>
      ) : null}
      {save.isError ? <StatusMessage kind="error">{save.error.message}</StatusMessage> : null}
    </form>
  );
}
