import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advisor, at, base, home, minutesBetween, request } from '../../test-support/booking';
import { londonDate, londonDateTime } from '../calendar/london';
import { rankInsertions } from '../routing/rank-insertions';
import type { Job, Plan, RoutingProblem } from '../routing/types';
import { availableSlots } from './availability';
import type { CandidateStaff, ExistingAppointment, GeoPoint, PatternDay } from './types';

const days = ['2026-06-02', '2026-06-03', '2026-06-04', '2026-06-05'] as const;
const patternKey: Record<string, PatternDay> = {
  '2026-06-02': 'tue',
  '2026-06-03': 'wed',
  '2026-06-04': 'thu',
  '2026-06-05': 'fri',
};
const ms = (t: { epochMilliseconds: number } | string) =>
  typeof t === 'string'
    ? londonDateTime(t.slice(0, 10), t.slice(11, 16)).epochMilliseconds
    : t.epochMilliseconds;

const appointmentArb = fc
  .record({
    day: fc.constantFrom(...days),
    startQuarter: fc.integer({ min: 7 * 4, max: 18 * 4 }),
    quarters: fc.integer({ min: 1, max: 8 }),
    dLat: fc.double({ min: -0.08, max: 0.08, noNaN: true }),
    dLon: fc.double({ min: -0.12, max: 0.12, noNaN: true }),
  })
  .map(({ day, startQuarter, quarters, dLat, dLon }): ExistingAppointment => {
    const start = londonDateTime(day, '00:00').add({ minutes: startQuarter * 15 });
    return {
      start: start.toString(),
      end: start.add({ minutes: quarters * 15 }).toString(),
      location: { latitude: home.latitude + dLat, longitude: home.longitude + dLon },
    };
  });

const periodArb = fc
  .tuple(
    fc.integer({ min: 7, max: 11 }),
    fc.integer({ min: 13, max: 14 }),
    fc.integer({ min: 15, max: 19 }),
  )
  .map(([start, lunch, end]) => [
    { start: `${String(start).padStart(2, '0')}:00`, end: `${lunch}:00` },
    { start: `${lunch}:30`, end: `${end}:00` },
  ]);

const staffArb = fc
  .record({
    appointments: fc.array(appointmentArb, { maxLength: 14 }),
    periods: periodArb,
  })
  .map(
    ({ appointments, periods }): CandidateStaff => ({
      ...advisor('alex'),
      appointments,
      workingPattern: Object.fromEntries(Object.values(patternKey).map((k) => [k, periods])),
    }),
  );

const travel = (a: GeoPoint, b: GeoPoint) => minutesBetween(a, b) * 60_000;

