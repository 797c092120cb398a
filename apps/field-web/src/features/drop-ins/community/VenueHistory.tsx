import type { VenueOpeningHours } from '@doorstep/domain';
import { StatusMessage, TableRegion } from '@doorstep/ui';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../../trpc';
import { answerOf, answerWords } from './Answer';
import { describeInstant } from './format';
import { describeHours } from './hours';
import { factOf, fieldLabel } from './labels';

/** A recorded value in words: facts say Yes / No / Not checked, hours list the days. */
function describeValue(field: string, value: unknown): string {
  if (field === 'openingHours') return describeHours(value as VenueOpeningHours).join('; ');
  if (typeof value === 'boolean' || factOf(field)) {
    return answerWords[answerOf(value as boolean | null)];
  }
  if (value === null || value === undefined || value === '') return '(blank)';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** Who changed what and when: the venue's append-only edit history, newest first. */
export function VenueHistory({ venueId }: { venueId: string }) {
  const trpc = useTRPC();
  const history = useQuery(trpc.venues.history.queryOptions({ id: venueId }));
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">Edit history</h2>
      {history.isPending ? (
        <StatusMessage kind="loading">Loading the history…</StatusMessage>
      ) : null}
      {history.isError ? <StatusMessage kind="error">{history.error.message}</StatusMessage> : null}
      {history.data && history.data.length === 0 ? <p>Nobody has changed this venue yet.</p> : null}
      {history.data && history.data.length > 0 ? (
        <TableRegion captionId="history-caption">
          <caption id="history-caption">Changes to this venue</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What changed</th>
            </tr>
          </thead>
          <tbody>
            {[...history.data]
              .sort((a, b) => b.version - a.version)
              .map((revision) => (
                <tr key={revision.version}>
                  <td>{describeInstant(revision.changedAt)}</td>
                  <td>{revision.changedBy}</td>
                  <td>
                    <ul className="dc-problems">
                      {revision.changes.map((change) => (
                        <li key={change.field}>
                          {fieldLabel(change.field)}: {describeValue(change.field, change.from)}{' '}
                          <span aria-hidden="true">→</span>
                          <span className="ds-visually-hidden">changed to</span>{' '}
                          {describeValue(change.field, change.to)}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
          </tbody>
        </TableRegion>
      ) : null}
    </section>
  );
}
