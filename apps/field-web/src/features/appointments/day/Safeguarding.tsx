import { Button, StatusMessage } from '@doorstep/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../../trpc';

/**
 * Safeguarding detail, fetched only when the advisor asks: each look is recorded on the
 * server, and the detail is never kept on the phone (no cache once the page is left).
 */
export function Safeguarding({ appointmentId }: { appointmentId: string }) {
  const trpc = useTRPC();
  const [asked, setAsked] = useState(false);
  const detail = useQuery(
    trpc.appointments.safeguarding.queryOptions(
      { appointmentId },
      { enabled: asked, staleTime: 0, gcTime: 0, retry: false, networkMode: 'always' },
    ),
  );
  return (
    <section aria-labelledby="safeguarding-heading" className="fd-panel">
      <h2 id="safeguarding-heading">Safeguarding</h2>
      {!asked ? (
        <>
          <p>
            There is safeguarding detail for this visit. Looking at it is recorded. It needs a
            connection and is not kept on this phone.
          </p>
          <Button variant="secondary" onClick={() => setAsked(true)}>
            Show safeguarding detail
          </Button>
        </>
      ) : detail.isPending ? (
        <StatusMessage kind="loading">Loading the safeguarding detail…</StatusMessage>
      ) : detail.isError ? (
        <>
          <StatusMessage kind="error">
            {navigator.onLine
              ? detail.error.message
              : 'The safeguarding detail needs a connection: it is never kept on this phone. Try again when you have signal.'}
          </StatusMessage>
          <Button variant="secondary" onClick={() => void detail.refetch()}>
            Try again
          </Button>
        </>
      ) : (
        <ul className="ds-list fd-safeguarding">
          {detail.data.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
