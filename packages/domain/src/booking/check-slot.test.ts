import { describe, expect, it } from 'vitest';
import { advisor, at, base, home, request } from '../../test-support/booking';
import { availableSlots, checkSlot } from './availability';
import type { AvailabilityRequest } from './types';

const schoolRun = {
  unavailableWeekly: [
    { day: 'wednesday' as const, from: '14:45', to: '15:30', label: 'school run' },
  ],
};
const busyTuesday = [
  { start: at('2026-06-02', '13:00'), end: at('2026-06-02', '17:00'), location: home },
];

// Issue 6, "Bad input and attack": a slot that is not on offer, or no longer is, is refused with the reason.
describe('checkSlot: is a chosen start (still) on offer?', () => {
  const refusals: {
    name: string;
    start: string;
    change?: Partial<AvailabilityRequest>;
    code: string;
    reason: string | RegExp;
  }[] = [
    {
      name: 'too soon (24 hours ahead at the earliest, issue 3)',
      start: at('2026-06-02', '09:30'),
      code: 'too_soon',
      reason:
        'Tuesday 2 June 2026 at 09:30 is too soon: the earliest the visit can be is Tuesday 2 June 2026 at 10:00 (Repair inspection at a time the customer chose: 24 hours ahead at the earliest).',
    },
    {
      name: 'after the booking window',
      start: at('2026-06-10', '10:00'),
      change: { window: { to: '2026-06-09' } },
      code: 'too_late',
      reason:
        'Wednesday 10 June 2026 at 10:00 is too late: the booking window closes at the end of Tuesday 9 June 2026.',
    },
    {
      name: 'not on the half hour',
      start: at('2026-06-03', '10:10'),
      code: 'not_a_slot_time',
      reason:
        'Visits start every 30 minutes from the hour: Wednesday 3 June 2026 at 10:10 is not one of the times offered.',
    },
    {
      name: 'a bank holiday (Christmas Day 2026)',
      start: at('2026-12-25', '10:00'),
      change: { now: '2026-12-21T09:00:00Z' },
      code: 'closed',
      reason:
        'Friday 25 December 2026 is a bank holiday or a day the office is closed: no visits are booked then.',
    },
    {
      name: 'the school run (002 §8.13)',
      start: at('2026-06-03', '14:30'),
      change: { profile: schoolRun },
      code: 'customer_unavailable',
      reason: 'Clashes with a time the customer cannot do (school run, Wednesdays 14:45–15:30).',
    },
    {
      name: 'outside working hours',
      start: at('2026-06-03', '18:00'),
      code: 'no_one_working',
      reason:
        'No one who can do this visit is working at Wednesday 3 June 2026 at 18:00. Please choose another time.',
    },
    {
      name: 'just taken',
      start: at('2026-06-02', '14:00'),
      change: { staff: [advisor('alex', { appointments: busyTuesday })] },
      code: 'taken',
      reason:
        'Tuesday 2 June 2026 at 14:00 is no longer free: it may just have been taken. Please choose another time.',
    },
    {
      name: 'home visits restricted (000 §2.26)',
      start: at('2026-06-03', '10:00'),
      change: {
        profile: {
          contactRestrictions: [
            { kind: 'no_home_visits', startsOn: '2026-01-01', reviewOn: '2026-12-31' },
          ],
        },
      },
      code: 'cannot_book',
      reason: 'This customer must not be visited at home: meet at an agreed venue instead.',
    },
    {
      name: "the deadline cannot be met (Awaab's Law)",
      start: at('2026-06-03', '10:00'),
      change: { type: 'damp_mould_investigation', reportedAt: '2026-05-01T09:00:00+01:00' },
      code: 'escalation',
      reason: /Escalate to a manager now\.$/,
    },
  ];

  it.each(refusals)('refuses $name', ({ start, change, code, reason }) => {
    const result = checkSlot(request(change), start);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe(code);
    if (typeof reason === 'string') expect(result.reason).toBe(reason);
    else expect(result.reason).toMatch(reason);
  });

  it('accepts every slot availableSlots offers, with the same staff and times', () => {
    const req = request({
      staff: [advisor('alex', { appointments: busyTuesday }), advisor('sam')],
      profile: schoolRun,
    });
    for (const slot of availableSlots(req).slots) {
      const result = checkSlot(req, slot.start);
      expect(result).toEqual({ ok: true, slot });
    }
  });

  it('accepts an open time beyond the offered list, and picks fresh staff when the shown one is taken', () => {
    const req = request({ maxSlots: 1, staff: [advisor('alex'), advisor('sam')] });
    const later = at('2026-06-19', '15:00');
    expect(availableSlots(req).slots.map((s) => s.start.toString())).not.toContain(later);
    const taken = request({
      staff: [
        advisor('alex', {
          appointments: [
            { start: at('2026-06-19', '14:00'), end: at('2026-06-19', '16:00'), location: base },
          ],
        }),
        advisor('sam'),
      ],
    });
    const result = checkSlot(taken, later, { preferStaffIds: ['alex'] });
    expect(result.ok && result.slot.staffIds).toEqual(['sam']);
  });

  it('keeps the staff the tenant was shown when they are still free', () => {
    const req = request({ staff: [advisor('alex'), advisor('sam')] });
    const start = at('2026-06-03', '11:00');
    expect(checkSlot(req, start).ok && checkSlot(req, start)).toMatchObject({
      slot: { staffIds: ['alex'] },
    });
    expect(checkSlot(req, start, { preferStaffIds: ['sam'] })).toMatchObject({
      ok: true,
      slot: { staffIds: ['sam'], startTime: '11:00', endTime: '11:30' },
    });
  });

  it('needs both staff free for a two-person visit', () => {
    const req = request({
      profile: { vulnerabilityFlags: ['do_not_visit_alone'] },
      staff: [advisor('alex', { appointments: busyTuesday }), advisor('sam')],
    });
    expect(checkSlot(req, at('2026-06-02', '14:00'))).toMatchObject({ ok: false, code: 'taken' });
    expect(checkSlot(req, at('2026-06-02', '11:00'))).toMatchObject({
      ok: true,
      slot: { staffIds: ['alex', 'sam'] },
    });
    expect(
      checkSlot(req, at('2026-06-02', '11:00'), { preferStaffIds: ['sam', 'alex'] }),
    ).toMatchObject({
      ok: true,
      slot: { staffIds: ['sam', 'alex'] },
    });
  });
});
