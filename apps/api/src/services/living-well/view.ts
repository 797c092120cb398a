import {
  type Database,
  livingWellLockedDays,
  livingWellPlanRuns,
  patches,
  staff,
} from '@doorstep/db';
import { type LatLng, type LivingWellStatus, londonDate, roadEstimate } from '@doorstep/domain';
import { desc, eq } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { loadTenancyStates, type TenancyState } from './due';
import { DEFAULT_DAILY_CAP, DEFAULT_HORIZON_WEEKS } from './load';

export interface PlanViewVisit {
  tenancyId: string;
  customerName: string;
  addressLine1: string;
  postcode: string;
  latitude: number;
  longitude: number;
  startTime: string;
  endTime: string;
  kind: 'proposed' | 'locked' | 'booked';
  late: boolean;
  dueOn: string;
  status: LivingWellStatus;
}

export interface PlanView {
  patchId: string;
  from: string;
  to: string;
  dailyCap: number;
  days: { date: string; locked: boolean; travelKm: number; visits: PlanViewVisit[] }[];
  unplaced: { tenancyId: string; customerName: string; reason: string }[];
  travelKmPerVisit: number | null;
  plannedAt: string | null;
}

const hhmm = (time: string) => time.slice(0, 5);
const round = (km: number) => Math.round(km * 100) / 100;
const at = (place: LatLng) => ({ x: place.longitude, y: place.latitude });

/**
 * Road kilometres of a day driven from the base to each home in time order and back. The
 * planner's own figure also counts drive-bys to other commitments; this one follows what
 * the advisor sees, so it stays right after they move a visit.
 */
export function dayTravelKm(base: LatLng, stops: readonly LatLng[]): number {
  let km = 0;
  let here = base;
  for (const stop of [...stops, base]) {
    km += roadEstimate(at(here), at(stop)).distanceKm;
    here = stop;
  }
  return km;
}

/** The latest run's horizon and cap, or the defaults from today when the patch has none. */
export async function latestRun(db: Database, patchId: string, today: string) {
  const [run] = await db
    .select()
    .from(livingWellPlanRuns)
    .where(eq(livingWellPlanRuns.patchId, patchId))
    .orderBy(desc(livingWellPlanRuns.finishedAt))
    .limit(1);
  return {
    run: run ?? null,
    from: run?.fromOn ?? today,
    to:
      run?.toOn ??
      Temporal.PlainDate.from(today)
        .add({ days: DEFAULT_HORIZON_WEEKS * 7 - 1 })
        .toString(),
    dailyCap: run?.dailyCap ?? DEFAULT_DAILY_CAP,
  };
}

/** The base of the patch's advisor, where each day's travel is counted from. */
export async function advisorBase(db: Database, patchId: string): Promise<LatLng | null> {
  const [row] = await db
    .select({ latitude: staff.homeBaseLatitude, longitude: staff.homeBaseLongitude })
    .from(patches)
    .innerJoin(staff, eq(staff.id, patches.advisorId))
    .where(eq(patches.id, patchId));
  return row ?? null;
}

/**
 * The stored plan of a patch as the advisor sees it: each day's visits in time order (the
 * route order), booked visits where the tenant booked them, locked days even when empty,
 * and what the last run could not place, with its reason.
 */
export async function loadPlanView(
  db: Database,
  patchId: string,
  now: Date,
  loaded?: TenancyState[],
): Promise<PlanView> {
  const today = londonDate(now);
  const [horizon, base, lockedRows, states] = await Promise.all([
    latestRun(db, patchId, today),
    advisorBase(db, patchId),
    db
      .select({ date: livingWellLockedDays.date })
      .from(livingWellLockedDays)
      .where(eq(livingWellLockedDays.patchId, patchId)),
    loaded ? Promise.resolve(loaded) : loadTenancyStates(db, [patchId], now),
  ]);
  const locked = new Set(lockedRows.map((row) => row.date));

  const byDay = new Map<string, PlanViewVisit[]>();
  const onPlan = new Set<string>();
  for (const state of states) {
    const visit = state.visit;
    const booked = state.booked;
    if (!visit && !(booked && booked.date >= horizon.from && booked.date <= horizon.to)) continue;
    const date = booked?.date ?? visit?.date ?? '';
    const startTime = booked?.startTime ?? hhmm(visit?.startTime ?? '');
    const endTime = booked?.endTime ?? hhmm(visit?.endTime ?? '');
    onPlan.add(state.tenancyId);
    const list = byDay.get(date) ?? [];
    list.push({
      tenancyId: state.tenancyId,
      customerName: state.customerName,
      addressLine1: state.addressLine1,
      postcode: state.postcode,
      latitude: state.latitude,
      longitude: state.longitude,
      startTime,
      endTime,
      kind: booked ? 'booked' : (visit?.kind ?? 'proposed'),
      late: booked ? booked.date > state.cadence.dueOn : (visit?.late ?? false),
      dueOn: state.cadence.dueOn,
      status: state.cadence.status,
    });
    byDay.set(date, list);
  }
  for (const date of locked) if (!byDay.has(date)) byDay.set(date, []);

  let totalKm = 0;
  let visitCount = 0;
  const days = [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, visits]) => {
      visits.sort((a, b) => a.startTime.localeCompare(b.startTime));
      const travelKm = base && visits.length > 0 ? dayTravelKm(base, visits) : 0;
      totalKm += travelKm;
      visitCount += visits.length;
      return { date, locked: locked.has(date), travelKm: round(travelKm), visits };
    });

  const names = new Map(states.map((s) => [s.tenancyId, s.customerName]));
  const unplaced = (horizon.run?.unplaced ?? [])
    .filter((u) => !onPlan.has(u.tenancyId) && names.has(u.tenancyId))
    .map((u) => ({
      tenancyId: u.tenancyId,
      customerName: names.get(u.tenancyId) ?? '',
      reason: u.reason,
    }));

  return {
    patchId,
    from: horizon.from,
    to: horizon.to,
    dailyCap: horizon.dailyCap,
    days,
    unplaced,
    travelKmPerVisit: visitCount === 0 ? null : round(totalKm / visitCount),
    plannedAt: horizon.run?.finishedAt.toISOString() ?? null,
  };
}
