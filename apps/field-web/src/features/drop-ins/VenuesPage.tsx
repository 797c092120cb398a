import { StatusMessage } from '@doorstep/ui';
import { useQuery } from '@tanstack/react-query';
import { usePageTitle } from '../../app/usePageTitle';
import { useTRPC } from '../../trpc';

export function VenuesPage() {
  usePageTitle('Drop-in venues');
  const trpc = useTRPC();
  const venues = useQuery(trpc.dropIns.venues.queryOptions());

  return (
    <>
      <h1>Drop-in venues</h1>
      <p className="ds-lead">
        Our community team holds drop-in sessions every month at these venues. Come along to talk
        about your rent, repairs, money or getting online.
      </p>
      {venues.isPending ? <StatusMessage kind="loading">Loading venues…</StatusMessage> : null}
      {venues.isError ? (
        <StatusMessage kind="error">
          Venues could not be loaded. Please try again later.
        </StatusMessage>
      ) : null}
      {venues.data ? (
        <ul className="ds-card-list" aria-label="Venues">
          {venues.data.map((venue) => (
            <li className="ds-card" key={venue.id}>
              <h2>{venue.name}</h2>
              <p>
                {venue.addressLine1}, {venue.town}, {venue.postcode}
              </p>
              {venue.openingNotes ? <p>{venue.openingNotes}</p> : null}
              <h3>Accessibility</h3>
              <ul>
                {venue.accessibility.map((fact) => (
                  <li key={fact}>{fact}</li>
                ))}
              </ul>
              {venue.busRoutes ? (
                <p>
                  Buses {venue.busRoutes}
                  {venue.nearestStop ? `, nearest stop ${venue.nearestStop}` : ''}.
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
