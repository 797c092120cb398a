import { describeInstant } from '@doorstep/domain';
import { Button, StatusMessage } from '@doorstep/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { Link } from 'react-router';
import { useTRPC } from '../../trpc';
import { channelWords, describeDeadline, describeReceived } from './describe';

/** Contacts nobody has acknowledged yet, oldest first; `say` reports what a press did. */
export function OpenContacts({ say }: { say: (message: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // The pressed button leaves the list: focus goes to the list's heading, not the page's end.
  const heading = useRef<HTMLHeadingElement>(null);
  const open = useQuery(trpc.contacts.open.queryOptions({}));
  const acknowledge = useMutation(
    trpc.contacts.acknowledge.mutationOptions({
      onSuccess: (result) =>
        queryClient.invalidateQueries({ queryKey: trpc.contacts.open.queryKey() }).then(() => {
          heading.current?.focus();
          say(
            result.alreadyAcknowledged
              ? `Someone had already acknowledged it, ${describeInstant(result.acknowledgedAt)}. It has gone from the list.`
              : 'Acknowledged. It has gone from the list.',
          );
        }),
      onError: (error) => say(`Not acknowledged: ${error.message}`),
    }),
  );

  return (
    <section aria-labelledby="open-contacts-heading">
      <h2 id="open-contacts-heading" ref={heading} tabIndex={-1}>
        Waiting to be acknowledged
      </h2>
      {open.isPending ? <StatusMessage kind="loading">Loading contacts…</StatusMessage> : null}
      {open.isError ? <StatusMessage kind="error">{open.error.message}</StatusMessage> : null}
      {open.data && open.data.length === 0 ? <p>Every contact has been acknowledged.</p> : null}
      {open.data && open.data.length > 0 ? (
        <ul className="ds-task-list" aria-label="Contacts to acknowledge, oldest first">
          {open.data.map((contact) => {
            const who = contact.customerName ?? 'No customer recorded';
            return (
              <li key={contact.id} className="ds-card ct-contact">
                <h3 className="ct-contact__who">
                  {contact.customerId && contact.customerName ? (
                    <Link to={`/advisor/customers/${contact.customerId}`}>{who}</Link>
                  ) : (
                    who
                  )}
                </h3>
                <p>
                  {describeReceived(contact)}
                  {contact.patchName ? ` (${contact.patchName})` : ''}
                </p>
                <p className={contact.late ? 'ds-warning' : undefined}>
                  {contact.late ? (
                    <strong>{describeDeadline(contact)}</strong>
                  ) : (
                    describeDeadline(contact)
                  )}
                </p>
                <Button
                  variant="secondary"
                  disabled={acknowledge.isPending}
                  onClick={() => {
                    say('');
                    acknowledge.mutate({ id: contact.id });
                  }}
                >
                  Acknowledged
                  <span className="ds-visually-hidden">
                    {`: ${channelWords[contact.channel] ?? contact.channel} from ${who}`}
                  </span>
                </Button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
