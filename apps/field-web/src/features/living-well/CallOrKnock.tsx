import { StatusMessage, TableRegion } from '@doorstep/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTRPC } from '../../trpc';
import { shortDate } from './format';
import { recordPath } from './labels';

/** Tenants invited who have not answered: the advisor rings them, or calls round. */
export function CallOrKnock({ patchId }: { patchId: string }) {
  const livingWell = useTRPC().livingWell;
  const list = useQuery(
    livingWell.callOrKnock.queryOptions({ patchId }, { retry: false, staleTime: 0 }),
  );
  return (
    <section aria-labelledby="call-heading">
      <h2 id="call-heading">Call or knock</h2>
      {list.isPending ? (
        <StatusMessage kind="loading">Loading who has not answered…</StatusMessage>
      ) : list.isError ? (
        <StatusMessage kind="error">{list.error.message}</StatusMessage>
      ) : list.data.length === 0 ? (
        <p>
          Nobody to call or knock on: everyone invited has answered, or has not yet had time to.
        </p>
      ) : (
        <>
          <p>These tenants were invited and have not answered.</p>
          <TableRegion captionId="call-caption">
            <caption id="call-caption">Tenants to call or knock on ({list.data.length})</caption>
            <thead>
              <tr>
                <th scope="col">Tenant</th>
                <th scope="col">Address</th>
                <th scope="col">Phone</th>
                <th scope="col">Invited</th>
                <th scope="col">Planned for</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((entry) => (
                <tr key={entry.tenancyId}>
                  <th scope="row">
                    <Link to={recordPath(entry.tenancyId)}>{entry.customerName}</Link>
                  </th>
                  <td>{entry.addressLine1}</td>
                  <td className="ds-nowrap">
                    {entry.phone ? (
                      <a href={`tel:${entry.phone.replace(/\s/g, '')}`}>{entry.phone}</a>
                    ) : (
                      'None held'
                    )}
                  </td>
                  <td className="ds-nowrap">{shortDate(entry.invitedOn)}</td>
                  <td className="ds-nowrap">{shortDate(entry.plannedOn)}</td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
        </>
      )}
    </section>
  );
}
