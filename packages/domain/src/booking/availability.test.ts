import { describe, expect, it } from 'vitest';
import { advisor, at, base, east, home, minutesBetween, request } from '../../test-support/booking';
import { unavailabilityClashes } from '../access-needs/unavailability';
import { londonDateTime } from '../calendar/london';
import { DomainError } from '../errors';
import { configureNoticeRules } from '../notices/rules';
import { availableSlots, slotsByDay } from './availability';
import type { AvailabilityRequest, AvailableSlot } from './types';

const all = { maxSlots: 1000, maxSlotsPerDay: 1000 } as const;
const starts = (slots: readonly AvailableSlot[]) => slots.map((s) => `${s.date} ${s.startTime}`);
const times = (slots: readonly AvailableSlot[], date: string) =>
  slots
    .filter((s) => s.date === date)
    .map((s) => s.startTime)
    .sort();
/** The next multiple of 30 minutes at or after `minutes` past midnight, as HH:MM. */
const onGrid = (minutes: number) => {
  const m = Math.ceil(minutes / 30) * 30;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};
const baseToHome = minutesBetween(base, home);

describe('travel between visits (issue 6 §1: road estimate from the routing engine)', () => {
  const cases = [
    { name: 'next door (0.2 km)', km: 0.2 },
    { name: 'across town (5 km)', km: 5 },
    { name: 'far side of the patch (15 km)', km: 15 },
  ];
  it.each(cases)(
    'a visit $name away from 11:00–12:00 is offered only with time to travel',
    ({ km }) => {
      const other = east(km);
      const travel = minutesBetween(home, other);
      const result = availableSlots(
        request({
          ...all,
          window: { to: '2026-06-02' },
          staff: [
            advisor('alex', {
              appointments: [
                {
                  start: at('2026-06-02', '11:00'),
                  end: at('2026-06-02', '12:00'),
                  location: other,
                },
              ],
            }),
          ],
        }),
      );
      const day = times(result.slots, '2026-06-02');
      // Before: the 30-minute visit plus the drive must end by 11:00.
      // (10:00 is the earliest lawful start: 24 hours after the tenant opened the link.)
      const lastBefore = day.filter((t) => t < '11:00').at(-1);
      const [h, m] = (lastBefore ?? '09:30').split(':').map(Number) as [number, number];
      if (lastBefore) expect(h * 60 + m + 30 + travel).toBeLessThanOrEqual(11 * 60);
      expect(h * 60 + m + 30 + 30 + travel).toBeGreaterThan(11 * 60);
      // After: the first start is the first half hour after 12:00 plus the drive.
      expect(day.find((t) => t >= '11:00')).toBe(onGrid(12 * 60 + travel));
    },
  );

  it('starts the day at the home base and ends it there (the advisor drives in working time)', () => {
    const result = availableSlots(request({ ...all, window: { to: '2026-06-02' } }));
    const day = times(result.slots, '2026-06-02');
    // 10:00 is the earliest lawful start (24 hours' lead), the base is ~17 minutes away.
    expect(baseToHome).toBeGreaterThan(15);
    expect(day[0]).toBe('10:00');
    expect(day.at(-1)).toBe('16:00');
    const wednesday = availableSlots(
      request({ ...all, window: { from: '2026-06-03', to: '2026-06-03' } }),
    );
    expect(times(wednesday.slots, '2026-06-03')[0]).toBe(onGrid(9 * 60 + baseToHome));
  });

  it('does not travel during a break between working periods (it starts from the last visit after it)', () => {
    const other = east(10);
    const result = availableSlots(
      request({
        ...all,
        window: { from: '2026-06-03', to: '2026-06-03' },
        staff: [
          advisor('alex', {
            workingPattern: {
              wed: [
                { start: '09:00', end: '12:30' },
                { start: '13:30', end: '17:00' },
              ],
            },
            appointments: [
              { start: at('2026-06-03', '11:30'), end: at('2026-06-03', '12:30'), location: other },
            ],
          }),
        ],
      }),
    );
    const day = times(result.slots, '2026-06-03');
    expect(day.filter((t) => t >= '12:30')[0]).toBe(
      onGrid(13 * 60 + 30 + minutesBetween(other, home)),
    );
    expect(day).not.toContain('12:00');
  });

  it('ranks a slot next to a nearby visit above one that means a separate trip (rankInsertions metric)', () => {
    const result = availableSlots(
      request({
        window: { to: '2026-06-03' },
        staff: [
          advisor('alex', {
            appointments: [
              {
                start: at('2026-06-02', '13:00'),
                end: at('2026-06-02', '14:00'),
                location: east(0.3),
              },
            ],
          }),
        ],
      }),
    );
    const best = result.slots[0] as AvailableSlot;
    expect(best.date).toBe('2026-06-02');
    expect(best.addedTravelKm).toBeLessThan(1);
    const separate = result.slots.find((s) => s.date === '2026-06-03') as AvailableSlot;
    expect(separate.addedTravelKm).toBeGreaterThan(best.addedTravelKm);
    expect(separate.score).toBeLessThan(best.score);
  });

  it('leaves out the appointment being rescheduled', () => {
    const appointment = {
      id: 'mine',
      start: at('2026-06-02', '10:00'),
      end: at('2026-06-02', '17:00'),
      location: home,
    };
    const staff = [advisor('alex', { appointments: [appointment] })];
    const window = { to: '2026-06-02' };
    expect(availableSlots(request({ window, staff })).slots).toEqual([]);
    expect(
      availableSlots(request({ window, staff, ignoreAppointmentIds: ['mine'] })).slots.length,
    ).toBeGreaterThan(0);
  });
});

