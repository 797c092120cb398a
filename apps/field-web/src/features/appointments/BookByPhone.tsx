import { Button, ErrorSummary, FormField, Radios, StatusMessage } from '@doorstep/ui';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTRPC } from '../../trpc';
import { fieldError, problemsOf } from './useFieldErrors';
import { type VisitType, VisitTypeSelect } from './VisitTypeSelect';
import { describeTime } from './visitTypes';

const channels = [
  { value: 'phone', label: 'Phone' },
  { value: 'in_person', label: 'In person' },
  { value: 'email', label: 'Email' },
  { value: 'live_chat', label: 'Live chat' },
] as const;
type Channel = (typeof channels)[number]['value'];
const ID = 'phone';

/**
 * A time agreed with the customer now, on the phone or face to face: the same times the
 * link would offer, and the channel recorded for the policies' figures.
 */
export function BookByPhone({ customerId }: { customerId: string }) {
  const trpc = useTRPC();
  const [type, setType] = useState<VisitType | ''>('');
  const [purpose, setPurpose] = useState('');
  const [channel, setChannel] = useState<Channel | null>(null);
  const [start, setStart] = useState<string | null>(null);
  const slots = useQuery(
    trpc.appointments.slots.queryOptions(
      { customerId, type: type as VisitType },
      { enabled: type !== '', staleTime: 0 },
    ),
  );
  const book = useMutation(
    trpc.appointments.create.mutationOptions({ onError: () => void slots.refetch() }),
  );
  const problems = problemsOf(book.error, ['purpose', 'start', 'bookedVia'], ID);

  function submit(event: FormEvent) {
    event.preventDefault();
    book.mutate({
      customerId,
      type: type as VisitType,
      purpose,
      start: start ?? '',
      bookedVia: channel ?? ('' as Channel),
    });
  }

  if (book.data) {
    return (
      <section aria-labelledby="phone-heading">
        <h2 id="phone-heading">Book a time agreed with them</h2>
        <StatusMessage kind="info">
          Booked for {describeTime(book.data.start)}. Reference {book.data.reference}. A
          confirmation will be sent to them in their own format.
        </StatusMessage>
      </section>
    );
  }
  return (
    <section aria-labelledby="phone-heading">
      <h2 id="phone-heading">Book a time agreed with them</h2>
      <form onSubmit={submit} noValidate>
        <ErrorSummary title="There is a problem" errors={problems} />
        <FormField label="Type of visit">
          <VisitTypeSelect
            id={`${ID}-type`}
            value={type}
            onChange={(value) => {
              setType(value);
              setStart(null);
            }}
          />
        </FormField>
        {slots.isFetching ? <StatusMessage kind="loading">Finding times…</StatusMessage> : null}
        {slots.data?.briefing.length ? (
          <StatusMessage kind="info">{slots.data.briefing.join(' ')}</StatusMessage>
        ) : null}
        {slots.data?.noSlotsReason ? (
          <StatusMessage kind="error">{slots.data.noSlotsReason}</StatusMessage>
        ) : null}
        {slots.data && slots.data.days.length > 0 ? (
          <Radios
            legend={`Times that work (${slots.data.durationMinutes} minutes)`}
            name={`${ID}-start`}
            firstId={`${ID}-start`}
            value={start}
            onChange={setStart}
            error={fieldError(problems, ID, 'start')}
            options={slots.data.days.flatMap((day) =>
              day.slots.slice(0, 4).map((slot) => ({
                value: slot.start,
                label: `${day.label}, ${slot.startTime} to ${slot.endTime}`,
              })),
            )}
          />
        ) : null}
        <FormField label="Purpose, in plain words" error={fieldError(problems, ID, 'purpose')}>
          <textarea
            id={`${ID}-purpose`}
            rows={3}
            maxLength={300}
            value={purpose}
            onChange={(e) => setPurpose(e.target.value)}
          />
        </FormField>
        <Radios
          legend="How did they ask for this visit?"
          name={`${ID}-bookedVia`}
          firstId={`${ID}-bookedVia`}
          value={channel}
          onChange={(value) => setChannel(value as Channel)}
          error={fieldError(problems, ID, 'bookedVia')}
          options={channels.map((c) => ({ value: c.value, label: c.label }))}
        />
        <Button type="submit" disabled={book.isPending || !type}>
          Book this time
        </Button>
      </form>
    </section>
  );
}
