import { describe, expect, it } from 'vitest';
import { planMeetings } from './planner';
import type { PlannerInput } from './planner-types';

const base = { latitude: 53.482, longitude: -2.89 };
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

// Two working weeks from Monday 30 November 2026; twelve homes spread over a few streets.
const input = (extra: Partial<PlannerInput> = {}): PlannerInput => ({
  from: '2026-11-30',
  to: '2026-12-11',
  base,
  workingHours: { start: '09:00', end: '17:00' },
  dailyCap: 4,
  leave: [],
  commitments: [
    {
      date: '2026-12-01',
      startTime: '13:00',
      endTime: '15:00',
      location: { latitude: 53.47, longitude: -2.88 },
      label: 'drop-in',
    },
  ],
  fixed: [
    {
      tenancyId: 'booked',
      date: '2026-12-01',
      startTime: '10:15',
      durationMinutes: 60,
      location: { latitude: 53.49, longitude: -2.9 },
      kind: 'booked',
    },
  ],
  lockedDays: [],
  meetings: Array.from({ length: 12 }, (_, i) => ({
    tenancyId: `t${i}`,
    dueOn: '2026-12-11',
    earliestOn: '2026-11-30',
    location: { latitude: 53.47 + (i % 4) * 0.004, longitude: -2.9 + Math.floor(i / 4) * 0.006 },
    durationMinutes: i % 3 === 0 ? 90 : 60,
    ...(i === 5
      ? { unavailableWeekly: [{ day: 'monday' as const, from: '09:00', to: '12:00' }] }
      : {}),
  })),
  ...extra,
});

describe('planMeetings with startEveryMinutes', () => {
  it('starts proposed visits on the half hour where the day allows, keeps booked ones exactly, and nothing overlaps', () => {
    const plan = planMeetings(input({ startEveryMinutes: 30 }), { seed: 2, timeLimitMs: 300 });
    expect(plan.unplaced).toEqual([]);
    const visits = plan.days.flatMap((day) => day.visits);
    expect(visits).toHaveLength(13);
    // A visit whose rounding would make the advisor late for what follows (the booked visit,
    // the drop-in, lunch, the end of the day) starts on the next 5 minutes instead, or at
    // its exact time when even that would not fit (only on the crowded Tuesday here).
    const proposed = visits.filter((v) => v.kind === 'proposed');
    const onGrid = proposed.filter((v) => minutes(v.startTime) % 30 === 0);
    expect(onGrid.length).toBeGreaterThanOrEqual(proposed.length / 2);
    const exact = proposed.filter((v) => minutes(v.startTime) % 5 !== 0);
    expect(exact.every((v) => v.date === '2026-12-01')).toBe(true);
    expect(visits.find((v) => v.tenancyId === 'booked')?.startTime).toBe('10:15');
    for (const day of plan.days) {
      const sorted = [...day.visits].sort((a, b) => a.startTime.localeCompare(b.startTime));
      for (let i = 1; i < sorted.length; i++) {
        expect(minutes(sorted[i]?.startTime ?? '') >= minutes(sorted[i - 1]?.endTime ?? '')).toBe(
          true,
        );
      }
      for (const visit of day.visits) {
        expect(visit.startTime >= '09:00' && visit.endTime <= '17:00').toBe(true);
      }
    }
    const monday = visits.find((v) => v.tenancyId === 't5');
    if (monday?.date === '2026-11-30' || monday?.date === '2026-12-07') {
      expect(minutes(monday.startTime)).toBeGreaterThanOrEqual(12 * 60);
    }
  });

  it('puts every visit of a day with room to spare on the grid', () => {
    const plan = planMeetings(
      input({ startEveryMinutes: 30, dailyCap: 2, commitments: [], fixed: [] }),
      {
        seed: 2,
        timeLimitMs: 300,
      },
    );
    const visits = plan.days.flatMap((day) => day.visits);
    expect(visits).toHaveLength(12);
    expect(visits.every((v) => minutes(v.startTime) % 30 === 0)).toBe(true);
  });

  it('gives exact route times without it', () => {
    const plan = planMeetings(input(), { seed: 2, timeLimitMs: 300 });
    const starts = plan.days.flatMap((day) => day.visits.map((v) => minutes(v.startTime) % 30));
    expect(starts.some((m) => m !== 0)).toBe(true);
  });
});