describe('times the customer cannot do (002 §8.13: around the school run)', () => {
  const schoolRun = {
    profile: {
      unavailableWeekly: (
        ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const
      ).flatMap((day) => [
        { day, from: '08:30', to: '09:30', label: 'school run' },
        { day, from: '14:45', to: '15:30', label: 'school run' },
      ]),
      unavailableDates: ['2026-06-04'],
    },
  };
  const result = availableSlots(request({ ...all, ...schoolRun, window: { to: '2026-06-05' } }));

  it.each([
    { start: '14:30', why: 'would run into the afternoon school run' },
    { start: '15:00', why: 'inside the school run' },
  ])('does not offer $start ($why)', ({ start }) => {
    expect(times(result.slots, '2026-06-03')).not.toContain(start);
  });

  it('offers the times either side', () => {
    expect(times(result.slots, '2026-06-03')).toEqual(
      expect.arrayContaining(['09:30', '14:00', '15:30']),
    );
  });

  it('offers nothing on a one-off date the customer cannot do', () => {
    expect(times(result.slots, '2026-06-04')).toEqual([]);
  });

  it('agrees with unavailabilityClashes on every slot', () => {
    for (const slot of result.slots) {
      expect(unavailabilityClashes(schoolRun.profile, slot.start, 30)).toEqual([]);
    }
  });
});

describe('working calendar (issue 3: bank holidays and closures; staff leave)', () => {
  it.each([
    { date: '2026-12-25', why: 'Christmas Day' },
    { date: '2026-12-28', why: 'Boxing Day (substitute day)' },
    { date: '2026-12-29', why: 'an organisation closure day' },
  ])('offers nothing on $date, $why', ({ date }) => {
    const result = availableSlots(
      request({
        ...all,
        now: '2026-12-21T09:00:00Z',
        window: { from: '2026-12-21', to: '2026-12-31' },
        closedDays: ['2026-12-29'],
      }),
    );
    expect(times(result.slots, date)).toEqual([]);
    expect(times(result.slots, '2026-12-24').length).toBeGreaterThan(0);
    expect(times(result.slots, '2026-12-30').length).toBeGreaterThan(0);
  });

  it('offers nothing while the advisor is on leave, and uses a colleague instead', () => {
    const leave = [{ startsOn: '2026-06-03', endsOn: '2026-06-04' }];
    const alone = availableSlots(
      request({ ...all, window: { to: '2026-06-05' }, staff: [advisor('alex', { leave })] }),
    );
    expect(new Set(alone.slots.map((s) => s.date))).toEqual(new Set(['2026-06-02', '2026-06-05']));
    const withColleague = availableSlots(
      request({
        ...all,
        window: { to: '2026-06-05' },
        staff: [advisor('alex', { leave }), advisor('sam')],
      }),
    );
    const onLeaveDays = withColleague.slots.filter((s) => s.date === '2026-06-03');
    expect(onLeaveDays.length).toBeGreaterThan(0);
    expect(onLeaveDays.every((s) => s.staffIds[0] === 'sam')).toBe(true);
  });

  it('works the days in the pattern, weekends included when the pattern says so', () => {
    const result = availableSlots(
      request({
        ...all,
        window: { to: '2026-06-07' },
        staff: [advisor('alex', { workingPattern: { sat: [{ start: '10:00', end: '13:00' }] } })],
      }),
    );
    expect(new Set(result.slots.map((s) => s.date))).toEqual(new Set(['2026-06-06']));
  });
});

