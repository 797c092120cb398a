import { visitOutcomeLabels } from '@doorstep/domain';
import { Link } from 'react-router';
import { Briefing } from './Briefing';
import {
  attemptText,
  geoHref,
  mapsDirectionsUrl,
  telHref,
  timeOfDay,
  timeRange,
  travelText,
  visitPath,
} from './format';
import type { DayVisit } from './types';

/** When the visit is: an agreed time, or about when the route reaches a flexible knock. */
export const visitTime = (visit: DayVisit) =>
  visit.flexible
    ? `About ${timeOfDay(visit.start)} (a knock, no agreed time)`
    : timeRange(visit.start, visit.end);

/** Where things stand: recorded, waiting on this phone, refused, or still to do. */
export function VisitState({
  visit,
  queued,
  refused,
}: {
  visit: DayVisit;
  queued: boolean;
  refused: string | null;
}) {
  if (refused) {
    return (
      <p className="fd-state fd-state--problem">
        <strong>Not recorded:</strong> {refused}
      </p>
    );
  }
  if (queued) {
    return <p className="fd-state fd-state--queued">Saved on this phone, waiting to send</p>;
  }
  if (visit.outcome) {
    return (
      <p className="fd-state fd-state--done">
        Recorded: {visitOutcomeLabels[visit.outcome.outcome]} at{' '}
        {timeOfDay(visit.outcome.occurredAt)}
      </p>
    );
  }
  if (visit.status === 'cancelled' || visit.status === 'rescheduled') {
    return (
      <p className="fd-state fd-state--problem">
        {visit.status === 'cancelled' ? 'Cancelled in the office' : 'Moved in the office'}
      </p>
    );
  }
  return null;
}

/** The ways to reach a home from here: ring the customer, or get directions. */
export function ContactLinks({ visit }: { visit: DayVisit }) {
  const address = `${visit.home.addressLine1}, ${visit.home.postcode}`;
  return (
    <ul className="fd-actions" aria-label={`Call or get directions to ${visit.customer.name}`}>
      {visit.customer.phone ? (
        <li>
          <a className="fd-action" href={telHref(visit.customer.phone)}>
            Call {visit.customer.phone}
          </a>
        </li>
      ) : (
        <li className="fd-action fd-action--none">No phone number held</li>
      )}
      <li>
        <a className="fd-action" href={geoHref(visit.home.latitude, visit.home.longitude, address)}>
          Open in maps app
        </a>
      </li>
      <li>
        <a
          className="fd-action"
          href={mapsDirectionsUrl(visit.home)}
          target="_blank"
          rel="noreferrer"
        >
          Directions in browser<span className="ds-visually-hidden"> (opens a new tab)</span>
        </a>
      </li>
    </ul>
  );
}

export function VisitCard({
  visit,
  stop,
  queued,
  refused,
  headingLevel = 3,
}: {
  visit: DayVisit;
  stop: number;
  queued: boolean;
  refused: string | null;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const attempt = attemptText(visit.attempt);
  return (
    <li className="fd-visit">
      {visit.travelFromPrevious ? (
        <p className="fd-travel">{travelText(visit.travelFromPrevious)}</p>
      ) : null}
      <Heading className="fd-visit__title">
        <span className="fd-stop" aria-hidden="true">
          {stop}
        </span>
        <span className="ds-visually-hidden">Stop {stop}: </span>
        <Link to={`${visitPath(visit.id)}?date=${visit.date}`}>
          {timeOfDay(visit.start)} {visit.customer.name}
        </Link>
      </Heading>
      <p className="fd-visit__when">{visitTime(visit)}</p>
      <p className="fd-visit__what">
        <strong>{visit.typeLabel}</strong>
        {attempt ? ` · ${attempt}` : null}: {visit.purpose}
      </p>
      <p className="fd-visit__where">
        {visit.home.addressLine1}, {visit.home.postcode}
      </p>
      <VisitState visit={visit} queued={queued} refused={refused} />
      <Briefing chips={visit.briefing} label={`Before you knock at ${visit.customer.name}'s`} />
      <ContactLinks visit={visit} />
    </li>
  );
}
