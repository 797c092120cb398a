import { Link } from 'react-router';
import { recordPath } from './labels';
import type { PlanView } from './types';

/** Meetings the planner could not place, each with its reason in plain words. */
export function Unplaced({ unplaced }: { unplaced: PlanView['unplaced'] }) {
  return (
    <section aria-labelledby="unplaced-heading">
      <h2 id="unplaced-heading">Not placed ({unplaced.length})</h2>
      {unplaced.length === 0 ? (
        <p>Every meeting due in the period has a place in the plan.</p>
      ) : (
        <ul className="lw-unplaced" aria-label="Meetings not placed">
          {unplaced.map((meeting) => (
            <li key={meeting.tenancyId}>
              <Link to={recordPath(meeting.tenancyId)}>{meeting.customerName}</Link>:{' '}
              {meeting.reason}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
