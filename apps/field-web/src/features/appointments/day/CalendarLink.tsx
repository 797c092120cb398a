import { Button, CopyField, Dialog, StatusMessage } from '@doorstep/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../../trpc';

/**
 * The advisor's private calendar address, for Outlook or a phone's calendar. The server keeps
 * only a hash of it, so it cannot be shown again: getting it makes a new one, and the old one
 * stops working. The advisor is told that and asked before it happens.
 */
export function CalendarLink() {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const renew = useMutation(trpc.appointments.renewCalendarFeed.mutationOptions());
  const close = () => {
    setOpen(false);
    renew.reset();
  };
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)} aria-haspopup="dialog">
        Calendar link
      </Button>
      <Dialog open={open} onClose={close} title="Your visits in your calendar">
        {renew.data ? (
          <FeedAddress url={renew.data.url} />
        ) : (
          <>
            <p>
              A private address that lets Outlook or your phone’s calendar show your visits. It
              updates on its own as visits are booked or moved.
            </p>
            <p className="ds-warning">
              Getting the address makes a new one. Any calendar already using your old address stops
              updating until you add the new one.
            </p>
            {renew.isError ? (
              <StatusMessage kind="error">
                {navigator.onLine
                  ? renew.error.message
                  : 'Getting a calendar address needs a connection. Try again when you have signal.'}
              </StatusMessage>
            ) : null}
            <div className="ds-button-group">
              <Button onClick={() => renew.mutate()} disabled={renew.isPending}>
                Make a new calendar address
              </Button>
              <Button variant="secondary" onClick={close}>
                Cancel
              </Button>
            </div>
          </>
        )}
      </Dialog>
    </>
  );
}

function FeedAddress({ url }: { url: string }) {
  const webcal = url.replace(/^https?:/, 'webcal:');
  return (
    <>
      <CopyField
        label="Your private calendar address"
        hint="Keep it to yourself: anyone with it can see your visit times and addresses. Your old address no longer works."
        value={url}
        copyLabel="Copy address"
      />
      <p>
        <a className="fd-action" href={webcal}>
          Add to this phone’s calendar
        </a>
      </p>
      <h3>Outlook</h3>
      <ol className="ds-list">
        <li>Open Calendar, choose Add calendar, then Subscribe from web.</li>
        <li>Paste the address, name it “Doorstep visits” and choose Import.</li>
      </ol>
      <h3>iPhone</h3>
      <ol className="ds-list">
        <li>Copy the address, then open Settings, Calendar, Accounts, Add Account.</li>
        <li>
          Choose Other, then Add Subscribed Calendar, paste the address and choose Next, then Save.
        </li>
      </ol>
      <h3>Android (Google Calendar)</h3>
      <ol className="ds-list">
        <li>
          On a computer, open calendar.google.com, choose the plus beside Other calendars, then From
          URL.
        </li>
        <li>
          Paste the address and choose Add calendar. It appears on your phone within a few hours.
        </li>
      </ol>
    </>
  );
}
