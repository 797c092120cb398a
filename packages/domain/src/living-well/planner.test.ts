import { describe, expect, it } from 'vitest';
import { anniversaryBaseline } from './baseline';
import { planMeetings } from './planner';
import type { PlanMeeting, PlannerInput, PlanResult } from './planner-types';

const base = { latitude: 53.482, longitude: -2.89 };
const near = (dLat: number, dLng: number) => ({
  latitude: base.latitude + dLat,
  longitude: base.longitude + dLng,
});

const meeting = (tenancyId: string, dueOn: string, extra: Partial<PlanMeeting> = {}) => ({
  tenancyId,
  dueOn,
  location: near(0.005, 0.005),
  durationMinutes: 60,
  earliestOn: '2026-11-30',
  ...extra,
});

// Monday 30 November to Friday 18 December 2026: three working weeks, no bank holidays.
const input = (extra: Partial<PlannerInput> = {}): PlannerInput => ({
  from: '2026-11-30',
  to: '2026-12-18',
  base,
  workingHours: { start: '09:00', end: '17:00' },
  dailyCap: 5,
  leave: [],
  commitments: [],
  fixed: [],
  lockedDays: [],
  meetings: [],
  ...extra,
});

const options = { seed: 3, timeLimitMs: 300 };
const visitOf = (plan: PlanResult, tenancyId: string) =>
  plan.days.flatMap((day) => day.visits).find((visit) => visit.tenancyId === tenancyId);
const datesOf = (plan: PlanResult) =>
  plan.days.flatMap((day) => day.visits.map((visit) => visit.date));

