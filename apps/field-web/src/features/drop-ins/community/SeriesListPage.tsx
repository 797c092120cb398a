import { StatusMessage } from '@doorstep/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { usePageTitle } from '../../../app/usePageTitle';
import { useTRPC } from '../../../trpc';
import { useCanEdit } from './access';
import { longDate } from './format';
import './community.css';

/** Every drop-in series, published or not, with when it next meets. */
export function SeriesListPage() {
  usePageTitle('Drop-in sessions');
  const trpc = useTRPC();
  const canEdit = useCanEdit();
  const series = useQuery(trpc.dropIns.series.list.queryOptions());
  return (
    <>
      <h1>Drop-in sessions</h1>
      <p className="ds-lead">
        Regular sessions at community venues. Tenants see the published ones on the drop-in pages,
        in calendar feeds and on posters.
      </p>
      <ul className="ds-list ds-list--links">
        {canEdit ? (
          <li>
            <Link to="/community/series/new">Set up a new series of sessions</Link>
          </li>
        ) : null}
        <li>
          <Link to="/community/venues">Venues and their accessibility</Link>
        </li>
      </ul>
      {series.isPending ? <StatusMessage kind="loading">Loading sessions…</StatusMessage> : null}
      {series.isError ? <StatusMessage kind="error">{series.error.message}</StatusMessage> : null}
      {series.data && series.data.length === 0 ? <p>There are no series yet.</p> : null}
      {series.data && series.data.length > 0 ? (
        <ul className="ds-card-list" aria-label="Series of sessions">
          {series.data.map((item) => (
            <li className="ds-card" key={item.id}>
              <h2>
                <Link to={`/community/series/${item.id}`}>{item.title}</Link>
              </h2>
              <p>{item.description}</p>
              <p>
                {item.venueName}, {item.area}
              </p>
              <p>
                <strong>{item.published ? 'Published' : 'Not published'}</strong>.{' '}
                {item.nextDate ? `Next: ${longDate(item.nextDate)}.` : 'No sessions to come.'}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