describe('two-person visits (000 §2.25: two_person_visits; do_not_visit_alone)', () => {
  const twoPerson = { profile: { vulnerabilityFlags: ['do_not_visit_alone' as const] } };
  const morningBusy = [
    { start: at('2026-06-02', '09:00'), end: at('2026-06-02', '13:00'), location: base },
  ];

  it('offers only times when a second colleague is free too, and names both', () => {
    const result = availableSlots(
      request({
        ...all,
        ...twoPerson,
        window: { to: '2026-06-02' },
        staff: [advisor('alex'), advisor('sam', { appointments: morningBusy })],
      }),
    );
    expect(result.requirements.staffCount).toBe(2);
    const day = times(result.slots, '2026-06-02');
    expect(day[0]).toBe(onGrid(13 * 60 + baseToHome));
    for (const slot of result.slots) expect([...slot.staffIds].sort()).toEqual(['alex', 'sam']);
  });

  it('picks the pair that adds least travel when there is a choice', () => {
    const far = { ...base, latitude: base.latitude + 0.2 };
    const result = availableSlots(
      request({
        ...twoPerson,
        window: { to: '2026-06-02' },
        staff: [advisor('far', { homeBase: far }), advisor('alex'), advisor('sam')],
      }),
    );
    for (const slot of result.slots) expect(slot.staffIds).toEqual(['alex', 'sam']);
  });

  it('says so when fewer than two staff could come', () => {
    const result = availableSlots(request({ ...twoPerson, staff: [advisor('alex')] }));
    expect(result.slots).toEqual([]);
    expect(result.noSlotsReason).toMatch(/needs two staff/);
  });

  it('keeps the named contact as the lead (000 §2.26 named_contact_only)', () => {
    const result = availableSlots(
      request({
        profile: {
          vulnerabilityFlags: ['do_not_visit_alone'],
          contactRestrictions: [
            {
              kind: 'named_contact_only',
              namedStaffId: 'sam',
              startsOn: '2026-01-01',
              reviewOn: '2026-12-31',
            },
          ],
        },
        window: { to: '2026-06-02' },
        staff: [advisor('alex'), advisor('kim'), advisor('sam')],
      }),
    );
    expect(result.slots.length).toBeGreaterThan(0);
    for (const slot of result.slots) expect(slot.staffIds[0]).toBe('sam');
  });
});

describe('who may come (000 §2.17 preferred visitor gender; skills)', () => {
  const staff = [
    advisor('alex', { gender: 'male', skills: ['gas_safe'] }),
    advisor('sam', { gender: 'female' }),
  ];
  it.each([
    {
      name: 'a female visitor',
      extra: { profile: { preferredStaffGender: 'female' as const } },
      ids: ['sam'],
    },
    { name: 'a gas engineer', extra: { requiredSkills: ['gas_safe'] }, ids: ['alex'] },
    // Equal travel: the tie goes to the first listed.
    { name: 'anyone', extra: {}, ids: ['alex'] },
  ])('$name', ({ extra, ids }) => {
    const result = availableSlots(
      request({ ...all, ...extra, staff, window: { to: '2026-06-02' } }),
    );
    expect(new Set(result.slots.map((s) => s.staffIds[0]))).toEqual(new Set(ids));
  });

  it('explains when no one fits', () => {
    const result = availableSlots(
      request({
        profile: { preferredStaffGender: 'female' },
        requiredSkills: ['gas_safe'],
        staff,
      }),
    );
    expect(result.noSlotsReason).toBe(
      'No member of staff could do this visit (it needs a female visitor and staff with gas_safe).',
    );
  });

  it('explains when the named contact is not among them', () => {
    const result = availableSlots(
      request({
        profile: {
          contactRestrictions: [
            {
              kind: 'named_contact_only',
              namedStaffId: 'lee',
              startsOn: '2026-01-01',
              reviewOn: '2026-12-31',
            },
          ],
        },
        staff,
      }),
    );
    expect(result.noSlotsReason).toMatch(/named contact/);
  });

  it('does not offer home visits when home visits are restricted, but does at the venue', () => {
    const profile = {
      contactRestrictions: [
        {
          kind: 'no_home_visits' as const,
          venue: 'Bootle One Stop Shop',
          startsOn: '2026-01-01',
          reviewOn: '2026-12-31',
        },
      ],
    };
    const atHome = availableSlots(request({ profile }));
    expect(atHome.slots).toEqual([]);
    expect(atHome.noSlotsReason).toBe(
      'This customer must not be visited at home: meet at Bootle One Stop Shop instead.',
    );
    expect(availableSlots(request({ profile, place: 'venue' })).slots.length).toBeGreaterThan(0);
  });
});

