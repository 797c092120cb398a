import { Button, FormField } from '@doorstep/ui';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTRPC } from '../../trpc';
import { dayOption } from './format';
import type { PlanView, PlanVisit } from './types';
import { normaliseTime } from './workingDays';

export interface DayChoice {
  date: string;
  locked: boolean;
  meetings: number;
}

const choiceText = (choice: DayChoice, current: string) =>
  [
    dayOption(choice.date),
    choice.date === current ? '(this day)' : null,
    choice.locked ? '(locked)' : null,
    choice.meetings > 0 ? `– ${choice.meetings} planned` : null,
  ]
    .filter(Boolean)
    .join(' ');

/**
 * Moves one meeting with ordinary form controls: a day, a start time and a button, so no
 * one has to drag. The API checks the day (working, under the cap, inside the meeting's
 * allowed range) and its refusal is shown on the day field, which takes focus to say it.
 */
export function MoveVisit({
  patchId,
  visit,
  date,
  choices,
  onMoved,
  onClose,
}: {
  patchId: string;
  visit: PlanVisit;
  date: string;
  choices: DayChoice[];
  onMoved: (plan: PlanView) => void;
  onClose: () => void;
}) {
  const livingWell = useTRPC().livingWell;
  const id = `move-${visit.tenancyId}`;
  const [day, setDay] = useState(date);
  const [time, setTime] = useState(visit.startTime);
  const [timeError, setTimeError] = useState<string | undefined>();
  const daySelect = useRef<HTMLSelectElement>(null);
  const timeInput = useRef<HTMLInputElement>(null);
  const move = useMutation(livingWell.moveVisit.mutationOptions({ onSuccess: onMoved }));
  const refusal = move.error?.message;

  useEffect(() => daySelect.current?.focus(), []);
  useEffect(() => {
    if (refusal) daySelect.current?.focus();
  }, [refusal]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (move.isPending) return;
    const startTime = normaliseTime(time);
    if (!startTime) {
      setTimeError('Enter the start time in hours and minutes, for example 09:30');
      timeInput.current?.focus();
      return;
    }
    setTimeError(undefined);
    move.mutate({ patchId, tenancyId: visit.tenancyId, date: day, startTime });
  }

  return (
    <form
      className="lw-move"
      onSubmit={submit}
      noValidate
      aria-label={`Move the meeting with ${visit.customerName}`}
    >
      <FormField label="Day" error={refusal}>
        <select
          id={`${id}-date`}
          ref={daySelect}
          value={day}
          onChange={(event) => {
            setDay(event.target.value);
            move.reset();
          }}
        >
          {choices.map((choice) => (
            <option key={choice.date} value={choice.date}>
              {choiceText(choice, date)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label="Start time" hint="For example, 09:30 or 0930" error={timeError}>
        <input
          id={`${id}-time`}
          ref={timeInput}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          maxLength={5}
          value={time}
          onChange={(event) => setTime(event.target.value)}
        />
      </FormField>
      <div className="lw-actions">
        <Button type="submit" aria-disabled={move.isPending || undefined}>
          {move.isPending ? 'Moving…' : 'Move'}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
