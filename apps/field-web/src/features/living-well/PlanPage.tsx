import { bankHolidayDates } from '@doorstep/domain';
import { StatusMessage, SummaryList } from '@doorstep/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { useTRPC } from '../../trpc';
import { Announcer } from './Announcer';
import { CallOrKnock } from './CallOrKnock';
import { describeInstant, km, longDate, plural, visitWhen } from './format';
import type { DayChoice } from './MoveVisit';
import { PlanDayItem, visitHeadingId } from './PlanDayItem';
import { ReplanForm } from './ReplanForm';
import { SendInvitations } from './SendInvitations';
import type { PlanView, PlanVisit } from './types';
import { Unplaced } from './Unplaced';
import { workingDaysBetween } from './workingDays';
import './living-well.css';

/** Where a meeting is in a plan, to say where a move put it. */
function findVisit(plan: PlanView, tenancyId: string) {
  for (const day of plan.days) {
    const index = day.visits.findIndex((visit) => visit.tenancyId === tenancyId);
    const visit = day.visits[index];
    if (visit) return { day, visit, stop: index + 1 };
  }
  return null;
}

function dayChoices(plan: PlanView): DayChoice[] {
  const byDate = new Map(plan.days.map((day) => [day.date, day]));
  return workingDaysBetween(plan.from, plan.to, bankHolidayDates()).map((date) => ({
    date,
    locked: byDate.get(date)?.locked ?? false,
    meetings: byDate.get(date)?.visits.length ?? 0,
  }));
}

/**
 * The advisor's Living Well plan for one patch: every meeting due in the coming weeks, day
 * by day in route order. The list is the plan; the map of a day is an extra view of it.
 */
export function PlanPage() {
  const { patchId = '' } = useParams();
  const trpc = useTRPC();
  const livingWell = trpc.livingWell;
  const queryClient = useQueryClient();
  const patch = useQuery(trpc.patches.byId.queryOptions({ id: patchId }, { retry: false }));
  const planKey = livingWell.planView.queryKey({ patchId });
  // Asked afresh each time the page opens: a meeting recorded elsewhere changes the plan.
  const plan = useQuery(
    livingWell.planView.queryOptions({ patchId }, { retry: false, staleTime: 0 }),
  );
  const [message, setMessage] = useState<string | null>(null);
  const [moving, setMoving] = useState<string | null>(null);
  const [mapDate, setMapDate] = useState<string | null>(null);
  const [focusVisit, setFocusVisit] = useState<string | null>(null);
  const [planning, setPlanning] = useState(false);
  usePageTitle(patch.data ? `Living Well plan for ${patch.data.name}` : 'Living Well plan');

  const choices = useMemo(() => (plan.data ? dayChoices(plan.data) : []), [plan.data]);

  // After a move the meeting's heading, on its new day, takes focus: the form that had it is gone.
  useEffect(() => {
    if (!focusVisit) return;
    document.getElementById(visitHeadingId(focusVisit))?.focus();
    setFocusVisit(null);
  }, [focusVisit]);

  const show = (next: PlanView) => queryClient.setQueryData(planKey, next);

  function moved(next: PlanView, before: PlanVisit) {
    show(next);
    setMoving(null);
    const found = findVisit(next, before.tenancyId);
    setMessage(
      found
        ? `Moved ${before.customerName} to ${visitWhen(found.day.date, found.visit.startTime, found.visit.endTime)}, stop ${found.stop} of ${found.day.visits.length}.`
        : `Moved ${before.customerName}.`,
    );
    setFocusVisit(found ? before.tenancyId : null);
  }

  function locked(next: PlanView, date: string, isLocked: boolean) {
    show(next);
    setMessage(
      isLocked
        ? `${longDate(date)} is locked: re-planning will keep it as it is.`
        : `${longDate(date)} is unlocked: re-planning may change it.`,
    );
  }

  function planned(next: PlanView) {
    show(next);
    setPlanning(false);
    setMoving(null);
    const meetings = next.days.reduce((sum, day) => sum + day.visits.length, 0);
    setMessage(
      `Re-planned: ${plural(meetings, 'meeting')} on ${plural(next.days.length, 'day')}, ${plural(next.unplaced.length, 'meeting')} not placed.`,
    );
  }

  const back = (
    <Link className="ds-back-link" to={`/advisor/patches/${patchId}`}>
      Back to {patch.data ? patch.data.name : 'the patch'}
    </Link>
  );
  if (plan.isPending) return <StatusMessage kind="loading">Loading the plan…</StatusMessage>;
  if (plan.isError) {
    return (
      <>
        {back}
        <h1>Living Well plan</h1>
        <StatusMessage kind="error">{plan.error.message}</StatusMessage>
      </>
    );
  }
  const { data } = plan;
  const meetings = data.days.reduce((sum, day) => sum + day.visits.length, 0);
  return (
    <>
      {back}
      <h1>Living Well plan{patch.data ? ` for ${patch.data.name}` : ''}</h1>
      <SummaryList
        rows={[
          { key: 'Period', value: `${longDate(data.from)} to ${longDate(data.to)}` },
          {
            key: 'Meetings planned',
            value: `${plural(meetings, 'meeting')} on ${plural(data.days.length, 'day')}`,
          },
          { key: 'Most in a day', value: plural(data.dailyCap, 'meeting') },
          {
            key: 'Travel per meeting',
            value:
              data.travelKmPerVisit === null ? 'No meetings planned' : km(data.travelKmPerVisit),
          },
          {
            key: 'Planned',
            value: data.plannedAt ? describeInstant(data.plannedAt) : 'Not planned yet',
          },
        ]}
      />
      <nav aria-label="On this page" className="lw-contents">
        <ul>
          <li>
            <a href="#days-heading">Day by day</a>
          </li>
          <li>
            <a href="#unplaced-heading">Not placed ({data.unplaced.length})</a>
          </li>
          <li>
            <a href="#call-heading">Call or knock</a>
          </li>
          <li>
            <Link to="/advisor/coverage">Living Well coverage</Link>
          </li>
        </ul>
      </nav>
      <ReplanForm
        patchId={patchId}
        plan={data}
        onPlanning={(busy) => {
          setPlanning(busy);
          setMessage(busy ? 'Re-planning: this can take a little while.' : null);
        }}
        onPlanned={planned}
      />
      <SendInvitations patchId={patchId} />
      <section aria-labelledby="days-heading">
        <h2 id="days-heading">Day by day</h2>
        <Announcer message={message} />
        {data.days.length === 0 ? (
          <p>No meetings are planned yet. Re-plan to place the meetings that are due.</p>
        ) : (
          <ol className="lw-days" aria-label="Days of the plan" aria-busy={planning || undefined}>
            {data.days.map((day) => (
              <PlanDayItem
                key={day.date}
                patchId={patchId}
                day={day}
                choices={choices}
                moving={day.visits.some((visit) => visit.tenancyId === moving) ? moving : null}
                onMove={(tenancyId) => {
                  setMessage(null);
                  setMoving(tenancyId);
                }}
                onMoved={moved}
                onLocked={locked}
                mapOpen={mapDate === day.date}
                onToggleMap={() => setMapDate(mapDate === day.date ? null : day.date)}
              />
            ))}
          </ol>
        )}
      </section>
      <Unplaced unplaced={data.unplaced} />
      <CallOrKnock patchId={patchId} />
    </>
  );
}
