import { StatusMessage, TableRegion } from '@doorstep/ui';
import { useQuery } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { Link } from 'react-router';
import { useTRPC } from '../../trpc';

/** Homes and lead tenants of a patch: for its advisor (and cover) and managers only. */
export function PatchHomes({ patchId }: { patchId: string }) {
  const trpc = useTRPC();
  const homes = useQuery(trpc.patches.homes.queryOptions({ patchId }));
  if (homes.isPending) return <StatusMessage kind="loading">Loading homes…</StatusMessage>;
  if (homes.isError) {
    const forbidden =
      homes.error instanceof TRPCClientError && homes.error.data?.code === 'FORBIDDEN';
    return (
      <StatusMessage kind={forbidden ? 'info' : 'error'}>
        {forbidden
          ? 'Only the advisor for this patch, anyone covering it, and managers can see its homes.'
          : 'Homes could not be loaded. Check your connection and try again.'}
      </StatusMessage>
    );
  }
  return (
    <TableRegion captionId="patch-homes-caption">
      <caption id="patch-homes-caption">
        Homes in this patch ({homes.data.length.toLocaleString('en-GB')})
      </caption>
      <thead>
        <tr>
          <th scope="col">Address</th>
          <th scope="col">Postcode</th>
          <th scope="col">Lead tenant</th>
        </tr>
      </thead>
      <tbody>
        {homes.data.slice(0, 200).map((home) => (
          <tr key={home.homeId}>
            <td>{home.addressLine1}</td>
            <td className="ds-nowrap">{home.postcode}</td>
            <td>
              {home.customerId && home.customerName ? (
                <Link to={`/advisor/customers/${home.customerId}`}>{home.customerName}</Link>
              ) : (
                'Empty'
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}
