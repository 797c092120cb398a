import { Button, StatusMessage } from '@doorstep/ui';
import { useMutation } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useParams } from 'react-router';
import { usePageTitle } from '../../../app/usePageTitle';
import { useTRPC } from '../../../trpc';
import { AddKnock } from './AddKnock';
import { CalendarLink } from './CalendarLink';
import { DaySwitch } from './DaySwitch';
import { dayName, londonToday, shiftDate, timeOfDay, totalsText } from './format';
import { OutboxStatus, queuedFor, useDay, useOutbox } from './source';
import type { DayOutput, DayVisit } from './types';
import { VisitCard } from './VisitCard';
import '@doorstep/ui/field.css';
import './day.css';

const RouteMap = lazy(() => import('./RouteMap'));

const isDate = (value: string | undefined): value is string =>
  Boolean(value && /^\d{4}-\d{2}-\d{2}$/.test(value));

/** /advisor/day and /advisor/day/:date: one day's visits in route order. */
export function DayPage() {
  const params = useParams();
  const today = londonToday(new Date());
  const date = isDate(params.date) ? params.date : today;
  const title =
    date === today
      ? `My day: today, ${dayName(date)}`
      : date === shiftDate(today, 1)
        ? `My day: tomorrow, ${dayName(date)}`
        : `My day: ${dayName(date)}`;
  usePageTitle(title);
  return (
    <div className="fd-page">
      <h1>{title}</h1>
      <DaySwitch today={today} current={`day:${date}`} />
      <DayView date={date} isToday={date === today} canAddKnocks={date >= today} />
    </div>
  );
}

/** /advisor/week/:date: seven days from the date, each day's visits in route order. */
export function WeekPage() {
  const params = useParams();
  const today = londonToday(new Date());
  const date = isDate(params.date) ? params.date : today;
  const title = `My week from ${dayName(date)}`;
  usePageTitle(title);
  const day = useDay(date, 7);
  const outbox = useOutbox();
  return (
    <div className="fd-page">
      <h1>{title}</h1>
      <DaySwitch today={today} current={`week:${date}`} />
      <OutboxStatus />
      <Loaded day={day}>
        {(data) => {
          const dates = Array.from({ length: 7 }, (_, index) => shiftDate(date, index));
          return (
            <>
              <p>{totalsText(data.totals)}</p>
              {dates.map((each) => {
                const visits = data.visits.filter((visit) => visit.date === each);
                return (
                  <section key={each} aria-labelledby={`day-${each}`} className="fd-week-day">
                    <h2 id={`day-${each}`}>{dayName(each)}</h2>
                    {visits.length === 0 ? (
                      <p>No visits.</p>
                    ) : (
                      <VisitList visits={visits} outbox={outbox} />
                    )}
                  </section>
                );
              })}
            </>
          );
        }}
      </Loaded>
    </div>
  );
}

type Day = ReturnType<typeof useDay>;

/** Loading, no connection and no saved copy, or the day itself; a saved copy says so. */
function Loaded({ day, children }: { day: Day; children: (data: DayOutput) => React.ReactNode }) {
  if (!day.data) {
    if (day.error) {
      return (
        <StatusMessage kind="error">
          {navigator.onLine
            ? errorText(day.error)
            : 'No connection, and this day is not saved on this phone. Try again when you have signal.'}
        </StatusMessage>
      );
    }
    return (
      <StatusMessage kind="loading" page>
        Loading your visits…
      </StatusMessage>
    );
  }
  return (
    <>
      {day.source === 'cache' ? (
        <p className="fd-state fd-state--queued">
          No connection: showing the copy saved on this phone
          {day.savedAt ? ` at ${timeOfDay(day.savedAt)}` : ''}.
        </p>
      ) : null}
      {children(day.data)}
    </>
  );
}

const errorText = (error: unknown) =>
  error instanceof Error ? error.message : 'Your visits could not be loaded. Try again.';

function VisitList({
  visits,
  outbox,
}: {
  visits: DayVisit[];
  outbox: ReturnType<typeof useOutbox>;
}) {
  return (
    <ol className="fd-visits">
      {visits.map((visit, index) => {
        const queued = queuedFor(outbox, visit.id);
        return (
          <VisitCard
            key={visit.id}
            visit={visit}
            stop={index + 1}
            queued={queued.pending !== null}
            refused={queued.refused ? (queued.refused.reason ?? 'Refused by the server.') : null}
          />
        );
      })}
    </ol>
  );
}

function DayView({
  date,
  isToday,
  canAddKnocks,
}: {
  date: string;
  isToday: boolean;
  canAddKnocks: boolean;
}) {
  const trpc = useTRPC();
  const day = useDay(date, 1);
  const outbox = useOutbox();
  const [mapOpen, setMapOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const reoptimise = useMutation(
    trpc.appointments.reoptimise.mutationOptions({
      onSuccess: async (result) => {
        await day.refetch();
        setMessage(`Route re-optimised: ${totalsText(result.totals)}.`);
      },
      onError: (error) =>
        setMessage(
          navigator.onLine
            ? error.message
            : 'Re-optimising needs a connection. Try again when you have signal.',
        ),
    }),
  );
  return (
    <>
      <OutboxStatus />
      <div role="status" className="fd-announce">
        {message ? <p className="ds-status">{message}</p> : null}
      </div>
      <Loaded day={day}>
        {(data) => (
          <>
            <p>{data.visits.length === 0 ? 'No visits on this day.' : totalsText(data.totals)}</p>
            <div className="fd-toolbar">
              {data.visits.length > 0 ? (
                <Button
                  variant="secondary"
                  aria-expanded={mapOpen}
                  aria-controls="day-map"
                  onClick={() => setMapOpen((open) => !open)}
                >
                  {mapOpen ? 'Hide the map' : 'Show the map'}
                </Button>
              ) : null}
              {isToday ? (
                <Button
                  variant="secondary"
                  disabled={reoptimise.isPending}
                  onClick={() => {
                    setMessage(null);
                    reoptimise.mutate({ date });
                  }}
                >
                  Re-optimise the rest of the day
                </Button>
              ) : null}
              <CalendarLink />
            </div>
            <div id="day-map">
              {mapOpen ? (
                <Suspense fallback={<p role="status">Loading the map…</p>}>
                  <RouteMap
                    day={data}
                    label={`Map of the route on ${dayName(date)}: stops numbered as in the list`}
                  />
                </Suspense>
              ) : null}
            </div>
            {data.visits.length > 0 ? (
              <section aria-labelledby="route-heading">
                <h2 id="route-heading">Visits in route order</h2>
                <p className="fd-start">Starting from {data.start.label}.</p>
                <VisitList visits={data.visits} outbox={outbox} />
              </section>
            ) : null}
            {/* After the list, and only once the day is here: drawn earlier it would be
                pushed down when the visits arrive. */}
            {canAddKnocks ? (
              <AddKnock
                date={date}
                onAdded={(text) => {
                  setMessage(text);
                  void day.refetch();
                }}
              />
            ) : null}
          </>
        )}
      </Loaded>
    </>
  );
}
