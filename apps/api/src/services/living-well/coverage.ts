import {
  type Database,
  livingWellPlanRuns,
  patches,
  staff,
  type WorkingPattern,
} from '@doorstep/db';
import {
  createWorkingCalendar,
  type LatLng,
  livingWellCoverage,
  londonDate,
} from '@doorstep/domain';
import { asc, desc, eq, inArray } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { loadTenancyStates, type TenancyState } from './due';
import { closuresBetween, DEFAULT_DAILY_CAP, leaveBetween } from './load';
import { dayTravelKm } from './view';

export interface Coverage {
  tenancies: number;
  metLast12Months: number;
  share: number | null;
  overdue: number;
  plannedNext13Weeks: number;
  capacityNext13Weeks: number;
  travelKmPerVisit: number | null;
}

const WEEKS = 13;
const weekdayKeys = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

interface Tally {
  tenancies: number;
  metLast12Months: number;
  overdue: number;
  plannedNext13Weeks: number;
  capacityNext13Weeks: number;
  travelKm: number;
  visits: number;
}

const emptyTally = (): Tally => ({
  tenancies: 0,
  metLast12Months: 0,
  overdue: 0,
  plannedNext13Weeks: 0,
  capacityNext13Weeks: 0,
  travelKm: 0,
  visits: 0,
});

const finish = ({ travelKm, visits, ...tally }: Tally): Coverage => ({
  ...tally,
  share: tally.tenancies === 0 ? null : round(tally.metLast12Months / tally.tenancies, 4),
  travelKmPerVisit: visits === 0 ? null : round(travelKm / visits, 2),
});

/** Visits on the plan (booked ones where they were booked) between two dates, by day. */
function visitsByDay(states: readonly TenancyState[], from: string, to: string) {
  const days = new Map<string, { startTime: string; place: LatLng }[]>();
  for (const s of states) {
    const date = s.booked?.date ?? s.visit?.date;
    if (!date || date < from || date > to) continue;
    const list = days.get(date) ?? [];
    list.push({
      startTime: s.booked?.startTime ?? s.visit?.startTime ?? '',
      place: { latitude: s.latitude, longitude: s.longitude },
    });
    days.set(date, list);
  }
  return days;
}

/**
 * Living Well coverage per patch and overall (000 §2.9): the share of low-cost rental
 * tenancies met in the last 12 months, how many are overdue, and for the next 13 weeks the
 * visits on the plan against what the advisor's open days allow at the plan's daily cap, with
 * the plan's travel per visit.
 */
export async function livingWellCoverageReport(
  db: Database,
  scope: 'all' | readonly string[],
  now: Date,
): Promise<{ overall: Coverage; patches: (Coverage & { patchId: string; patchName: string })[] }> {
  const today = londonDate(now);
  const until = Temporal.PlainDate.from(today)
    .add({ weeks: WEEKS })
    .subtract({ days: 1 })
    .toString();
  if (scope !== 'all' && scope.length === 0) {
    return { overall: finish(emptyTally()), patches: [] };
  }
  const patchRows = await db
    .select({
      id: patches.id,
      name: patches.name,
      advisorId: staff.id,
      pattern: staff.workingPattern,
      latitude: staff.homeBaseLatitude,
      longitude: staff.homeBaseLongitude,
    })
    .from(patches)
    .leftJoin(staff, eq(staff.id, patches.advisorId))
    .where(scope === 'all' ? undefined : inArray(patches.id, [...scope]))
    .orderBy(asc(patches.name));
  const ids = patchRows.map((p) => p.id);
  const advisorIds = patchRows.flatMap((p) => (p.advisorId ? [p.advisorId] : []));
  const [states, leave, closures, runs] = await Promise.all([
    loadTenancyStates(db, scope === 'all' ? 'all' : ids, now),
    leaveBetween(db, advisorIds, today, until),
    closuresBetween(db, today, until),
    db
      .selectDistinctOn([livingWellPlanRuns.patchId], {
        patchId: livingWellPlanRuns.patchId,
        dailyCap: livingWellPlanRuns.dailyCap,
      })
      .from(livingWellPlanRuns)
      .where(inArray(livingWellPlanRuns.patchId, ids))
      .orderBy(livingWellPlanRuns.patchId, desc(livingWellPlanRuns.finishedAt)),
  ]);
  const calendar = createWorkingCalendar({ closedDays: closures });
  const capOf = new Map(runs.map((run) => [run.patchId, run.dailyCap]));
  const statesOf = new Map<string, TenancyState[]>();
  for (const s of states) {
    const list = statesOf.get(s.patchId) ?? [];
    list.push(s);
    statesOf.set(s.patchId, list);
  }

  /** Working days the advisor is in: their pattern's weekdays, less leave and closures. */
  const openDays = (advisorId: string, pattern: WorkingPattern) => {
    let count = 0;
    for (let d = Temporal.PlainDate.from(today); d.toString() <= until; d = d.add({ days: 1 })) {
      const date = d.toString();
      const key = weekdayKeys[d.dayOfWeek - 1];
      if (!key || (pattern[key] ?? []).length === 0 || !calendar.isWorkingDay(date)) continue;
      const away = leave.some(
        (l) => l.staffId === advisorId && l.startsOn <= date && l.endsOn >= date,
      );
      if (!away) count += 1;
    }
    return count;
  };

  const overall = emptyTally();
  const perPatch = patchRows.map((patch) => {
    const own = statesOf.get(patch.id) ?? [];
    const tally = emptyTally();
    tally.tenancies = own.length;
    tally.metLast12Months = livingWellCoverage(
      own.map((s) => s.cadence.lastMetOn),
      today,
    ).met;
    tally.overdue = own.filter((s) => s.cadence.overdue).length;
    const days = visitsByDay(own, today, until);
    if (patch.advisorId && patch.pattern) {
      tally.capacityNext13Weeks =
        openDays(patch.advisorId, patch.pattern) * (capOf.get(patch.id) ?? DEFAULT_DAILY_CAP);
      const base = { latitude: patch.latitude ?? 0, longitude: patch.longitude ?? 0 };
      for (const visits of days.values()) {
        visits.sort((a, b) => a.startTime.localeCompare(b.startTime));
        tally.travelKm += dayTravelKm(
          base,
          visits.map((v) => v.place),
        );
      }
    }
    for (const visits of days.values()) tally.plannedNext13Weeks += visits.length;
    tally.visits = patch.advisorId ? tally.plannedNext13Weeks : 0;
    for (const key of Object.keys(overall) as (keyof Tally)[]) overall[key] += tally[key];
    return { ...finish(tally), patchId: patch.id, patchName: patch.name };
  });
  return { overall: finish(overall), patches: perPatch };
}