describe('lead times (issue 3: interpreters 000 §2.16, written formats 000 §2.15)', () => {
  it.each([
    { interpreter: 'telephone' as const, firstDay: '2026-06-02', lead: 'none' },
    { interpreter: 'in_person' as const, firstDay: '2026-06-04', lead: '3 working days' },
    { interpreter: 'bsl' as const, firstDay: '2026-06-15', lead: '10 working days' },
  ])('$interpreter interpreter ($lead): first slot on $firstDay', ({ interpreter, firstDay }) => {
    const result = availableSlots(
      request({ profile: { interpreter, preferredLanguage: 'pl' }, window: { to: '2026-06-30' } }),
    );
    const first = [...result.slots].sort(
      (a, b) => a.start.epochMilliseconds - b.start.epochMilliseconds,
    )[0];
    expect(first?.date).toBe(firstDay);
    // Interpreted visits take half as long again: 30 × 1.5 = 45 minutes.
    expect(result.requirements.durationMinutes).toBe(45);
    if (interpreter !== 'telephone') {
      expect(result.reasons[0]).toMatch(/interpreter: \d+ working days to book/);
    }
  });

  it('braille notice: 5 working days to produce and 2 to post, then 10 working days (landlord-proposed Living Well)', () => {
    const result = availableSlots(
      request({
        type: 'living_well',
        initiatedBy: 'landlord',
        lastVisit: '2025-09-01',
        profile: { writtenFormat: 'braille' },
        window: { to: '2026-07-31' },
      }),
    );
    expect(result.from.toString()).toBe(londonDateTime('2026-06-24', '00:00').toString());
    expect(result.reasons).toEqual([
      'braille letter: 5 working days to produce',
      'sent by post: 2 working days to arrive',
      'Living Well meeting: 10 working days written notice once it reaches the tenant',
      'the booking window closes at the end of Friday 31 July 2026',
    ]);
    expect(result.deadline?.dueDate).toBe('2026-09-01');
    expect(result.slots.every((s) => s.date >= '2026-06-24')).toBe(true);
  });
});

