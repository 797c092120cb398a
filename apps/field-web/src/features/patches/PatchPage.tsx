import { StatusMessage } from '@doorstep/ui';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { useTRPC } from '../../trpc';
import { PatchHomes } from './PatchHomes';

export function PatchPage() {
  const { patchId = '' } = useParams();
  const trpc = useTRPC();
  const patch = useQuery(trpc.patches.byId.queryOptions({ id: patchId }, { retry: false }));
  usePageTitle(patch.data ? `${patch.data.name} patch` : 'Patch');

  if (patch.isPending) return <StatusMessage kind="loading">Loading patch…</StatusMessage>;
  if (patch.isError) {
    return (
      <>
        <h1>Patch not found</h1>
        <StatusMessage kind="error">{patch.error.message}</StatusMessage>
        <p>
          <Link to="/advisor">Back to all patches</Link>
        </p>
      </>
    );
  }
  const { data } = patch;
  return (
    <>
      <p>
        <Link to="/advisor">Back to all patches</Link>
      </p>
      <h1>{data.name}</h1>
      <dl className="ds-summary">
        <div>
          <dt>Housing Advisor</dt>
          <dd>{data.advisor?.name ?? 'No advisor assigned'}</dd>
        </div>
        <div>
          <dt>Homes</dt>
          <dd>{data.homeCount.toLocaleString('en-GB')}</dd>
        </div>
        <div>
          <dt>Boundary points</dt>
          <dd>{(data.boundary.coordinates[0]?.length ?? 1) - 1}</dd>
        </div>
      </dl>
      <PatchHomes patchId={data.id} />
    </>
  );
}
