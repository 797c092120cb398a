import { venueFactLabels, venueFacts } from '@doorstep/domain';
import { StatusMessage, SummaryList } from '@doorstep/ui';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { usePageTitle } from '../../../app/usePageTitle';
import { useTRPC } from '../../../trpc';
import { Answer } from './Answer';
import { useCanEdit } from './access';
import { describeHours } from './hours';
import { NotLoaded } from './NotLoaded';
import { VenueClosures } from './VenueClosures';
import { VenueHistory } from './VenueHistory';
import './community.css';

/** One venue as the team checked it: facts, hours, closures and who changed what. */
export function VenuePage() {
  const { venueId = '' } = useParams();
  const trpc = useTRPC();
  const canEdit = useCanEdit();
  const saved = (useLocation().state as { saved?: boolean } | null)?.saved;
  const venue = useQuery(trpc.venues.byId.queryOptions({ id: venueId }, { retry: false }));
  usePageTitle(venue.data ? venue.data.name : 'Venue');

  const back = (
    <Link className="ds-back-link" to="/community/venues">
      Back to all venues
    </Link>
  );
  if (!venue.data) {
    return (
      <NotLoaded query={venue} loading="Loading the venue…" title="Venue not found" back={back} />
    );
  }
  const { data } = venue;
  return (
    <>
      {back}
      <h1>{data.name}</h1>
      {saved ? <StatusMessage kind="info">The venue has been saved.</StatusMessage> : null}
      {data.problems.length > 0 ? (
        <div className="ds-inset">
          <p>
            <strong>Sessions here cannot be published yet:</strong>
          </p>
          <ul className="dc-problems">
            {data.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p>Every accessibility fact has been checked: sessions here can be published.</p>
      )}
      {canEdit ? (
        <p>
          <Link className="ds-button ds-button--secondary" to={`/community/venues/${data.id}/edit`}>
            Edit the venue
          </Link>
        </p>
      ) : null}
      <h2>Where it is</h2>
      <SummaryList
        rows={[
          { key: 'Area', value: data.area },
          { key: 'Address', value: `${data.addressLine1}, ${data.town}, ${data.postcode}` },
          {
            key: 'Map position',
            value: `Latitude ${data.latitude}, longitude ${data.longitude}`,
          },
          { key: 'Opening notes', value: data.openingNotes || 'None' },
          { key: 'Bus routes', value: data.busRoutes || 'Not given' },
          { key: 'Nearest stop', value: data.nearestStop || 'Not given' },
        ]}
      />
      <h2>Accessibility</h2>
      <SummaryList
        rows={venueFacts.map((fact) => ({
          key: venueFactLabels[fact],
          value: <Answer value={data.facts[fact]} />,
        }))}
      />
      <h2>Opening hours</h2>
      <ul className="ds-list">
        {describeHours(data.openingHours).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <VenueClosures venueId={data.id} closures={data.closures} canEdit={canEdit} />
      <VenueHistory venueId={data.id} />
    </>
  );
}
