import { Button, StatusMessage } from '@doorstep/ui';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { usePageTitle } from '../../../app/usePageTitle';
import { useOutbox } from '../../appointments/offline';
import { Confirmation } from './Confirmation';
import type { Outcome, RecordForm } from './types';

/**
 * A record saved on the phone for want of signal: says so until the outbox has sent it, then
 * shows the server's own answer (the next due date); a record the server would not take is
 * shown with its words, and the advisor may take it back into the form.
 */
export function QueuedRecord({
  idempotencyKey,
  outcome,
  form,
  onTakeBack,
}: {
  idempotencyKey: string;
  outcome: Outcome;
  form: RecordForm;
  onTakeBack: () => void;
}) {
  const outbox = useOutbox();
  const heading = useRef<HTMLHeadingElement>(null);
  usePageTitle('Living Well meeting saved on this phone');
  useEffect(() => heading.current?.focus(), []);
  const sent = outbox.sent.find((item) => item.id === idempotencyKey);
  const refused = [...outbox.records.conflicts, ...outbox.records.failed].find(
    (item) => item.id === idempotencyKey,
  );

  if (sent?.kind === 'meeting' && sent.answer) {
    return (
      <Confirmation
        outcome={outcome}
        nextDueOn={sent.answer.nextDueOn}
        customerId={form.customer.id}
        customerName={form.customer.name}
        patchId={form.tenancy.patchId}
      />
    );
  }
  if (refused) {
    return (
      <>
        <h1 ref={heading} tabIndex={-1}>
          Living Well meeting not recorded
        </h1>
        <StatusMessage kind="error">
          {refused.reason ?? 'The server refused this record.'}
        </StatusMessage>
        <Button
          variant="secondary"
          onClick={async () => {
            await outbox.discard(refused.id);
            onTakeBack();
          }}
        >
          Remove it from this phone and check the record again
        </Button>
      </>
    );
  }
  return (
    <>
      <div className="ds-panel">
        <h1 ref={heading} tabIndex={-1}>
          Saved on this phone, waiting to send
        </h1>
        <p className="ds-panel__body">
          The Living Well meeting with {form.customer.name} is kept on this phone and will be sent
          when there is signal. Nothing more to do.
        </p>
      </div>
      <ul className="ds-list ds-list--links">
        <li>
          <Link to="/advisor/day">Back to my day</Link>
        </li>
      </ul>
    </>
  );
}
