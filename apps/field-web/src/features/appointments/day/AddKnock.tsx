import { Button, StatusMessage } from '@doorstep/ui';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../../trpc';
import { useSession } from '../../auth/useSession';
import { dayName } from './format';

/**
 * Tenants on the advisor's call-or-knock lists (invited to Living Well, no answer), each with
 * a button that fits a knock on them into the day. The server picks the gap, or says why
 * there is none.
 */
export function AddKnock({ date, onAdded }: { date: string; onAdded: (message: string) => void }) {
  const session = useSession();
  const patches = session.data?.patches ?? [];
  return (
    <section aria-labelledby="knock-heading" className="fd-panel">
      <h2 id="knock-heading">Add a knock</h2>
      <p>
        Tenants invited to a Living Well meeting who have not answered. Adding one puts a knock in a
        gap on {dayName(date)}, with no agreed time.
      </p>
      {patches.length === 0 ? <p>You have no patch, so there is nobody to knock on.</p> : null}
      {patches.map((patch) => (
        <PatchKnocks
          key={patch.id}
          patchId={patch.id}
          patchName={patch.name}
          date={date}
          onAdded={onAdded}
          many={patches.length > 1}
        />
      ))}
    </section>
  );
}

function PatchKnocks(props: {
  patchId: string;
  patchName: string;
  date: string;
  many: boolean;
  onAdded: (message: string) => void;
}) {
  const trpc = useTRPC();
  const list = useQuery(
    trpc.livingWell.callOrKnock.queryOptions({ patchId: props.patchId }, { retry: false }),
  );
  const [added, setAdded] = useState<ReadonlySet<string>>(new Set());
  const add = useMutation(trpc.appointments.addKnock.mutationOptions());
  if (list.isPending) return <StatusMessage kind="loading">Loading who to knock on…</StatusMessage>;
  if (list.isError) {
    return (
      <StatusMessage kind="error">
        {navigator.onLine ? list.error.message : 'The call-or-knock list needs a connection.'}
      </StatusMessage>
    );
  }
  const entries = list.data.filter((entry) => !added.has(entry.customerId));
  return (
    <>
      {props.many ? <h3>{props.patchName}</h3> : null}
      {add.isError ? <StatusMessage kind="error">{add.error.message}</StatusMessage> : null}
      {entries.length === 0 ? (
        <p>Nobody to knock on in {props.patchName}.</p>
      ) : (
        <ul className="fd-knocks">
          {entries.map((entry) => (
            <li key={entry.tenancyId} className="fd-knock">
              <span>
                <strong>{entry.customerName}</strong>, {entry.addressLine1}
              </span>
              <Button
                variant="secondary"
                disabled={add.isPending}
                onClick={() =>
                  add.mutate(
                    { customerId: entry.customerId, date: props.date },
                    {
                      onSuccess: () => {
                        setAdded((before) => new Set(before).add(entry.customerId));
                        props.onAdded(`Knock on ${entry.customerName} added to the route.`);
                      },
                    },
                  )
                }
              >
                Add a knock<span className="ds-visually-hidden"> on {entry.customerName}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
