import { StatusMessage } from '@doorstep/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { useTRPC } from '../../trpc';
import { useSession } from '../auth/useSession';

const homesFormat = new Intl.NumberFormat('en-GB');

export function PatchListPage() {
  usePageTitle('Patches');
  const trpc = useTRPC();
  const patches = useQuery(trpc.patches.list.queryOptions());
  const mine = useSession().data?.patches ?? [];

  return (
    <>
      <h1>Patches</h1>
      {mine.length > 0 ? (
        <section aria-labelledby="your-patches">
          <h2 id="your-patches">Your patches</h2>
          <ul>
            {mine.map((patch) => (
              <li key={patch.id}>
                <Link to={`/advisor/patches/${patch.id}`}>
                  {patch.name}
                  {patch.covering ? ' (covering)' : ''}
                </Link>
              </li>
            ))}
          </ul>
          <h2>All patches</h2>
        </section>
      ) : null}
      <p className="ds-lead">Each Housing Advisor covers one patch of the borough.</p>
      {patches.isPending ? <StatusMessage kind="loading">Loading patches…</StatusMessage> : null}
      {patches.isError ? (
        <StatusMessage kind="error">
          Patches could not be loaded. Check your connection and try again.
        </StatusMessage>
      ) : null}
      {patches.data ? (
        <ul className="ds-card-list" aria-label="Patches">
          {patches.data.map((patch) => (
            <li className="ds-card" key={patch.id}>
              <h2>{patch.name}</h2>
              <dl className="ds-summary">
                <div>
                  <dt>Housing Advisor</dt>
                  <dd>{patch.advisor?.name ?? 'No advisor assigned'}</dd>
                </div>
                <div>
                  <dt>Homes</dt>
                  <dd>{homesFormat.format(patch.homeCount)}</dd>
                </div>
              </dl>
              <Link to={`/advisor/patches/${patch.id}`}>
                View {patch.name}
                <span className="ds-visually-hidden"> patch</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