describe("deadlines (Awaab's Law: damp and mould within 10 working days of the report)", () => {
  it('offers only times before the deadline', () => {
    const result = availableSlots(
      request({
        ...all,
        type: 'damp_mould_investigation',
        reportedAt: '2026-06-01T09:00:00+01:00',
      }),
    );
    // 10 working days after Mon 1 June: Mon 15 June, so visits start before Tue 16 June.
    expect(result.until.toString()).toBe(londonDateTime('2026-06-16', '00:00').toString());
    expect(result.deadline?.dueDate).toBe('2026-06-15');
    expect(result.slots.some((s) => s.date === '2026-06-15')).toBe(true);
    expect(result.slots.every((s) => s.date <= '2026-06-15')).toBe(true);
    expect(result.escalation).toBeNull();
  });

  it('escalates, with no slots, when the earliest lawful start is after the deadline', () => {
    const result = availableSlots(
      request({
        type: 'damp_mould_investigation',
        reportedAt: '2026-05-15T09:00:00+01:00',
        profile: { interpreter: 'bsl' },
      }),
    );
    expect(result.slots).toEqual([]);
    expect(result.escalation).toMatch(/Escalate to a manager now/);
    expect(result.noSlotsReason).toBe(result.escalation);
  });

  it('escalates when no one is free before the deadline', () => {
    const result = availableSlots(
      request({
        type: 'damp_mould_investigation',
        reportedAt: '2026-06-01T09:00:00+01:00',
        staff: [advisor('alex', { leave: [{ startsOn: '2026-06-01', endsOn: '2026-06-30' }] })],
      }),
    );
    expect(result.slots).toEqual([]);
    expect(result.noSlotsReason).toMatch(/^No one who can do this visit is free between/);
    expect(result.escalation).toMatch(
      /Damp and mould investigation within 10 working days of the report: the visit must start before Tuesday 16 June 2026 at 00:00\. Escalate to a manager now\.$/,
    );
  });

  it('does not escalate when the booking window, not the deadline, ran out', () => {
    const result = availableSlots(
      request({
        type: 'damp_mould_investigation',
        reportedAt: '2026-06-01T09:00:00+01:00',
        window: { to: '2026-06-03' },
        staff: [advisor('alex', { leave: [{ startsOn: '2026-06-01', endsOn: '2026-06-05' }] })],
      }),
    );
    expect(result.slots).toEqual([]);
    expect(result.escalation).toBeNull();
    expect(result.noSlotsReason).toMatch(/No one who can do this visit is free/);
  });

  it('warns, rather than silently dropping, when the date a deadline runs from is missing', () => {
    const result = availableSlots(request({ type: 'damp_mould_investigation' }));
    expect(result.deadline).toBeNull();
    expect(result.warnings).toEqual([
      'No deadline was applied: A damp and mould investigation has a deadline counted from the report: give the time it was reported.',
    ]);
  });
});

describe('clock changes (last Sundays of March and October 2026)', () => {
  // A repair inspection the tenant may have at once, so the night hours can be booked.
  const rules = configureNoticeRules({
    appointments: { repair_inspection: { tenantNotice: null } },
  });
  const sundays = (date: string, window: AvailabilityRequest['window']) =>
    availableSlots(
      request({
        ...all,
        now: `${date}T00:00:00Z`,
        rules,
        window,
        staff: [
          advisor('alex', {
            homeBase: home,
            workingPattern: {
              sat: [{ start: '09:00', end: '11:00' }],
              sun: [
                { start: '00:00', end: '04:00' },
                { start: '09:00', end: '11:00' },
              ],
              mon: [{ start: '09:00', end: '11:00' }],
            },
          }),
        ],
      }),
    );

  it('29 March: 01:00–01:59 does not exist, and 09:00 is 09:00 BST', () => {
    const result = sundays('2026-03-28', { to: '2026-03-29' });
    // Three real hours from 00:00 GMT to 04:00 BST, then 09:00–11:00 BST.
    expect(times(result.slots, '2026-03-29')).toEqual([
      '00:00',
      '00:30',
      '02:00',
      '02:30',
      '03:00',
      '03:30',
      '09:00',
      '09:30',
      '10:00',
      '10:30',
    ]);
    const nine = result.slots.find((s) => s.date === '2026-03-29' && s.startTime === '09:00');
    expect(nine?.start.toString()).toBe('2026-03-29T09:00:00+01:00[Europe/London]');
    const saturday = result.slots.find((s) => s.date === '2026-03-28' && s.startTime === '09:00');
    expect(saturday?.start.toString()).toBe('2026-03-28T09:00:00+00:00[Europe/London]');
  });

  it('25 October: 01:00–01:59 happens twice, and 09:00 is 09:00 GMT', () => {
    const result = sundays('2026-10-24', { to: '2026-10-26' });
    const night = result.slots
      .filter((s) => s.date === '2026-10-25' && s.startTime < '09:00')
      .sort((a, b) => a.start.epochMilliseconds - b.start.epochMilliseconds)
      .map((s) => s.start.toString({ timeZoneName: 'never' }));
    expect(night).toEqual([
      '2026-10-25T00:00:00+01:00',
      '2026-10-25T00:30:00+01:00',
      '2026-10-25T01:00:00+01:00',
      '2026-10-25T01:30:00+01:00',
      '2026-10-25T01:00:00+00:00',
      '2026-10-25T01:30:00+00:00',
      '2026-10-25T02:00:00+00:00',
      '2026-10-25T02:30:00+00:00',
      '2026-10-25T03:00:00+00:00',
      '2026-10-25T03:30:00+00:00',
    ]);
    const monday = result.slots.find((s) => s.date === '2026-10-26' && s.startTime === '09:00');
    expect(monday?.start.toString()).toBe('2026-10-26T09:00:00+00:00[Europe/London]');
    expect(monday?.endTime).toBe('09:30');
  });

  it('keeps a 09:00 school run at 09:00 local time either side of the change', () => {
    const result = availableSlots(
      request({
        ...all,
        now: '2026-03-26T09:00:00Z',
        window: { to: '2026-03-31' },
        profile: {
          unavailableWeekly: ['friday', 'monday', 'tuesday'].map((day) => ({
            day: day as 'monday',
            from: '09:00',
            to: '10:00',
          })),
        },
        staff: [advisor('alex', { homeBase: home })],
      }),
    );
    for (const date of ['2026-03-27', '2026-03-30', '2026-03-31']) {
      expect(times(result.slots, date)[0]).toBe('10:00');
    }
  });
});

