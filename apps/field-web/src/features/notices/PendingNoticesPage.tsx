import { FormField, StatusMessage, TableRegion } from '@doorstep/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { useTRPC } from '../../trpc';
import { describeTime } from '../appointments/visitTypes';
import { describeHow, describeStatus, words } from './describe';
import { FormatTasks } from './FormatTasks';

/** Today in London, as YYYY-MM-DD. */
const londonToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

const longDate = (date: string) =>
  new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));

interface DayNotice {
  id: string;
  kind: string;
  channel: string;
  format: string;
  language: string;
  status: 'pending' | 'sending' | 'sent' | 'failed' | 'cancelled';
  attempts: number;
  problem: string | null;
  sendBy: string | null;
  sentAt: string | null;
  customerId: string;
  customerName: string;
  representativeName: string | null;
}

function who(notice: DayNotice) {
  return (
    <>
      <Link to={`/advisor/customers/${notice.customerId}`}>{notice.customerName}</Link>
      {notice.representativeName ? ` (copy to ${notice.representativeName}, representative)` : ''}
    </>
  );
}

/** One list of the day view, in its own focusable scroll region so 320 px still works. */
function DayTable({
  id,
  caption,
  empty,
  rows,
}: {
  id: string;
  caption: string;
  empty: string;
  rows: DayNotice[];
}) {
  if (rows.length === 0) {
    return (
      <>
        <h3>{caption}</h3>
        <p>{empty}</p>
      </>
    );
  }
  return (
    <TableRegion captionId={`${id}-caption`}>
      <caption id={`${id}-caption`}>
        {caption} ({rows.length})
      </caption>
      <thead>
        <tr>
          <th scope="col">Customer</th>
          <th scope="col">Notice</th>
          <th scope="col">How</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((notice) => (
          <tr key={notice.id}>
            <th scope="row">{who(notice)}</th>
            <td>{words(notice.kind)}</td>
            <td>{describeHow(notice)}</td>
            <td>
              {notice.status === 'failed' ? (
                <strong>{describeStatus(notice)}</strong>
              ) : (
                describeStatus(notice)
              )}
              {notice.problem ? <p className="ds-warning">Problem: {notice.problem}</p> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}

function DayView() {
  const trpc = useTRPC();
  const [date, setDate] = useState(londonToday);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const day = useQuery(trpc.notices.day.queryOptions({ date }, { enabled: valid }));
  return (
    <section aria-labelledby="notices-day-heading">
      <h2 id="notices-day-heading">
        {valid ? `Notices for ${longDate(date)}` : 'Notices for a day'}
      </h2>
      <FormField
        label="Show another day"
        hint="For example, 27 11 2026. Late and failed notices are shown as they are now."
        error={valid ? undefined : 'Enter a whole date'}
      >
        <input type="date" value={date} onChange={(event) => setDate(event.target.value)} />
      </FormField>
      {valid && day.isPending ? (
        <StatusMessage kind="loading">Loading the day…</StatusMessage>
      ) : null}
      {day.isError ? <StatusMessage kind="error">{day.error.message}</StatusMessage> : null}
      {day.data ? (
        <>
          <DayTable
            id="notices-failed"
            caption="Failed: someone must act on these"
            empty="No notices have failed."
            rows={day.data.failed}
          />
          <DayTable
            id="notices-late"
            caption="Late: past their send-by time and not sent"
            empty="No notices are late."
            rows={day.data.late}
          />
          <DayTable
            id="notices-due"
            caption={`Due to be sent on ${longDate(day.data.date)}`}
            empty="No notices are due that day."
            rows={day.data.due}
          />
        </>
      ) : null}
    </section>
  );
}

/** What customers must be told: a day's due, late and failed notices, and the whole queue. */
export function PendingNoticesPage() {
  usePageTitle('Notices to send');
  const trpc = useTRPC();
  const pending = useQuery(trpc.notices.pending.queryOptions({}));
  return (
    <>
      <h1>Notices to send</h1>
      <p className="ds-lead">
        Each customer must be told in their own format and language, by the time shown.
      </p>
      <DayView />
      <FormatTasks />
      <h2>Everything waiting to be sent</h2>
      {pending.isPending ? <StatusMessage kind="loading">Loading notices…</StatusMessage> : null}
      {pending.isError ? <StatusMessage kind="error">{pending.error.message}</StatusMessage> : null}
      {pending.data && pending.data.length === 0 ? <p>There are no notices waiting.</p> : null}
      {pending.data && pending.data.length > 0 ? (
        <TableRegion captionId="notices-caption">
          <caption id="notices-caption">Waiting to be sent ({pending.data.length})</caption>
          <thead>
            <tr>
              <th scope="col">Customer</th>
              <th scope="col">Notice</th>
              <th scope="col">How</th>
              <th scope="col">Send by</th>
            </tr>
          </thead>
          <tbody>
            {pending.data.map((notice) => (
              <tr key={notice.id}>
                <td>
                  {notice.representativeName
                    ? `${notice.representativeName} (representative of ${notice.customerName})`
                    : notice.customerName}
                </td>
                <td>{words(notice.kind)}</td>
                <td>{describeHow(notice)}</td>
                <td>{notice.sendBy ? describeTime(notice.sendBy) : 'As soon as possible'}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      ) : null}
    </>
  );
}
