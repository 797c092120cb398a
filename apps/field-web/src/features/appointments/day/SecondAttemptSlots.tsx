import { Radios, StatusMessage } from '@doorstep/ui';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../../trpc';
import type { DayVisit } from './types';

/** Times free for another attempt with the same customer and kind of visit (online only). */
export function SecondAttemptSlots({
  visit,
  value,
  onChange,
  error,
}: {
  visit: DayVisit;
  value: string | null;
  onChange: (start: string) => void;
  error: string | undefined;
}) {
  const trpc = useTRPC();
  const slots = useQuery(
    trpc.appointments.slots.queryOptions(
      { customerId: visit.customer.id, type: visit.type },
      { staleTime: 0, retry: false },
    ),
  );
  if (slots.isPending) return <StatusMessage kind="loading">Finding times…</StatusMessage>;
  if (slots.isError) {
    return (
      <StatusMessage kind="error">
        {navigator.onLine
          ? slots.error.message
          : 'Choosing a time needs a connection. Send a rebook link instead, or choose a time when you have signal.'}
      </StatusMessage>
    );
  }
  if (slots.data.noSlotsReason || slots.data.days.length === 0) {
    return (
      <StatusMessage kind="error">
        {slots.data.noSlotsReason ?? 'No times are free. Send a rebook link instead.'}
      </StatusMessage>
    );
  }
  return (
    <Radios
      legend="Time of the next attempt"
      name="outcome-slot"
      firstId="outcome-slot"
      value={value}
      onChange={onChange}
      error={error}
      hint={`${slots.data.durationMinutes} minutes. The tenant is sent notice of the time.`}
      options={slots.data.days.flatMap((day) =>
        day.slots.slice(0, 4).map((slot) => ({
          value: slot.start,
          label: `${day.label}, ${slot.startTime} to ${slot.endTime}`,
        })),
      )}
    />
  );
}
