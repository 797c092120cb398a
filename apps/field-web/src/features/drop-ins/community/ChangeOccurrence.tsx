import { dropInTextLimits } from '@doorstep/domain';
import { FormField } from '@doorstep/ui';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../../trpc';
import { fieldError, problemsOf } from '../../appointments/useFieldErrors';
import { longDate, plural } from './format';
import { PanelForm } from './PanelForm';
import type { OccurrenceView } from './types';

export type ChangeKind = 'cancel' | 'reinstate' | 'move' | 'venue';

export const changeNames: Record<ChangeKind, string> = {
  cancel: 'Cancel',
  reinstate: 'Reinstate',
  move: 'Move',
  venue: 'Change venue',
};

const headings: Record<ChangeKind, string> = {
  cancel: 'Cancel the session',
  reinstate: 'Reinstate the session',
  move: 'Move the session',
  venue: 'Hold the session at another venue',
};

const done: Record<ChangeKind, string> = {
  cancel: 'Cancelled',
  reinstate: 'Reinstated',
  move: 'Moved',
  venue: 'Venue changed',
};

/** What happened and who will hear of it, from the API's count of notices queued. */
export function describeOutcome(
  kind: ChangeKind,
  date: string,
  result: { notified: number; unreachable: number },
) {
  const told =
    result.notified === 0
      ? 'No tenants had said they would come, so nobody needs to be told.'
      : `${plural(result.notified, 'tenant')} who said they would come will be told in their own format.`;
  const unreachable =
    result.unreachable > 0
      ? ` ${plural(result.unreachable, 'tenant')} could not be told: we hold no way to reach them.`
      : '';
  return `${done[kind]}: the session on ${longDate(date)}. ${told}${unreachable}`;
}

/**
 * One change to one occurrence, always with a reason (tenants and calendar subscribers see
 * it). Each kind is its own procedure; the form shows only the fields that kind needs.
 */
export function ChangeOccurrence({
  kind,
  occurrence,
  onDone,
  onClose,
}: {
  kind: ChangeKind;
  occurrence: OccurrenceView;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const id = `change-${occurrence.originalDate}`;
  const [reason, setReason] = useState('');
  const [date, setDate] = useState(occurrence.date);
  const [startTime, setStartTime] = useState(occurrence.startTime);
  const [endTime, setEndTime] = useState(occurrence.endTime);
  const [venueId, setVenueId] = useState('');
  const venues = useQuery(trpc.venues.list.queryOptions(undefined, { enabled: kind === 'venue' }));
  const options = {
    onSuccess: (result: { notified: number; unreachable: number }) =>
      onDone(describeOutcome(kind, occurrence.originalDate, result)),
  };
  const cancel = useMutation(trpc.dropIns.occurrences.cancel.mutationOptions(options));
  const reinstate = useMutation(trpc.dropIns.occurrences.reinstate.mutationOptions(options));
  const move = useMutation(trpc.dropIns.occurrences.move.mutationOptions(options));
  const changeVenue = useMutation(trpc.dropIns.occurrences.changeVenue.mutationOptions(options));
  const mutation = { cancel, reinstate, move, venue: changeVenue }[kind];
  const problems = problemsOf(
    mutation.error,
    ['reason', 'date', 'startTime', 'endTime', 'venueId'],
    id,
  );

  function submit() {
    const key = { seriesId: occurrence.seriesId, originalDate: occurrence.originalDate, reason };
    if (kind === 'cancel') cancel.mutate(key);
    if (kind === 'reinstate') reinstate.mutate(key);
    if (kind === 'move') move.mutate({ ...key, date, startTime, endTime });
    if (kind === 'venue') changeVenue.mutate({ ...key, venueId });
  }

  return (
    <PanelForm
      id={id}
      heading={`${headings[kind]} on ${longDate(occurrence.originalDate)}`}
      problems={problems}
      onSubmit={submit}
      submitLabel={headings[kind]}
      submitVariant={kind === 'cancel' ? 'warning' : 'primary'}
      busy={mutation.isPending}
      closeLabel="Do not change it"
      onClose={onClose}
    >
      {kind === 'move' ? (
        <>
          <FormField label="New date" error={fieldError(problems, id, 'date')}>
            <input
              id={`${id}-date`}
              type="date"
              value={date}
              onChange={(e) => setDate(e.target.value)}
            />
          </FormField>
          <div className="dc-inline-fields">
            <FormField label="Starts at" error={fieldError(problems, id, 'startTime')}>
              <input
                id={`${id}-startTime`}
                type="time"
                value={startTime}
                onChange={(e) => setStartTime(e.target.value)}
              />
            </FormField>
            <FormField label="Ends at" error={fieldError(problems, id, 'endTime')}>
              <input
                id={`${id}-endTime`}
                type="time"
                value={endTime}
                onChange={(e) => setEndTime(e.target.value)}
              />
            </FormField>
          </div>
        </>
      ) : null}
      {kind === 'venue' ? (
        <FormField label="New venue" error={fieldError(problems, id, 'venueId')}>
          <select id={`${id}-venueId`} value={venueId} onChange={(e) => setVenueId(e.target.value)}>
            <option value="">Choose a venue</option>
            {(venues.data ?? [])
              .filter((venue) => venue.id !== occurrence.venueId)
              .map((venue) => (
                <option key={venue.id} value={venue.id}>
                  {venue.name}, {venue.area}
                </option>
              ))}
          </select>
        </FormField>
      ) : null}
      <FormField
        label="Reason"
        hint="Tenants who said they would come, and calendar subscribers, see this."
        error={fieldError(problems, id, 'reason')}
      >
        <input
          id={`${id}-reason`}
          type="text"
          maxLength={dropInTextLimits.reason}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </FormField>
    </PanelForm>
  );
}
