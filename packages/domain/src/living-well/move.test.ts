import { describe, expect, it } from 'vitest';
import { checkVisitMove, type DayBooking } from './move';
import type { PlanMeeting } from './planner-types';

// Monday 30 November 2026 to Thursday 31 December 2026; Christmas and Boxing Day (moved to
// Monday 28th) are bank holidays.
const rules = {
  from: '2026-11-30',
  to: '2026-12-31',
  workingHours: { start: '09:00', end: '17:00' },
  dailyCap: 2,
  leave: [{ startsOn: '2026-12-14', endsOn: '2026-12-15' }],
  closedDays: ['2026-12-29'],
  lockedDays: ['2026-12-03'],
};
const meeting: PlanMeeting = {
  tenancyId: 't1',
  dueOn: '2026-12-18',
  earliestOn: '2026-12-02',
  location: { latitude: 53.48, longitude: -2.89 },
  durationMinutes: 60,
  unavailableWeekly: [{ day: 'monday', from: '08:15', to: '09:15' }],
  unavailableDates: ['2026-12-10'],
};
const move = (date: string, startTime = '10:00', sameDay: DayBooking[] = [], extra = {}) =>
  checkVisitMove({ ...rules, ...extra }, meeting, { date, startTime }, sameDay);
const visit = (startTime: string, endTime: string): DayBooking => ({
  startTime,
  endTime,
  label: 'the visit to 4 Elm Road',
  kind: 'meeting',
});

describe('checkVisitMove', () => {
  it('allows a working day inside the range, and gives the end time', () => {
    expect(move('2026-12-08', '14:30')).toEqual({ ok: true, endTime: '15:30' });
  });

  it('refuses a weekend, a bank holiday, a closure and leave, each saying which', () => {
    expect(move('2026-12-05')).toEqual({
      ok: false,
      reason: 'Saturday 5 December 2026 is a weekend.',
    });
    expect(move('2026-12-25')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/bank holiday/),
    });
    expect(move('2026-12-29')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/closed/),
    });
    expect(move('2026-12-14')).toEqual({
      ok: false,
      reason: 'The advisor is on leave on Monday 14 December 2026.',
    });
  });

  it('refuses a locked day and a day outside the plan', () => {
    expect(move('2026-12-03')).toEqual({
      ok: false,
      reason: 'Thursday 3 December 2026 is locked. Unlock it first.',
    });
    expect(move('2027-01-04')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/outside this plan/),
    });
  });

  it('refuses a day after the due date or before notice can reach the tenant', () => {
    const after = move('2026-12-21');
    expect(after).toEqual({
      ok: false,
      reason:
        'This meeting can only be held between Wednesday 2 December 2026 and Friday 18 December 2026: it is due by Friday 18 December 2026, no more than 2 months early, and written notice must reach the tenant first.',
    });
    expect(move('2026-12-01')).toMatchObject({ ok: false });
  });

  it('lets an overdue meeting go any time from its earliest date', () => {
    const overdue = { ...meeting, dueOn: '2026-11-01' };
    expect(checkVisitMove(rules, overdue, { date: '2026-12-30', startTime: '10:00' }, [])).toEqual({
      ok: true,
      endTime: '11:00',
    });
  });

  it('refuses times the tenant cannot do and times outside the working day', () => {
    expect(move('2026-12-07', '09:00')).toEqual({
      ok: false,
      reason: 'The tenant cannot do that time on Monday 7 December 2026 (not 08:15–09:15).',
    });
    expect(move('2026-12-10')).toEqual({
      ok: false,
      reason: 'The tenant cannot do Thursday 10 December 2026.',
    });
    expect(move('2026-12-08', '16:30')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/does not fit in the working day \(09:00 to 17:00\)/),
    });
  });

  it('refuses a full day and an overlap, but a commitment does not count towards the cap', () => {
    expect(move('2026-12-08', '14:00', [visit('09:30', '10:30'), visit('11:00', '12:00')])).toEqual(
      {
        ok: false,
        reason: 'Tuesday 8 December 2026 already has 2 meetings, the most in a day (2).',
      },
    );
    expect(move('2026-12-08', '10:00', [visit('09:30', '10:30')])).toEqual({
      ok: false,
      reason:
        'It would overlap the visit to 4 Elm Road from 09:30 to 10:30 on Tuesday 8 December 2026.',
    });
    const dropIn: DayBooking = {
      startTime: '13:00',
      endTime: '15:00',
      label: 'the drop-in',
      kind: 'commitment',
    };
    expect(move('2026-12-08', '10:00', [visit('11:00', '12:00'), dropIn])).toEqual({
      ok: true,
      endTime: '11:00',
    });
  });

  it('keeps a two-person visit to the days a colleague can come', () => {
    const pair = { ...meeting, twoPerson: true };
    const days = { pairDays: ['2026-12-09'] };
    expect(
      checkVisitMove({ ...rules, ...days }, pair, { date: '2026-12-08', startTime: '10:00' }, []),
    ).toMatchObject({ ok: false, reason: expect.stringMatching(/needs two people/) });
    expect(
      checkVisitMove({ ...rules, ...days }, pair, { date: '2026-12-09', startTime: '10:00' }, []),
    ).toMatchObject({ ok: true });
  });
});
