/**
 * One pass over one member of staff's diary, in time order, yielding every start on the
 * slot grid at which they could do the visit. Their appointments were sorted once (in
 * prepare); every pointer below only moves forward, so the pass is linear in the number of
 * appointments plus the number of starts it yields.
 *
 * A start s (visit [s, s + duration)) is open when:
 * - the day is not a bank holiday or closure, not one of the customer's one-off dates, and
 *   the advisor is not on leave;
 * - the visit lies inside one working period [a, b) and the travel to it and away from it
 *   does too: from where the advisor is at a (the last visit that day, else the home base)
 *   and on to where they must be at b (the next visit that day, else the home base);
 * - it keeps clear of every appointment widened by the road travel between it and the
 *   visit's location (get there from the previous visit, on to the next one, in time);
 * - it misses the customer's weekly unavailable windows;
 * - it lies in the search range.
 */

import { roadEstimate } from '../routing/metrics';
import type { Prepared, PreparedStaff, Span, Stop } from './prepare';
import { localMinuteOfDay } from './prepare';

export interface OpenStart {
  /** Epoch minutes. */
  readonly start: number;
  readonly dayIndex: number;
  /** London minute of the day. */
  readonly localMinute: number;
  /** What the visit adds to this advisor's day: prev → visit → next instead of prev → next. */
  readonly addedKm: number;
  readonly addedMinutes: number;
}

export const onLeave = (member: PreparedStaff, date: string): boolean =>
  member.leave.some((range) => range.startsOn <= date && date <= range.endsOn);

/** Index of the first span still ending after `t`, moving forward from `from`. */
const skipEnded = (spans: readonly Span[], from: number, t: number): number => {
  let i = from;
  while (i < spans.length && (spans[i] as Span).end <= t) i++;
  return i;
};

/** Index of the first stop starting at or after `t`, moving forward from `from`. */
const skipStarted = (stops: readonly Stop[], from: number, t: number): number => {
  let i = from;
  while (i < stops.length && (stops[i] as Stop).start < t) i++;
  return i;
};

export const sweepStaff = (
  p: Prepared,
  member: PreparedStaff,
  range: { readonly from: number; readonly until: number },
): OpenStart[] => {
  const { stops, busy, base } = member;
  const { customerBusy, duration, grid } = p;
  const ceilGrid = (t: number) => Math.ceil(t / grid - 1e-9) * grid;
  const open: OpenStart[] = [];
  let busyAt = 0;
  let customerAt = 0;
  let periodStartAt = 0;
  let periodEndAt = 0;
  let slotAt = 0;
  // Travel between the neighbours a visit would sit between, cached for the current pair.
  let pairKey = '';
  let pair = { km: 0, minutes: 0 };

  p.days.forEach((day, dayIndex) => {
    if (day.closed || day.customerOff || day.end <= range.from || day.start >= range.until) return;
    const periods = member.pattern.get(day.patternDay);
    if (!periods || periods.length === 0 || onLeave(member, day.date)) return;
    const neighbour = (i: number): Stop | null => {
      const stop = stops[i];
      return stop && stop.start >= day.start && stop.start < day.end ? stop : null;
    };

    for (const period of periods) {
      const a = p.wallClock(day.date, period.start);
      const b = p.wallClock(day.date, period.end);
      periodStartAt = skipStarted(stops, periodStartAt, a);
      periodEndAt = skipStarted(stops, Math.max(periodEndAt, periodStartAt), b);
      const atStart = neighbour(periodStartAt - 1) ?? base;
      const atEnd = neighbour(periodEndAt) ?? base;
      const latest = b - atEnd.minutes - duration;
      let s = ceilGrid(Math.max(a + atStart.minutes, range.from));
      while (s <= latest && s < range.until) {
        busyAt = skipEnded(busy, busyAt, s);
        const clash = busy[busyAt];
        if (clash && clash.start < s + duration) {
          s = ceilGrid(clash.end);
          continue;
        }
        customerAt = skipEnded(customerBusy, customerAt, s);
        const unavailable = customerBusy[customerAt];
        if (unavailable && unavailable.start < s + duration) {
          s = ceilGrid(unavailable.end);
          continue;
        }
        slotAt = skipStarted(stops, slotAt, s);
        const prev = neighbour(slotAt - 1) ?? base;
        const next = neighbour(slotAt) ?? base;
        const key = `${slotAt}:${prev === base ? 'b' : 's'}${next === base ? 'b' : 's'}`;
        if (key !== pairKey) {
          pairKey = key;
          const road = roadEstimate(prev.point, next.point, p.travel);
          pair = { km: road.distanceKm, minutes: road.minutes };
        }
        open.push({
          start: s,
          dayIndex,
          localMinute: localMinuteOfDay(day, s),
          addedKm: prev.km + next.km - pair.km,
          addedMinutes: prev.minutes + next.minutes - pair.minutes,
        });
        s += grid;
      }
    }
  });
  return open;
};
