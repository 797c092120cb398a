import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors';
import { checkSchedule } from './check';
import type { SeriesSchedule, VenueOpeningHours } from './types';

const secondTuesday: SeriesSchedule = {
  rrule: 'FREQ=MONTHLY;BYDAY=+2TU;UNTIL=20271231',
  startsOn: '2026-01-01',
  startTime: '10:00',
  endTime: '12:00',
  venueId: 'page-moss',
  clashRule: 'skip',
};

const refusal = (schedule: Partial<SeriesSchedule>, opening?: VenueOpeningHours) => {
  try {
    checkSchedule({ ...secondTuesday, ...schedule }, opening, 'Page Moss Library');
  } catch (error) {
    if (isDomainError(error) && error.code === 'INVALID_INPUT') return error.message;
    throw error;
  }
  throw new Error('expected the schedule to be refused');
};

describe('checkSchedule accepts', () => {
  it('a monthly series, with its description, end and most in a year', () => {
    expect(checkSchedule(secondTuesday)).toEqual({
      description: 'Second Tuesday of every month, 10:00 to 12:00, until 31 December 2027',
      endsOn: '2027-12-14',
      // 13 Jan 2026 to 12 Jan 2027 is under 365 days.
      perYear: 13,
    });
  });

  it('a daily series of 800: at most 365 fall in any year', () => {
    expect(checkSchedule({ ...secondTuesday, rrule: 'FREQ=DAILY;COUNT=800' })).toEqual({
      description: 'Every day, 10:00 to 12:00, 800 sessions',
      endsOn: '2028-03-10',
      perYear: 365,
    });
  });

  it('a leading "RRULE:" and lower case', () => {
    expect(
      checkSchedule({ ...secondTuesday, rrule: 'RRULE:freq=weekly;byday=we;count=4' }),
    ).toEqual({
      description: 'Every Wednesday, 10:00 to 12:00, 4 sessions',
      endsOn: '2026-01-28',
      perYear: 4,
    });
  });

  it('a session at 01:30 on Sundays, as long as the rule never lands on the spring clock change', () => {
    const early = { startTime: '01:30', endTime: '03:00', startsOn: '2026-04-01' };
    expect(
      checkSchedule({ ...secondTuesday, ...early, rrule: 'FREQ=WEEKLY;BYDAY=SU;UNTIL=20261231' })
        .endsOn,
    ).toBe('2026-12-27');
  });
});

describe('checkSchedule refuses, saying why', () => {
  it.each([
    [
      'FREQ=MONTHLY;BYDAY=+2TU',
      'The repeat rule never ends: give an end date or a number of sessions.',
    ],
    [
      'FREQ=HOURLY',
      'The repeat rule repeats every hour, far more than 400 sessions a year; the most is 400. Repeat by day, week, month or year.',
    ],
    [
      'FREQ=HOURLY;COUNT=800',
      'The repeat rule repeats every hour, far more than 400 sessions a year; the most is 400. Repeat by day, week, month or year.',
    ],
    [
      'FREQ=MINUTELY;COUNT=3',
      'The repeat rule repeats every minute, far more than 400 sessions a year; the most is 400. Repeat by day, week, month or year.',
    ],
    [
      'FREQ=DAILY;BYHOUR=9,15;COUNT=900',
      'The repeat rule gives 730 sessions in a year; the most is 400.',
    ],
    [
      'FREQ=DAILY;BYHOUR=9,15;UNTIL=20271231',
      'The repeat rule gives 730 sessions in a year; the most is 400.',
    ],
    [
      'FREQ=DAILY;BYHOUR=9,15;COUNT=3',
      'The repeat rule gives more than one session on Thursday 1 January 2026; a series meets at most once a day.',
    ],
    [
      'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30;COUNT=3',
      'The repeat rule gives no dates from 1 January 2026: check the days it repeats on and its end.',
    ],
    [
      'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30;COUNT=3',
      'The repeat rule gives no dates from 1 January 2026: check the days it repeats on and its end.',
    ],
    [
      'FREQ=MONTHLY;BYDAY=+5MO;BYMONTH=2;COUNT=3',
      'The repeat rule gives no dates from 1 January 2026: check the days it repeats on and its end.',
    ],
    [
      'FREQ=MONTHLY;BYDAY=+2TU;UNTIL=20251231',
      'The repeat rule ends on 31 December 2025, before the series starts on 1 January 2026.',
    ],
    [
      'FREQ=MONTHLY;BYDAY=+2TU;UNTIL=20401231',
      'Bank holidays are known for 2020 to 2035 only, so a series must start on or after 1 January 2020 and end by 31 December 2035.',
    ],
  ])('%s', (rrule, message) => {
    expect(refusal({ rrule })).toBe(message);
  });

  it.each([
    ['', 'it is empty'],
    ['FREQ=FORTNIGHTLY;COUNT=3', '"FORTNIGHTLY" is not a valid FREQ'],
    ['FREQ=WEEKLY;BYDAY=XX;COUNT=3', '"XX" is not a valid BYDAY'],
    ['FREQ=WEEKLY;COUNT=abc', '"abc" is not a valid COUNT'],
    ['FREQ=WEEKLY;INTERVAL=0;COUNT=3', '"0" is not a valid INTERVAL'],
    ['every tuesday', '"every tuesday" is not a part of a repeat rule'],
    ['FREQ=WEEKLY;COLOUR=RED', '"COLOUR=RED" is not a part of a repeat rule'],
    ['FREQ=WEEKLY;COUNT=2;COUNT=3', 'COUNT is given twice'],
    ['BYDAY=MO;COUNT=3', 'it does not say how often (FREQ) it repeats'],
    [
      'FREQ=WEEKLY;COUNT=3;UNTIL=20261231',
      'it gives both an end date (UNTIL) and a number of sessions (COUNT)',
    ],
    ['FREQ=WEEKLY;UNTIL=20260230', 'the end date 20260230 is not a real calendar date'],
  ])('an unreadable rule: %s', (rrule, detail) => {
    expect(refusal({ rrule })).toBe(`The repeat rule could not be read: ${detail}.`);
  });

  it('an end time not after the start time, and times or dates written loosely', () => {
    expect(refusal({ startTime: '12:00', endTime: '10:00' })).toBe(
      'The session ends at 10:00, which is not after it starts at 12:00.',
    );
    expect(refusal({ startTime: '10:00', endTime: '10:00' })).toMatch(/not after it starts/);
    expect(refusal({ startTime: '9:00' })).toBe('"9:00" is not a time of day written as HH:MM.');
    expect(refusal({ endTime: '12:00:00' })).toMatch(/HH:MM/);
    expect(refusal({ startsOn: '1/1/2026' })).toMatch(/YYYY-MM-DD/);
    expect(refusal({ startsOn: '2019-12-01' })).toMatch(/known for 2020 to 2035/);
  });

  it('a start the spring clock change skips, naming the day', () => {
    const early = { startTime: '01:30', endTime: '03:00', startsOn: '2026-03-01' };
    expect(refusal({ ...early, rrule: 'FREQ=WEEKLY;BYDAY=SU;COUNT=8' })).toBe(
      'The session would be at 01:30 on Sunday 29 March 2026, a time that does not exist in the UK: the clocks go forward an hour at 1am. Choose another time.',
    );
  });
});

