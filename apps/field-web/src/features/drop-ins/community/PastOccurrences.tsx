import { Button, StatusMessage } from '@doorstep/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../../trpc';
import { londonToday, longDate, plural } from './format';
import { LinkAttendee } from './LinkAttendee';
import { OccurrenceSummary } from './OccurrenceSummary';
import { Outcome } from './Outcome';
import { RecordAttendance } from './RecordAttendance';

const daysBefore = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/**
 * Sessions of the last six months that took place, newest first: anyone who runs sessions
 * (advisors too) records attendance and links people who want follow-up.
 */
export function PastOccurrences({ seriesId }: { seriesId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const today = londonToday();
  const past = useQuery(
    trpc.dropIns.occurrences.list.queryOptions({
      seriesId,
      from: daysBefore(today, 183),
      to: daysBefore(today, 1),
    }),
  );
  const [open, setOpen] = useState<{ originalDate: string; form: 'attendance' | 'link' } | null>(
    null,
  );
  const [message, setMessage] = useState<string | null>(null);
  const held = (past.data ?? [])
    .filter((o) => o.status === 'scheduled' || o.status === 'moved')
    .filter((o) => o.date < today)
    .reverse();
  const done = async (text: string) => {
    setOpen(null);
    setMessage(text);
    await queryClient.invalidateQueries({ queryKey: trpc.dropIns.pathKey() });
  };

  return (
    <section aria-labelledby="past-heading">
      <h2 id="past-heading">Past sessions</h2>
      <Outcome message={message} />
      {past.isPending ? <StatusMessage kind="loading">Loading past sessions…</StatusMessage> : null}
      {past.isError ? <StatusMessage kind="error">{past.error.message}</StatusMessage> : null}
      {past.data && held.length === 0 ? <p>No sessions in the last six months.</p> : null}
      {held.length > 0 ? (
        <ul className="dc-occurrences" aria-label="Past sessions">
          {held.map((occurrence) => {
            const when = longDate(occurrence.originalDate);
            const isOpen = open?.originalDate === occurrence.originalDate;
            const toggle = (form: 'attendance' | 'link') => {
              setMessage(null);
              setOpen(
                isOpen && open?.form === form
                  ? null
                  : { originalDate: occurrence.originalDate, form },
              );
            };
            return (
              <li className="dc-occurrence" key={occurrence.originalDate}>
                <OccurrenceSummary occurrence={occurrence} />
                <p>
                  {occurrence.attendance === null
                    ? 'Attendance not recorded yet.'
                    : `${plural(occurrence.attendance, 'person', 'people')} came.`}
                </p>
                <div className="dc-actions">
                  <Button
                    variant="secondary"
                    aria-expanded={isOpen && open?.form === 'attendance'}
                    onClick={() => toggle('attendance')}
                  >
                    {occurrence.attendance === null ? 'Record attendance' : 'Change attendance'}
                    <span className="ds-visually-hidden"> for {when}</span>
                  </Button>
                  <Button
                    variant="secondary"
                    aria-expanded={isOpen && open?.form === 'link'}
                    onClick={() => toggle('link')}
                  >
                    Link someone who came<span className="ds-visually-hidden"> on {when}</span>
                  </Button>
                </div>
                {isOpen && open?.form === 'attendance' ? (
                  <RecordAttendance
                    seriesId={seriesId}
                    originalDate={occurrence.originalDate}
                    recorded={occurrence.attendance}
                    onClose={() => setOpen(null)}
                    onDone={done}
                  />
                ) : null}
                {isOpen && open?.form === 'link' ? (
                  <LinkAttendee
                    seriesId={seriesId}
                    originalDate={occurrence.originalDate}
                    onClose={() => setOpen(null)}
                    onDone={done}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