// Issue 6 §1 and 002 §8.13: a slot is offered only when the advisor can get there from the
// previous visit and on to the next one in time, inside their working hours.
describe('every slot (property)', () => {
  it('keeps clear of every appointment plus the travel to and from it, inside working hours', () => {
    fc.assert(
      fc.property(staffArb, fc.integer({ min: 0, max: 1 }), (staff, twoPerson) => {
        const colleague = { ...advisor('sam'), workingPattern: staff.workingPattern };
        const result = availableSlots(
          request({
            maxSlots: 1000,
            maxSlotsPerDay: 1000,
            granularityMinutes: 15,
            window: { to: '2026-06-05' },
            staff: twoPerson ? [staff, colleague] : [staff],
            profile: twoPerson ? { vulnerabilityFlags: ['do_not_visit_alone'] } : {},
          }),
        );
        for (const slot of result.slots) {
          const member = slot.staffIds[0] === 'alex' ? staff : colleague;
          const start = ms(slot.start);
          const end = ms(slot.end);
          for (const appointment of member.appointments) {
            const t = travel(appointment.location, home);
            const clear =
              end + t <= ms(appointment.start as string) ||
              ms(appointment.end as string) + t <= start;
            expect(clear).toBe(true);
          }
          const periods = member.workingPattern[patternKey[slot.date] as PatternDay] ?? [];
          const within = periods.some(
            (p) =>
              ms(londonDateTime(slot.date, p.start)) <= start &&
              end <= ms(londonDateTime(slot.date, p.end)),
          );
          expect(within).toBe(true);
          // The day starts and ends at the home base, with the drive in working time (unless
          // another visit that day comes between).
          const sameDay = member.appointments.filter((a) => londonDate(a.start) === slot.date);
          const t = travel(base, home);
          const first = periods[0] as { start: string };
          const last = periods.at(-1) as { end: string };
          if (!sameDay.some((a) => ms(a.start as string) < start)) {
            expect(start - t).toBeGreaterThanOrEqual(
              ms(londonDateTime(slot.date, first.start)) - 1,
            );
          }
          if (!sameDay.some((a) => ms(a.start as string) >= end)) {
            expect(end + t).toBeLessThanOrEqual(ms(londonDateTime(slot.date, last.end)) + 1);
          }
          expect(londonDate(slot.start)).toBe(slot.date);
          if (twoPerson) expect(slot.staffIds).toHaveLength(2);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('added travel (issue 6 §1: rankInsertions)', () => {
  it('equals the routing engine’s rankInsertions on the advisor’s day', () => {
    const stops: GeoPoint[] = [
      { latitude: 53.41, longitude: -2.93 },
      { latitude: 53.39, longitude: -2.88 },
      { latitude: 53.43, longitude: -2.86 },
    ];
    const times = [
      ['10:30', '11:00'],
      ['12:00', '12:30'],
      ['14:30', '15:00'],
    ] as const;
    const appointments = stops.map((location, i) => ({
      start: at('2026-06-03', (times[i] as readonly string[])[0] as string),
      end: at('2026-06-03', (times[i] as readonly string[])[1] as string),
      location,
    }));
    const result = availableSlots(
      request({
        maxSlots: 1000,
        maxSlotsPerDay: 1000,
        granularityMinutes: 15,
        window: { from: '2026-06-03', to: '2026-06-03' },
        staff: [advisor('alex', { appointments })],
      }),
    );
    // Slots in every gap: before the first visit, between each pair, after the last.
    const gaps = new Set(
      result.slots.map((s) => appointments.filter((a) => ms(a.start) < ms(s.start)).length),
    );
    expect(gaps).toEqual(new Set([0, 1, 2, 3]));

    // The same day as a routing problem: minutes after midnight, pinned existing visits.
    const midnight = londonDateTime('2026-06-03', '00:00').epochMilliseconds;
    const minute = (iso: string) => (ms(iso) - midnight) / 60_000;
    const point = (g: GeoPoint) => ({ x: g.longitude, y: g.latitude });
    const problem: RoutingProblem = {
      travel: { kind: 'road-estimate' },
      vehicles: [{ id: 'alex', start: point(base), shift: { start: 9 * 60, end: 17 * 60 } }],
      jobs: appointments.map((a, i) => ({
        id: `a${i}`,
        location: point(a.location),
        service: minute(a.end) - minute(a.start),
        pinnedVehicle: 'alex',
        pinnedStart: minute(a.start),
      })),
    };
    const plan: Plan = {
      routes: [
        {
          vehicleId: 'alex',
          departure: 0,
          arrival: 0,
          distance: 0,
          duration: 0,
          stops: problem.jobs.map((job) => ({
            kind: 'job' as const,
            jobId: job.id,
            arrival: 0,
            wait: 0,
            start: job.pinnedStart ?? 0,
            departure: 0,
          })),
        },
      ],
      unassigned: [],
      distance: 0,
      duration: 0,
    };
    const job: Job = { id: 'new', location: point(home), service: 30 };
    for (const slot of result.slots) {
      const start = (ms(slot.start) - midnight) / 60_000;
      const [ranked] = rankInsertions({ problem, plan }, job, [
        { vehicleId: 'alex', window: { start, end: start } },
      ]);
      expect(ranked?.addedDistance).toBeCloseTo(slot.addedTravelKm, 2);
    }
  });
});