describe('checkSchedule against a venue’s opening hours', () => {
  const library: VenueOpeningHours = {
    monday: [{ opens: '09:00', closes: '17:00' }],
    tuesday: [
      { opens: '09:00', closes: '12:30' },
      { opens: '13:30', closes: '17:00' },
    ],
    wednesday: [{ opens: '09:00', closes: '17:00' }],
    saturday: [{ opens: '09:00', closes: '13:00' }],
  };

  it('accepts a session inside one span on every weekday the rule gives', () => {
    const rrule = 'FREQ=WEEKLY;BYDAY=MO,WE,SA;COUNT=30';
    expect(checkSchedule({ ...secondTuesday, rrule }, library).perYear).toBe(30);
  });

  it('refuses a session that runs past closing, naming the weekday and the hours', () => {
    expect(
      refusal(
        { rrule: 'FREQ=WEEKLY;BYDAY=SA;COUNT=4', startTime: '12:00', endTime: '14:00' },
        library,
      ),
    ).toBe(
      'On Saturdays Page Moss Library is open 09:00 to 13:00, so a session from 12:00 to 14:00 does not fit.',
    );
  });

  it('refuses a session across the lunch closure, or on a day the venue is shut', () => {
    expect(refusal({ startTime: '12:00', endTime: '14:00' }, library)).toBe(
      'On Tuesdays Page Moss Library is open 09:00 to 12:30 and 13:30 to 17:00, so a session from 12:00 to 14:00 does not fit.',
    );
    expect(refusal({ rrule: 'FREQ=WEEKLY;BYDAY=TH;COUNT=4' }, library)).toBe(
      'On Thursdays Page Moss Library is closed, so a session from 10:00 to 12:00 does not fit.',
    );
  });

  it('refuses a series whose bank-holiday moves land on a day the venue is shut', () => {
    const firstMonday = {
      rrule: 'FREQ=MONTHLY;BYDAY=+1MO;UNTIL=20261231',
      clashRule: 'next_working_day' as const,
    };
    expect(refusal(firstMonday, { ...library, tuesday: [] })).toBe(
      'A session on a bank holiday moves to the next working day, such as Tuesday 7 April 2026. On Tuesdays Page Moss Library is closed, so a session from 10:00 to 12:00 does not fit.',
    );
    expect(checkSchedule({ ...secondTuesday, ...firstMonday }, library).endsOn).toBe('2026-12-07');
  });

  it('calls it "the venue" when no name is given', () => {
    expect(() =>
      checkSchedule({ ...secondTuesday, rrule: 'FREQ=WEEKLY;BYDAY=TH;COUNT=4' }, library),
    ).toThrow('On Thursdays the venue is closed');
  });
});
