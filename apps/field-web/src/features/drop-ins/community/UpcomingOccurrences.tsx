import { Button } from '@doorstep/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../../trpc';
import { type ChangeKind, ChangeOccurrence, changeNames } from './ChangeOccurrence';
import { longDate } from './format';
import { OccurrenceSummary } from './OccurrenceSummary';
import { Outcome } from './Outcome';
import type { OccurrenceView } from './types';

const kindsFor = (occurrence: OccurrenceView): ChangeKind[] =>
  occurrence.status === 'cancelled'
    ? ['reinstate']
    : occurrence.status === 'skipped'
      ? []
      : ['cancel', 'move', 'venue'];

/** The next sessions; the community team can cancel, move or re-venue each one. */
export function UpcomingOccurrences({
  upcoming,
  seriesVenueId,
  canEdit,
}: {
  upcoming: OccurrenceView[];
  seriesVenueId: string;
  canEdit: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<{ originalDate: string; kind: ChangeKind } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <section aria-labelledby="upcoming-heading">
      <h2 id="upcoming-heading">Coming up</h2>
      <Outcome message={message} />
      {upcoming.length === 0 ? <p>No sessions are to come.</p> : null}
      <ul className="dc-occurrences" aria-label="Sessions coming up">
        {upcoming.map((occurrence) => {
          const when = longDate(occurrence.originalDate);
          const isOpen = open?.originalDate === occurrence.originalDate;
          return (
            <li className="dc-occurrence" key={occurrence.originalDate}>
              <OccurrenceSummary
                occurrence={occurrence}
                venueName={occurrence.venueId === seriesVenueId ? undefined : occurrence.venueName}
              />
              {canEdit && kindsFor(occurrence).length > 0 ? (
                <div className="dc-actions">
                  {kindsFor(occurrence).map((kind) => (
                    <Button
                      key={kind}
                      variant="secondary"
                      aria-expanded={isOpen && open?.kind === kind}
                      onClick={() => {
                        setMessage(null);
                        setOpen(
                          isOpen && open?.kind === kind
                            ? null
                            : { originalDate: occurrence.originalDate, kind },
                        );
                      }}
                    >
                      {changeNames[kind]}
                      <span className="ds-visually-hidden"> the session on {when}</span>
                    </Button>
                  ))}
                </div>
              ) : null}
              {isOpen && open ? (
                <ChangeOccurrence
                  key={open.kind}
                  kind={open.kind}
                  occurrence={occurrence}
                  onClose={() => setOpen(null)}
                  onDone={async (text) => {
                    setOpen(null);
                    setMessage(text);
                    await queryClient.invalidateQueries({ queryKey: trpc.dropIns.pathKey() });
                  }}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
