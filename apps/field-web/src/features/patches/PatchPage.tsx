import { StatusMessage } from '@doorstep/ui';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { useTRPC } from '../../trpc';
import { useSession } from '../auth/useSession';
import { PatchHomes } from './PatchHomes';

export function PatchPage() {
  const { patchId = '' } = useParams();
  const trpc = useTRPC();
  const patch = useQuery(trpc.patches.byId.queryOptions({ id: patchId }, { retry: false }));
  const session = useSession().data;
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
      <ul className="ds-list ds-list--links" aria-label="Living Well and the boundary">
        {session?.role === 'manager' || session?.patches.some((mine) => mine.id === data.id) ? (
          <li>
            <Link to={`/advisor/patches/${data.id}/plan`}>
              Living Well plan<span className="ds-visually-hidden"> for {data.name}</span>
            </Link>
          </li>
        ) : null}
        {session?.role === 'manager' || session?.role === 'advisor' ? (
          <li>
            <Link to="/advisor/coverage">Living Well coverage</Link>
          </li>
        ) : null}
        {session?.role === 'manager' ? (
          <li>
            <Link to={`/advisor/patches/${data.id}/boundary`}>
              Change the boundary<span className="ds-visually-hidden"> of {data.name}</span>
            </Link>
          </li>
        ) : null}
      </ul>
      <PatchHomes patchId={data.id} />
    </>
  );
}