describe('ranking by the tenant’s stated preferences (002 §8.13)', () => {
  it('puts times that meet both preferences first, then one, then none, soonest first within each', () => {
    const result = availableSlots(
      request({
        ...all,
        window: { to: '2026-06-12' },
        staff: [advisor('alex', { homeBase: home })],
        preferences: { timesOfDay: ['afternoon'], days: ['thursday'] },
      }),
    );
    const first = result.slots[0] as AvailableSlot;
    expect(first.date).toBe('2026-06-04');
    expect(first.startTime).toBe('12:00');
    expect(first.meets).toEqual(['time_of_day', 'day']);
    const groups = result.slots.map((s) => s.meets.length);
    expect(groups).toEqual([...groups].sort((a, b) => b - a));
    const scores = result.slots.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('uses the weights it is given', () => {
    const result = availableSlots(
      request({
        window: { to: '2026-06-05' },
        staff: [advisor('alex', { homeBase: home })],
        preferences: { timesOfDay: ['morning'] },
        weights: { preferredTimeOfDay: 5 },
      }),
    );
    expect(result.slots[0]?.score).toBe(5);
    expect(result.slots[0]?.meets).toEqual(['time_of_day']);
  });

  it('returns at most maxSlots, at most maxSlotsPerDay on any day, grouped by day on request', () => {
    const result = availableSlots(
      request({ window: { to: '2026-06-30' }, maxSlots: 10, maxSlotsPerDay: 3 }),
    );
    expect(result.slots).toHaveLength(10);
    expect(result.openStarts).toBeGreaterThan(100);
    const days = slotsByDay(result.slots);
    expect(days.length).toBeGreaterThanOrEqual(4);
    for (const day of days) {
      expect(day.slots.length).toBeLessThanOrEqual(3);
      expect(day.label).toMatch(/^[A-Z][a-z]+day \d+ June 2026$/);
      expect(starts(day.slots)).toEqual([...starts(day.slots)].sort());
    }
    expect(days.map((d) => d.date)).toEqual(days.map((d) => d.date).sort());
  });

  it('offers 21 days from the first possible day by default, on a 30-minute grid', () => {
    const result = availableSlots(request({ ...all }));
    expect(result.granularityMinutes).toBe(30);
    expect(result.reasons.at(-1)).toBe(
      'times are offered for 21 days from the first day a visit may happen',
    );
    expect(
      result.slots
        .map((s) => s.date)
        .sort()
        .at(-1),
    ).toBe('2026-06-22');
    expect(result.slots.every((s) => /:(00|30)$/.test(s.startTime))).toBe(true);
    const quarter = availableSlots(request({ ...all, granularityMinutes: 15 }));
    expect(quarter.slots.some((s) => s.startTime.endsWith(':45'))).toBe(true);
  });
});

describe('the window', () => {
  it('opens no sooner than the booking window, saying so', () => {
    const result = availableSlots(request({ window: { from: '2026-06-10', to: '2026-06-12' } }));
    expect(result.reasons).toEqual([
      'the booking window opens on Wednesday 10 June 2026',
      'the booking window closes at the end of Friday 12 June 2026',
    ]);
    expect(result.slots.every((s) => s.date >= '2026-06-10' && s.date <= '2026-06-12')).toBe(true);
  });

  it('says so when the window closes before the earliest start', () => {
    const result = availableSlots(request({ window: { to: '2026-06-01' } }));
    expect(result.slots).toEqual([]);
    expect(result.noSlotsReason).toBe(
      'The booking window closes (Tuesday 2 June 2026 at 00:00) before the earliest the visit can be (Tuesday 2 June 2026 at 10:00).',
    );
  });
});

describe('bad input is refused in plain words', () => {
  const bad: { name: string; change: Partial<AvailabilityRequest>; message: RegExp }[] = [
    {
      name: 'a grid that does not divide an hour',
      change: { granularityMinutes: 25 },
      message: /divides an hour/,
    },
    { name: 'no slots wanted', change: { maxSlots: 0 }, message: /from 1 to 1000/ },
    {
      name: 'the same advisor twice',
      change: { staff: [advisor('a'), advisor('a')] },
      message: /only once/,
    },
    { name: 'a negative weight', change: { weights: { perAddedKm: -1 } }, message: /0 or more/ },
    {
      name: 'a window that ends before it starts',
      change: { window: { from: '2026-06-10', to: '2026-06-09' } },
      message: /before it starts/,
    },
    {
      name: 'a window of a year',
      change: { window: { to: '2027-06-01' } },
      message: /at most 92 days/,
    },
    {
      name: 'a home off the map',
      change: { location: { latitude: 91, longitude: 0 } },
      message: /latitude and longitude/,
    },
    {
      name: 'an unknown pattern day',
      change: { staff: [advisor('a', { workingPattern: { monday: [] } as never })] },
      message: /not a day in a working pattern/,
    },
    {
      name: 'hours that end before they start',
      change: {
        staff: [advisor('a', { workingPattern: { mon: [{ start: '17:00', end: '09:00' }] } })],
      },
      message: /end before they start/,
    },
    {
      name: 'overlapping hours',
      change: {
        staff: [
          advisor('a', {
            workingPattern: {
              mon: [
                { start: '09:00', end: '13:00' },
                { start: '12:00', end: '17:00' },
              ],
            },
          }),
        ],
      },
      message: /overlap/,
    },
    {
      name: 'a time that is not HH:MM',
      change: {
        staff: [advisor('a', { workingPattern: { mon: [{ start: '9am', end: '17:00' }] } })],
      },
      message: /HH:MM/,
    },
    {
      name: 'an appointment that ends before it starts',
      change: {
        staff: [
          advisor('a', {
            appointments: [
              { start: at('2026-06-02', '11:00'), end: at('2026-06-02', '10:00'), location: home },
            ],
          }),
        ],
      },
      message: /ends before it starts/,
    },
    {
      name: 'leave that ends before it starts',
      change: {
        staff: [advisor('a', { leave: [{ startsOn: '2026-06-05', endsOn: '2026-06-01' }] })],
      },
      message: /before it starts/,
    },
    {
      name: 'an appointment time without an offset',
      change: {
        staff: [
          advisor('a', {
            appointments: [
              { start: '2026-06-02T10:00', end: new Date(Number.NaN), location: home },
            ],
          }),
        ],
      },
      message: /UTC offset/,
    },
  ];
  it.each(bad)('$name', ({ change, message }) => {
    const attempt = () => availableSlots(request(change));
    expect(attempt).toThrow(DomainError);
    expect(attempt).toThrow(message);
  });

  it('accepts appointment times as Date, Temporal and ISO strings alike', () => {
    const start = londonDateTime('2026-06-02', '10:00');
    const variants = [
      { start, end: start.add({ hours: 7 }) },
      { start: start.toInstant(), end: start.add({ hours: 7 }).toInstant() },
      {
        start: new Date(start.epochMilliseconds),
        end: new Date(start.add({ hours: 7 }).epochMilliseconds),
      },
    ];
    for (const times of variants) {
      const result = availableSlots(
        request({
          window: { to: '2026-06-02' },
          staff: [advisor('a', { appointments: [{ ...times, location: home }] })],
        }),
      );
      expect(result.slots).toEqual([]);
    }
  });
});
