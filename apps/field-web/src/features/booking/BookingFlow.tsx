import { Button, ErrorSummary, FormField, Radios, StatusMessage, SummaryList } from '@doorstep/ui';
import { TRPCClientError } from '@trpc/client';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction, useBookingApi } from './api';
import { formatDay, formatTime, minutesBetween } from './format';
import {
  CalendarLinks,
  CallUs,
  FromApi,
  Heading,
  useLocale,
  usePageTitle,
  useWhen,
  VisitDetails,
} from './parts';
import { type Booked, type BookingView, NOTE_MAX, type Slot } from './types';

type Mode = 'book' | 'reschedule';
type Step =
  | { name: 'choose'; mode: Mode }
  | { name: 'cannot' }
  | { name: 'callbackDone' }
  | { name: 'check'; mode: Mode; slot: Slot }
  | { name: 'done'; mode: Mode; booked: Booked }
  | { name: 'manage' }
  | { name: 'cancel' }
  | { name: 'cancelled' };

/** Problems from the API: its own words only for reasons it gives (marked as English). */
type Problem = { text: string; fromApi?: boolean } | null;

const slotEnd = (slot: Slot) =>
  new Date(
    new Date(slot.start).getTime() + minutesBetween(slot.startTime, slot.endTime) * 60_000,
  ).toISOString();

/**
 * The steps a tenant goes through from their link: choose a time (or ask for a call back),
 * check, confirm; later, see the booking and change or cancel it. Nothing is sent to the
 * server until the tenant confirms on the check step.
 */
export function BookingFlow({ token, view }: { token: string; view: BookingView }) {
  const [step, setStep] = useState<Step>(() =>
    view.booking ? { name: 'manage' } : { name: 'choose', mode: 'book' },
  );
  const [problem, setProblem] = useState<Problem>(null);
  const go = (next: Step, nextProblem: Problem = null) => {
    setProblem(nextProblem);
    setStep(next);
  };

  // Each new step is announced by moving focus to its heading (or to the error summary).
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the step is the trigger.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const target =
      document.querySelector<HTMLElement>('.ds-error-summary') ??
      document.querySelector<HTMLElement>('main h1');
    target?.focus();
  }, [step]);

  switch (step.name) {
    case 'choose':
      return (
        <ChooseTime
          view={view}
          mode={step.mode}
          problem={problem}
          initial={null}
          onChosen={(slot) => go({ name: 'check', mode: step.mode, slot })}
          onNone={() => go({ name: 'cannot' })}
          onBack={step.mode === 'reschedule' ? () => go({ name: 'manage' }) : undefined}
        />
      );
    case 'cannot':
      return (
        <CannotDo
          token={token}
          onBack={() => go({ name: 'choose', mode: 'book' })}
          onDone={() => go({ name: 'callbackDone' })}
        />
      );
    case 'callbackDone':
      return <CallbackDone onChoose={() => go({ name: 'choose', mode: 'book' })} />;
    case 'check':
      return (
        <CheckAnswers
          token={token}
          view={view}
          mode={step.mode}
          slot={step.slot}
          onChange={() => go({ name: 'choose', mode: step.mode })}
          onBooked={(booked) => go({ name: 'done', mode: step.mode, booked })}
          onRefused={(refusal) => go({ name: 'choose', mode: step.mode }, refusal)}
        />
      );
    case 'done':
      return <Done token={token} view={view} mode={step.mode} booked={step.booked} />;
    case 'manage':
      return (
        <Manage
          token={token}
          view={view}
          problem={problem}
          onReschedule={() => go({ name: 'choose', mode: 'reschedule' })}
          onCancel={() => go({ name: 'cancel' })}
        />
      );
    case 'cancel':
      return (
        <ConfirmCancel
          token={token}
          view={view}
          onKeep={() => go({ name: 'manage' })}
          onCancelled={() => go({ name: 'cancelled' })}
          onRefused={(refusal) => go({ name: 'manage' }, refusal)}
        />
      );
    case 'cancelled':
      return <Cancelled onBookAgain={() => go({ name: 'choose', mode: 'book' })} />;
  }
}

function BackLink({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="ds-link-button ds-back-link" onClick={onClick}>
      {t('common.back')}
    </button>
  );
}

