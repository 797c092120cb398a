import { StatusMessage } from '@doorstep/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { usePageTitle } from '../../../app/usePageTitle';
import { useTRPC } from '../../../trpc';
import { useCanEdit } from './access';
import './community.css';

/** Every venue, with what stops it being used for a published session. */
export function VenueListPage() {
  usePageTitle('Drop-in venues');
  const trpc = useTRPC();
  const canEdit = useCanEdit();
  const venues = useQuery(trpc.venues.list.queryOptions());
  return (
    <>
      <h1>Drop-in venues</h1>
      <p className="ds-lead">
        A session can only be published at a venue whose accessibility has been checked.
      </p>
      {canEdit ? (
        <p>
          <Link className="ds-button ds-button--secondary" to="/community/venues/new">
            Add a venue
          </Link>
        </p>
      ) : null}
      {venues.isPending ? <StatusMessage kind="loading">Loading venues…</StatusMessage> : null}
      {venues.isError ? <StatusMessage kind="error">{venues.error.message}</StatusMessage> : null}
      {venues.data ? (
        <ul className="ds-card-list" aria-label="Venues">
          {venues.data.map((venue) => (
            <li className="ds-card" key={venue.id}>
              <h2>
                <Link to={`/community/venues/${venue.id}`}>{venue.name}</Link>
              </h2>
              <p>
                {venue.area}. {venue.addressLine1}, {venue.town}, {venue.postcode}
              </p>
              {venue.problems.length === 0 ? (
                <p>Can be published.</p>
              ) : (
                <>
                  <p>
                    <strong>Cannot be published:</strong>
                  </p>
                  <ul className="dc-problems">
                    {venue.problems.map((problem) => (
                      <li key={problem}>{problem}</li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