describe('planMeetings', () => {
  it('places a meeting on or before its due date and no more than two months early', () => {
    const plan = planMeetings(
      input({
        from: '2026-11-30',
        to: '2027-03-31',
        meetings: [meeting('early', '2027-03-10'), meeting('soon', '2026-12-02')],
      }),
      options,
    );
    expect(plan.unplaced).toEqual([]);
    const early = visitOf(plan, 'early')?.date ?? '';
    expect(early >= '2027-01-10' && early <= '2027-03-10').toBe(true);
    const soon = visitOf(plan, 'soon');
    expect((soon?.date ?? '') <= '2026-12-02').toBe(true);
    expect(soon?.late).toBe(false);
  });

  it('keeps off the advisor’s leave', () => {
    const plan = planMeetings(
      input({
        leave: [{ startsOn: '2026-11-30', endsOn: '2026-12-10' }],
        meetings: [meeting('a', '2026-12-18'), meeting('b', '2026-12-18')],
      }),
      options,
    );
    expect(datesOf(plan).every((date) => date >= '2026-12-11')).toBe(true);
    const blocked = planMeetings(
      input({
        leave: [{ startsOn: '2026-11-30', endsOn: '2026-12-18' }],
        meetings: [meeting('a', '2026-12-18')],
      }),
      options,
    );
    expect(blocked.unplaced).toEqual([
      {
        tenancyId: 'a',
        reason:
          'The advisor has no open working day between Monday 30 November 2026 and Friday 18 December 2026.',
      },
    ]);
  });

  it('keeps off bank holidays and weekends', () => {
    // 25 and 28 December 2026 and 1 January 2027 are bank holidays.
    const plan = planMeetings(
      input({
        from: '2026-12-24',
        to: '2027-01-04',
        meetings: Array.from({ length: 10 }, (_, i) => meeting(`m${i}`, '2027-01-04')),
        dailyCap: 2,
      }),
      options,
    );
    expect(plan.unplaced).toEqual([]);
    expect(new Set(datesOf(plan))).toEqual(
      new Set(['2026-12-24', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-04']),
    );
  });

  it('works around a drop-in commitment, including getting to the venue', () => {
    const plan = planMeetings(
      input({
        from: '2026-12-01',
        to: '2026-12-01',
        workingHours: { start: '09:00', end: '14:00' },
        commitments: [
          {
            date: '2026-12-01',
            startTime: '10:00',
            endTime: '12:00',
            location: near(0.01, 0),
            label: 'Drop-in',
          },
        ],
        meetings: [meeting('a', '2026-12-01'), meeting('b', '2026-12-01')],
      }),
      options,
    );
    // With travel, an hour's visit cannot end by 10:00, and only one fits from 12:00 to 14:00.
    expect(plan.visitCount).toBe(1);
    const [visit] = plan.days.flatMap((day) => day.visits);
    expect(visit && visit.startTime >= '12:00').toBe(true);
    expect(plan.unplaced[0]?.reason).toMatch(/fits around the advisor's other visits/);
  });

  it('never puts more than the daily cap on one day', () => {
    const plan = planMeetings(
      input({
        to: '2026-12-01',
        dailyCap: 3,
        meetings: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) =>
          meeting(id, '2026-12-01', { durationMinutes: 30 }),
        ),
      }),
      options,
    );
    expect(plan.days.map((day) => day.visits.length)).toEqual([3, 3]);
    expect(plan.unplaced).toHaveLength(1);
    expect(plan.unplaced[0]?.reason).toBe(
      'Every open day between Monday 30 November 2026 and Tuesday 1 December 2026 is full (3 meetings a day at most).',
    );
  });

  it('respects the times and dates the tenant cannot do', () => {
    const plan = planMeetings(
      input({
        from: '2026-11-30',
        to: '2026-12-02',
        meetings: [
          meeting('school-run', '2026-12-02', {
            unavailableDates: ['2026-11-30', '2026-12-01'],
            unavailableWeekly: [{ day: 'wednesday', from: '09:00', to: '15:30' }],
          }),
        ],
      }),
      options,
    );
    const visit = visitOf(plan, 'school-run');
    expect(visit?.date).toBe('2026-12-02');
    expect(visit && visit.startTime >= '15:30').toBe(true);
    const never = planMeetings(
      input({
        to: '2026-11-30',
        meetings: [
          meeting('never', '2026-11-30', {
            unavailableWeekly: [{ day: 'monday', from: '08:00', to: '18:00' }],
          }),
        ],
      }),
      options,
    );
    expect(never.unplaced[0]?.reason).toMatch(/times the tenant cannot do leave no time/);
  });

  it('waits for notice and interpreter lead times', () => {
    const plan = planMeetings(
      input({ meetings: [meeting('interpreted', '2026-12-18', { earliestOn: '2026-12-14' })] }),
      options,
    );
    expect((visitOf(plan, 'interpreted')?.date ?? '') >= '2026-12-14').toBe(true);
  });

  it('puts a two-person visit only on a day a colleague can come', () => {
    const plan = planMeetings(
      input({
        pairDays: ['2026-12-09'],
        meetings: [meeting('pair', '2026-12-18', { twoPerson: true })],
      }),
      options,
    );
    expect(visitOf(plan, 'pair')?.date).toBe('2026-12-09');
    const none = planMeetings(
      input({ pairDays: [], meetings: [meeting('pair', '2026-12-18', { twoPerson: true })] }),
      options,
    );
    expect(none.unplaced[0]?.reason).toMatch(/No colleague is free/);
  });

  it('keeps booked visits and locked days exactly, and adds nothing to a locked day', () => {
    const plan = planMeetings(
      input({
        to: '2026-12-01',
        lockedDays: ['2026-11-30'],
        fixed: [
          {
            tenancyId: 'locked',
            date: '2026-11-30',
            startTime: '10:00',
            durationMinutes: 60,
            location: near(0.01, 0.01),
            kind: 'locked',
          },
          {
            tenancyId: 'booked',
            date: '2026-12-01',
            startTime: '14:00',
            durationMinutes: 60,
            location: near(-0.01, 0.01),
            kind: 'booked',
          },
        ],
        meetings: [meeting('new', '2026-12-01')],
      }),
      options,
    );
    expect(visitOf(plan, 'locked')).toMatchObject({
      date: '2026-11-30',
      startTime: '10:00',
      kind: 'locked',
    });
    expect(visitOf(plan, 'booked')).toMatchObject({
      date: '2026-12-01',
      startTime: '14:00',
      kind: 'booked',
    });
    expect(visitOf(plan, 'new')?.date).toBe('2026-12-01');
    expect(plan.days.find((day) => day.date === '2026-11-30')?.locked).toBe(true);
  });

  it('returns every meeting unplaced, with the reason, when there is no capacity', () => {
    const plan = planMeetings(
      input({ dailyCap: 0, meetings: [meeting('a', '2026-12-18'), meeting('b', '2026-12-18')] }),
      options,
    );
    expect(plan.days).toEqual([]);
    expect(plan.unplaced).toEqual([
      { tenancyId: 'a', reason: 'The daily cap is 0 meetings, so nothing can be planned.' },
      { tenancyId: 'b', reason: 'The daily cap is 0 meetings, so nothing can be planned.' },
    ]);
    expect(plan.travelKmPerVisit).toBeNull();
  });

  it('places an overdue meeting as soon as it can, marked late', () => {
    const plan = planMeetings(input({ meetings: [meeting('overdue', '2026-10-01')] }), options);
    expect(visitOf(plan, 'overdue')).toMatchObject({ late: true });
  });

  it('refuses a working day that ends before it starts', () => {
    expect(() => planMeetings(input({ workingHours: { start: '17:00', end: '09:00' } }))).toThrow(
      'The working day must end after it starts.',
    );
  });

  it('puts homes near each other on the same day, and travels less than booking anniversaries', () => {
    const east = ['e1', 'e2', 'e3', 'e4'].map((id, i) =>
      meeting(id, ['2026-12-01', '2026-12-08', '2026-12-15', '2026-12-17'][i] as string, {
        location: near(0.001 * i, 0.06),
      }),
    );
    const west = ['w1', 'w2', 'w3', 'w4'].map((id, i) =>
      meeting(id, ['2026-12-02', '2026-12-09', '2026-12-16', '2026-12-18'][i] as string, {
        location: near(0.001 * i, -0.06),
      }),
    );
    const problem = input({ dailyCap: 4, meetings: [...east, ...west] });
    const plan = planMeetings(problem, options);
    expect(plan.unplaced).toEqual([]);
    const dayOf = (id: string) => visitOf(plan, id)?.date;
    expect(new Set(east.map((m) => dayOf(m.tenancyId))).size).toBe(1);
    expect(new Set(west.map((m) => dayOf(m.tenancyId))).size).toBe(1);
    const baseline = anniversaryBaseline(problem);
    expect(baseline.visitCount).toBe(8);
    expect(plan.travelKmPerVisit).toBeLessThan((baseline.travelKmPerVisit ?? 0) * 0.7);
  });
});