function ProblemSummary({ problem, href }: { problem: Problem; href?: string }) {
  const { t } = useTranslation();
  if (!problem) return null;
  return (
    <ErrorSummary
      title={t('common.problem')}
      errors={[{ text: problem.text, href, lang: problem.fromApi ? 'en' : undefined }]}
    />
  );
}

function useRefusal() {
  const { t } = useTranslation();
  return (error: unknown): Problem => {
    const code = error instanceof TRPCClientError ? error.data?.code : undefined;
    if (code === 'CONFLICT') return { text: t('choose.taken') };
    if (code === 'PRECONDITION_FAILED' && error instanceof Error)
      return { text: error.message, fromApi: true };
    return { text: t('common.serviceProblemTitle') };
  };
}

const FIRST_SLOT_ID = 'slot-first';

function ChooseTime({
  view,
  mode,
  problem,
  initial,
  onChosen,
  onNone,
  onBack,
}: {
  view: BookingView;
  mode: Mode;
  problem: Problem;
  initial: string | null;
  onChosen: (slot: Slot) => void;
  onNone: () => void;
  onBack: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const title = mode === 'reschedule' ? t('choose.rescheduleTitle') : t('choose.title');
  usePageTitle(title);
  const [chosen, setChosen] = useState<string | null>(initial);
  const [missing, setMissing] = useState(false);
  const slots = view.days.flatMap((day) => day.slots);

  function submit(event: FormEvent) {
    event.preventDefault();
    const slot = slots.find((s) => s.start === chosen);
    if (!slot) {
      setMissing(true);
      return;
    }
    onChosen(slot);
  }

  const shown: Problem = missing ? { text: t('choose.error') } : problem;
  return (
    <>
      {onBack ? <BackLink onClick={onBack} /> : null}
      <ProblemSummary problem={shown} href={slots.length > 0 ? `#${FIRST_SLOT_ID}` : undefined} />
      <Heading>{title}</Heading>
      {mode === 'book' ? (
        <p className="ds-lead">
          {t('visit.hello', { name: view.firstName })}. {t('visit.intro', { street: view.street })}
        </p>
      ) : null}
      {mode === 'book' && view.callbackRequested ? (
        <StatusMessage kind="info">{t('choose.callbackRequested')}</StatusMessage>
      ) : null}
      {mode === 'book' ? <VisitDetails view={view} /> : null}
      {slots.length === 0 ? (
        <>
          <p>{mode === 'reschedule' ? t('choose.noSlotsReschedule') : t('choose.noSlots')}</p>
          {view.noSlotsReason ? <FromApi as="p">{view.noSlotsReason}</FromApi> : null}
          <CallUs />
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <p className="ds-field__hint">{t('choose.hint')}</p>
          <div className={missing ? 'ds-field ds-field--error' : undefined}>
            {missing ? (
              <p className="ds-field__error" id="slot-error">
                <span className="ds-visually-hidden">{t('common.errorPrefix')} </span>
                {t('choose.error')}
              </p>
            ) : null}
            {view.days.map((day, dayIndex) => (
              <div className="ds-day" key={day.date}>
                <Radios
                  legend={t('choose.day', { day: formatDay(day.date, locale) })}
                  name="slot"
                  value={chosen}
                  onChange={(value) => {
                    setChosen(value);
                  }}
                  firstId={dayIndex === 0 ? FIRST_SLOT_ID : undefined}
                  describedBy={missing ? 'slot-error' : undefined}
                  options={day.slots.map((slot) => ({
                    value: slot.start,
                    label: t('choose.slot', {
                      start: formatTime(slot.start, locale),
                      end: formatTime(slotEnd(slot), locale),
                    }),
                  }))}
                />
              </div>
            ))}
          </div>
          <div className="ds-button-group">
            <Button type="submit">{t('common.continue')}</Button>
          </div>
        </form>
      )}
      {mode === 'book' ? (
        <p>
          <button type="button" className="ds-link-button" onClick={onNone}>
            {t('choose.none')}
          </button>
        </p>
      ) : null}
    </>
  );
}

function CannotDo({
  token,
  onBack,
  onDone,
}: {
  token: string;
  onBack: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  usePageTitle(t('cannot.title'));
  const { client } = useBookingApi();
  const refusal = useRefusal();
  const [note, setNote] = useState('');
  const [error, setError] = useState<Problem>(null);
  const request = useAction(client.booking.requestCallback.mutate, {
    onSuccess: onDone,
    onError: (e) => setError(refusal(e)),
  });
  const over = note.length - NOTE_MAX;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (over > 0) {
      setError({ text: t('cannot.tooLong', { max: NOTE_MAX }) });
      return;
    }
    setError(null);
    request.mutate({ token, note: note.trim() });
  }

  const fieldError = over > 0 && error ? error.text : undefined;
  return (
    <>
      <BackLink onClick={onBack} />
      <ProblemSummary problem={error} href={fieldError ? '#cannot-do' : undefined} />
      <Heading>{t('cannot.title')}</Heading>
      <p>{t('cannot.intro')}</p>
      <form onSubmit={submit} noValidate>
        <FormField
          label={t('cannot.label')}
          hint={t('cannot.hint')}
          error={fieldError}
          errorPrefix={t('common.errorPrefix')}
        >
          <textarea
            id="cannot-do"
            name="note"
            className="ds-textarea"
            rows={5}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            aria-describedby="cannot-do-count"
          />
        </FormField>
        <p
          id="cannot-do-count"
          className={
            over > 0 ? 'ds-character-count ds-character-count--over' : 'ds-character-count'
          }
          aria-live="polite"
        >
          {over > 0
            ? t('cannot.over', { over })
            : t('cannot.remaining', { remaining: NOTE_MAX - note.length })}
        </p>
        <div className="ds-button-group">
          <Button type="submit" disabled={request.isPending}>
            {request.isPending ? t('cannot.sending') : t('cannot.submit')}
          </Button>
        </div>
      </form>
    </>
  );
}

function CallbackDone({ onChoose }: { onChoose: () => void }) {
  const { t } = useTranslation();
  usePageTitle(t('callback.title'));
  return (
    <>
      <Heading>{t('callback.title')}</Heading>
      <p>{t('callback.body')}</p>
      <CallUs />
      <p>
        <button type="button" className="ds-link-button" onClick={onChoose}>
          {t('callback.chooseAnyway')}
        </button>
      </p>
    </>
  );
}

function CheckAnswers({
  token,
  view,
  mode,
  slot,
  onChange,
  onBooked,
  onRefused,
}: {
  token: string;
  view: BookingView;
  mode: Mode;
  slot: Slot;
  onChange: () => void;
  onBooked: (booked: Booked) => void;
  onRefused: (problem: Problem) => void;
}) {
  const { t } = useTranslation();
  const title = mode === 'reschedule' ? t('check.rescheduleTitle') : t('check.title');
  usePageTitle(title);
  const when = useWhen();
  const { client, refreshView } = useBookingApi();
  const refusal = useRefusal();
  const [error, setError] = useState<Problem>(null);
  const options = {
    onSuccess: async (booked: Booked) => {
      onBooked(booked);
      await refreshView();
    },
    onError: async (e: unknown) => {
      const problem = refusal(e);
      const code = e instanceof TRPCClientError ? e.data?.code : undefined;
      if (code === 'CONFLICT' || code === 'PRECONDITION_FAILED') {
        // Fresh times, without the one that has gone.
        await refreshView();
        onRefused(problem);
      } else setError(problem);
    },
  };
  const book = useAction(client.booking.book.mutate, options);
  const reschedule = useAction(client.booking.reschedule.mutate, options);
  const pending = book.isPending || reschedule.isPending;

  function confirm(event: FormEvent) {
    event.preventDefault();
    setError(null);
    (mode === 'reschedule' ? reschedule : book).mutate({ token, start: slot.start });
  }

  return (
    <>
      <BackLink onClick={onChange} />
      <ProblemSummary problem={error} />
      <Heading>{title}</Heading>
      <SummaryList
        rows={[
          {
            key: t('visit.date'),
            value: when(slot.start, slotEnd(slot)),
            action: (
              <button type="button" className="ds-link-button" onClick={onChange}>
                {t('check.change')}
                <span className="ds-visually-hidden"> {t('check.changeHidden')}</span>
              </button>
            ),
          },
        ]}
      />
      <VisitDetails view={view} />
      <p>{t('check.declaration')}</p>
      <form onSubmit={confirm}>
        <div className="ds-button-group">
          <Button type="submit" disabled={pending}>
            {pending
              ? t('check.sending')
              : mode === 'reschedule'
                ? t('check.confirmReschedule')
                : t('check.confirm')}
          </Button>
        </div>
      </form>
    </>
  );
}

function Done({
  token,
  view,
  mode,
  booked,
}: {
  token: string;
  view: BookingView;
  mode: Mode;
  booked: Booked;
}) {
  const { t } = useTranslation();
  const title = mode === 'reschedule' ? t('done.rescheduledTitle') : t('done.title');
  usePageTitle(title);
  const when = useWhen();
  return (
    <>
      <div className="ds-panel">
        <Heading>{title}</Heading>
        <p className="ds-panel__body">
          {t('done.reference')}
          <strong>{booked.reference}</strong>
        </p>
      </div>
      <h2>{t('done.next')}</h2>
      <p>{t('done.nextVisit', { when: when(booked.start, booked.end) })}</p>
      <p>{t('done.nextConfirm')}</p>
      <p>{t('done.nextChange')}</p>
      <CalendarLinks token={token} view={view} booking={booked} />
      <h2>{t('done.contact')}</h2>
      <CallUs />
    </>
  );
}

function Manage({
  token,
  view,
  problem,
  onReschedule,
  onCancel,
}: {
  token: string;
  view: BookingView;
  problem: Problem;
  onReschedule: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  usePageTitle(t('manage.title'));
  const when = useWhen();
  const booking = view.booking;
  if (!booking) return null;
  return (
    <>
      <ProblemSummary problem={problem} />
      <Heading>{t('manage.title')}</Heading>
      <VisitDetails
        view={view}
        extra={[
          { key: t('visit.date'), value: when(booking.start, booking.end) },
          { key: t('visit.reference'), value: booking.reference },
        ]}
      />
      {booking.canChange ? (
        <div className="ds-button-group">
          <Button variant="secondary" onClick={onReschedule}>
            {t('manage.changeTime')}
          </Button>
          <Button variant="warning" onClick={onCancel}>
            {t('manage.cancel')}
          </Button>
        </div>
      ) : (
        <>
          <p className="ds-warning">{t('manage.tooLate')}</p>
          <CallUs />
        </>
      )}
      <CalendarLinks token={token} view={view} booking={booking} />
      {booking.canChange ? (
        <>
          <h2>{t('done.contact')}</h2>
          <CallUs />
        </>
      ) : null}
    </>
  );
}

function ConfirmCancel({
  token,
  view,
  onKeep,
  onCancelled,
  onRefused,
}: {
  token: string;
  view: BookingView;
  onKeep: () => void;
  onCancelled: () => void;
  onRefused: (problem: Problem) => void;
}) {
  const { t } = useTranslation();
  usePageTitle(t('cancel.title'));
  const when = useWhen();
  const { client, refreshView } = useBookingApi();
  const refusal = useRefusal();
  const cancel = useAction(client.booking.cancel.mutate, {
    onSuccess: async () => {
      onCancelled();
      await refreshView();
    },
    onError: (e) => onRefused(refusal(e)),
  });
  const booking = view.booking;
  return (
    <>
      <BackLink onClick={onKeep} />
      <Heading>{t('cancel.title')}</Heading>
      {booking ? <p>{t('cancel.body', { when: when(booking.start, booking.end) })}</p> : null}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          cancel.mutate({ token });
        }}
      >
        <div className="ds-button-group">
          <Button type="submit" variant="warning" disabled={cancel.isPending}>
            {cancel.isPending ? t('cancel.sending') : t('cancel.confirm')}
          </Button>
          <button type="button" className="ds-link-button" onClick={onKeep}>
            {t('cancel.keep')}
          </button>
        </div>
      </form>
    </>
  );
}

function Cancelled({ onBookAgain }: { onBookAgain: () => void }) {
  const { t } = useTranslation();
  usePageTitle(t('cancel.doneTitle'));
  return (
    <>
      <Heading>{t('cancel.doneTitle')}</Heading>
      <p>{t('cancel.doneBody')}</p>
      <div className="ds-button-group">
        <Button variant="secondary" onClick={onBookAgain}>
          {t('cancel.bookAgain')}
        </Button>
      </div>
      <CallUs />
    </>
  );
}
