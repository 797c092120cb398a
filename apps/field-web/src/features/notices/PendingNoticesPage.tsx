import { StatusMessage } from '@doorstep/ui';
import { useQuery } from '@tanstack/react-query';
import { usePageTitle } from '../../app/usePageTitle';
import { useTRPC } from '../../trpc';
import { describeTime } from '../appointments/visitTypes';

const words = (code: string) => code.replaceAll('_', ' ');

/** What customers must still be told, soonest deadline first, until sending is automatic. */
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
      {pending.isPending ? <StatusMessage kind="loading">Loading notices…</StatusMessage> : null}
      {pending.isError ? <StatusMessage kind="error">{pending.error.message}</StatusMessage> : null}
      {pending.data && pending.data.length === 0 ? <p>There are no notices waiting.</p> : null}
      {pending.data && pending.data.length > 0 ? (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus.
        <section className="ds-table-wrapper" tabIndex={0} aria-labelledby="notices-caption">
          <table className="ds-table">
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
                  <td>
                    {notice.channel}, {words(notice.format)}, {notice.language}
                  </td>
                  <td>{notice.sendBy ? describeTime(notice.sendBy) : 'As soon as possible'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </>
  );
}
