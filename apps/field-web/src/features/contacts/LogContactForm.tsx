import { describeDate } from '@doorstep/domain';
import { Button, ErrorSummary, FormField, Radios } from '@doorstep/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTRPC } from '../../trpc';
import { instantFromInput, localInputValue } from '../appointments/day/format';
import { fieldError, problemsOf } from '../appointments/useFieldErrors';
import { FindCustomer, useCustomerSearch } from '../drop-ins/community/FindCustomer';
import '../drop-ins/community/community.css';
import { type LoggableChannel, loggableChannels } from './describe';

const ID = 'log-contact';
const FIELDS = ['channel', 'receivedAt', 'customerId', 'acknowledged'] as const;

/**
 * A contact a member of staff took (a call, someone at the office, a letter), so the
 * two-working-day standard counts it. The customer is chosen from the people the search
 * finds, never typed as an id; a contact from someone not found is logged without one.
 */
export function LogContactForm({ onLogged }: { onLogged: (message: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const search = useCustomerSearch();
  const [customerId, setCustomerId] = useState<string | null>(null);
  const [channel, setChannel] = useState<LoggableChannel | null>(null);
  const [receivedAt, setReceivedAt] = useState(() => localInputValue(new Date()));
  const [acknowledged, setAcknowledged] = useState(false);
  const [localProblem, setLocalProblem] = useState<string | null>(null);
  const log = useMutation(
    trpc.contacts.log.mutationOptions({
      onSuccess: async (result) => {
        await queryClient.invalidateQueries({ queryKey: trpc.contacts.open.queryKey() });
        setCustomerId(null);
        setChannel(null);
        setReceivedAt(localInputValue(new Date()));
        setAcknowledged(false);
        onLogged(
          result.acknowledgedAt
            ? 'Contact logged as acknowledged.'
            : `Contact logged. Acknowledge it by ${describeDate(result.dueDate)}.`,
        );
      },
    }),
  );
  const problems = localProblem
    ? [{ text: localProblem, href: `#${ID}-receivedAt` }]
    : problemsOf(log.error, FIELDS, ID);

  function submit(event: FormEvent) {
    event.preventDefault();
    const instant = instantFromInput(receivedAt);
    if (!instant || 'problem' in instant) {
      setLocalProblem(
        instant
          ? instant.problem
          : 'Enter the date and time it was received, for example 23 11 2026 09:30',
      );
      return;
    }
    setLocalProblem(null);
    log.mutate({
      ...(customerId ? { customerId } : {}),
      // Nothing chosen goes as it is, so the API's words say what to do.
      channel: channel ?? ('' as LoggableChannel),
      receivedAt: instant.instant,
      acknowledged,
    });
  }

  return (
    <section aria-labelledby={`${ID}-heading`}>
      <h2 id={`${ID}-heading`}>Log a contact</h2>
      <p>A phone call, someone at the office, or a letter that did not come through Doorstep.</p>
      <ErrorSummary title="There is a problem" errors={problems} />
      <form id={ID} noValidate onSubmit={submit}>
        <Radios
          legend="How did they get in touch?"
          name={`${ID}-channel`}
          firstId={`${ID}-channel`}
          value={channel}
          error={fieldError(problems, ID, 'channel')}
          onChange={(value) => setChannel(value as LoggableChannel)}
          options={loggableChannels.map((option) => ({ ...option }))}
        />
        <h3>Who was it? (optional)</h3>
        <p>
          Find them to link the contact to their record. Without a customer, only managers see it in
          the list.
        </p>
        <FindCustomer
          id={ID}
          search={search}
          chosen={customerId}
          onChoose={setCustomerId}
          error={fieldError(problems, ID, 'customerId')}
        />
        <FormField
          label="When was it received?"
          hint="Change it if you are logging it later. Up to 30 days back."
          error={fieldError(problems, ID, 'receivedAt')}
        >
          <input
            id={`${ID}-receivedAt`}
            type="datetime-local"
            value={receivedAt}
            onChange={(event) => setReceivedAt(event.target.value)}
          />
        </FormField>
        <div className="ds-checkbox">
          <input
            id={`${ID}-acknowledged`}
            type="checkbox"
            checked={acknowledged}
            onChange={(event) => setAcknowledged(event.target.checked)}
          />
          <label htmlFor={`${ID}-acknowledged`}>I have already acknowledged it</label>
        </div>
        <Button type="submit" disabled={log.isPending}>
          Log the contact
        </Button>
      </form>
    </section>
  );
}
