import { Button } from '@doorstep/ui';
import { useMutation } from '@tanstack/react-query';
import { lazy, type ReactNode, Suspense } from 'react';
import { flushSync } from 'react-dom';
import { Link } from 'react-router';
import { useTRPC } from '../../trpc';
import { km, longDate, plural, shortDate } from './format';
import { recordPath, statusLabels } from './labels';
import { type DayChoice, MoveVisit } from './MoveVisit';
import type { PlanDay, PlanView, PlanVisit } from './types';

const DayMap = lazy(() => import('./DayMap'));

/**
 * Why a visit cannot be moved from the plan, or null when it can: the tenant has booked it,
 * it is on a locked day, or its invitation is with the tenant (the API refuses these too).
 */
export function fixedBecause(visit: PlanVisit): string | null {
  if (visit.kind === 'booked') return 'Booked by the tenant: change it with them.';
  if (visit.kind === 'locked') return 'On a locked day: unlock the day to move it.';
  if (visit.status === 'invited') return 'Invitation sent: wait for the tenant’s answer.';
  return null;
}

/** The DOM id of a visit's heading, which takes focus once the visit has been moved. */
export const visitHeadingId = (tenancyId: string) => `visit-${tenancyId}`;

function Visit({ visit, stop, children }: { visit: PlanVisit; stop: number; children: ReactNode }) {
  return (
    <li className="lw-visit">
      <h4 id={visitHeadingId(visit.tenancyId)} tabIndex={-1} className="lw-visit__title">
        <span className="lw-visit__stop" aria-hidden="true">
          {stop}
        </span>
        <span>
          <span className="ds-visually-hidden">Stop {stop}: </span>
          {visit.startTime} to {visit.endTime}, {visit.customerName}
        </span>
      </h4>
      <p className="lw-visit__address">
        {visit.addressLine1}, <span className="ds-nowrap">{visit.postcode}</span>
      </p>
      <p className="lw-tags">
        <span className="lw-tag">{statusLabels[visit.status]}</span>
        {visit.late ? <span className="lw-tag lw-tag--late">Late: after its due date</span> : null}
        <span className="lw-visit__due">Due {shortDate(visit.dueOn)}</span>
      </p>
      {children}
    </li>
  );
}

/**
 * One day of the plan: its meetings in route order with their times, and what the advisor
 * can do about it (lock it, see it on a map, move a meeting off it).
 */
export function PlanDayItem({
  patchId,
  day,
  choices,
  moving,
  onMove,
  onMoved,
  onLocked,
  mapOpen,
  onToggleMap,
}: {
  patchId: string;
  day: PlanDay;
  choices: DayChoice[];
  /** The meeting whose move form is open, if it is on this day. */
  moving: string | null;
  onMove: (tenancyId: string | null) => void;
  onMoved: (plan: PlanView, visit: PlanVisit) => void;
  onLocked: (plan: PlanView, date: string, locked: boolean) => void;
  mapOpen: boolean;
  onToggleMap: () => void;
}) {
  const livingWell = useTRPC().livingWell;
  const when = longDate(day.date);
  const lock = useMutation(
    livingWell.lockDay.mutationOptions({
      onSuccess: (plan, input) => onLocked(plan, input.date, input.locked),
    }),
  );
  const headingId = `day-${day.date}`;
  return (
    <li className="lw-day">
      <section aria-labelledby={headingId}>
        <h3 id={headingId} className="lw-day__heading">
          {when}
          {day.locked ? <span className="lw-tag lw-tag--locked">Locked</span> : null}
        </h3>
        <p className="lw-day__summary">
          {plural(day.visits.length, 'meeting')}, travel {km(day.travelKm)}
        </p>
        <div className="lw-actions">
          <Button
            variant="secondary"
            aria-disabled={lock.isPending || undefined}
            onClick={() => {
              if (!lock.isPending) lock.mutate({ patchId, date: day.date, locked: !day.locked });
            }}
          >
            {day.locked ? 'Unlock the day' : 'Lock the day'}
            <span className="ds-visually-hidden">, {when}</span>
          </Button>
          <Button variant="secondary" aria-expanded={mapOpen} onClick={onToggleMap}>
            {mapOpen ? 'Hide the map' : 'Show on a map'}
            <span className="ds-visually-hidden">, {when}</span>
          </Button>
        </div>
        {lock.error ? (
          <p className="ds-field__error" role="alert">
            {lock.error.message}
          </p>
        ) : null}
        {mapOpen ? (
          <Suspense fallback={<p role="status">Loading the map…</p>}>
            <DayMap day={day} />
          </Suspense>
        ) : null}
        <ol className="lw-visits" aria-label={`Meetings on ${when}, in route order`}>
          {day.visits.map((visit, index) => (
            <Visit key={visit.tenancyId} visit={visit} stop={index + 1}>
              {moving === visit.tenancyId ? (
                <MoveVisit
                  patchId={patchId}
                  visit={visit}
                  date={day.date}
                  choices={choices}
                  onMoved={(plan) => onMoved(plan, visit)}
                  onClose={() => {
                    // The button comes back in place of the form; focus goes back to it.
                    flushSync(() => onMove(null));
                    document.getElementById(`move-${visit.tenancyId}-open`)?.focus();
                  }}
                />
              ) : (
                <div className="lw-actions">
                  {fixedBecause(visit) === null ? (
                    <Button
                      id={`move-${visit.tenancyId}-open`}
                      variant="secondary"
                      onClick={() => onMove(visit.tenancyId)}
                    >
                      Change day or time
                      <span className="ds-visually-hidden"> for {visit.customerName}</span>
                    </Button>
                  ) : (
                    <p className="lw-fixed">{fixedBecause(visit)}</p>
                  )}
                  <Link className="lw-link" to={recordPath(visit.tenancyId)}>
                    Record the meeting
                    <span className="ds-visually-hidden"> with {visit.customerName}</span>
                  </Link>
                </div>
              )}
            </Visit>
          ))}
        </ol>
      </section>
    </li>
  );
}
