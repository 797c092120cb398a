import { parseDate } from '../calendar/dates';
import { createWorkingCalendar } from '../calendar/working-calendar';
import { solve } from '../routing/solve';
import type { PlannerInput, PlannerOptions } from './planner-types';

/**
 * What planning by hand usually looks like, kept to measure the planner against: each
 * meeting on its anniversary (the nearest working day), each day then routed by the same
 * engine. No cap and no clustering, so days are thin and travel per meeting is high.
 */
export function anniversaryBaseline(
  input: Pick<
    PlannerInput,
    'from' | 'to' | 'base' | 'workingHours' | 'leave' | 'closedDays' | 'meetings'
  >,
  options: PlannerOptions = {},
) {
  const calendar = createWorkingCalendar({ closedDays: [...(input.closedDays ?? [])] });
  const open = (date: string) =>
    calendar.isWorkingDay(date) &&
    !input.leave.some((spell) => date >= spell.startsOn && date <= spell.endsOn);
  const nearestOpen = (date: string) => {
    const day = parseDate(date);
    for (let step = 0; step <= 31; step++) {
      for (const candidate of [day.subtract({ days: step }), day.add({ days: step })]) {
        if (open(candidate.toString())) return candidate.toString();
      }
    }
    return null;
  };

  const byDay = new Map<string, typeof input.meetings>();
  for (const meeting of input.meetings) {
    const date = nearestOpen(meeting.dueOn);
    if (!date || date < input.from || date > input.to) continue;
    byDay.set(date, [...(byDay.get(date) ?? []), meeting]);
  }

  const base = { x: input.base.longitude, y: input.base.latitude };
  let travelKm = 0;
  let visitCount = 0;
  for (const [date, meetings] of byDay) {
    const plan = solve(
      {
        vehicles: [{ id: date, start: base, shift: { start: 0, end: 24 * 60 } }],
        jobs: meetings.map((meeting) => ({
          id: meeting.tenancyId,
          location: { x: meeting.location.longitude, y: meeting.location.latitude },
          service: meeting.durationMinutes,
        })),
        travel: { kind: 'road-estimate' },
      },
      // A day of a few stops needs little search; the limit keeps a year of days quick.
      { seed: options.seed ?? 1, timeLimitMs: options.timeLimitMs ?? 20, maxIterations: 500 },
    );
    travelKm += plan.distance;
    visitCount += meetings.length - plan.unassigned.length;
  }
  return {
    days: byDay.size,
    visitCount,
    travelKm,
    travelKmPerVisit: visitCount === 0 ? null : travelKm / visitCount,
  };
}
