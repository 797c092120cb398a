import { describe, expect, it } from 'vitest';
import { describeSchedule } from './describe';
import type { SeriesSchedule } from './types';

const schedule = (rrule: string, startsOn = '2026-01-01'): SeriesSchedule => ({
  rrule,
  startsOn,
  startTime: '10:00',
  endTime: '12:00',
  venueId: 'page-moss',
  clashRule: 'skip',
});

describe('describeSchedule', () => {
  it.each([
    [
      'FREQ=MONTHLY;BYDAY=+2TU;UNTIL=20271231',
      'Second Tuesday of every month, 10:00 to 12:00, until 31 December 2027',
    ],
    ['FREQ=MONTHLY;BYDAY=-1FR;COUNT=12', 'Last Friday of every month, 10:00 to 12:00, 12 sessions'],
    [
      'FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1;COUNT=1',
      'Last Friday of every month, 10:00 to 12:00, 1 session',
    ],
    [
      'FREQ=MONTHLY;BYDAY=TH;BYSETPOS=3;COUNT=6',
      'Third Thursday of every month, 10:00 to 12:00, 6 sessions',
    ],
    [
      'FREQ=MONTHLY;INTERVAL=2;BYDAY=1MO;COUNT=6',
      'First Monday of every 2 months, 10:00 to 12:00, 6 sessions',
    ],
    [
      'FREQ=MONTHLY;BYDAY=-2WE;COUNT=6',
      'Second to last Wednesday of every month, 10:00 to 12:00, 6 sessions',
    ],
    [
      'FREQ=WEEKLY;BYDAY=WE;UNTIL=20261231',
      'Every Wednesday, 10:00 to 12:00, until 31 December 2026',
    ],
    [
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;COUNT=10',
      'Every 2 weeks on Monday, 10:00 to 12:00, 10 sessions',
    ],
    [
      'FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=30',
      'Every Monday, Wednesday and Friday, 10:00 to 12:00, 30 sessions',
    ],
    // A weekly rule without BYDAY repeats on the start date's weekday (1 January 2026: a Thursday).
    ['FREQ=WEEKLY;COUNT=5', 'Every Thursday, 10:00 to 12:00, 5 sessions'],
    ['FREQ=MONTHLY;BYMONTHDAY=22;COUNT=3', 'The 22nd of every month, 10:00 to 12:00, 3 sessions'],
    ['FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=3', 'Last day of every month, 10:00 to 12:00, 3 sessions'],
    ['FREQ=MONTHLY;COUNT=3', 'The 1st of every month, 10:00 to 12:00, 3 sessions'],
    ['FREQ=DAILY;COUNT=3', 'Every day, 10:00 to 12:00, 3 sessions'],
    ['FREQ=DAILY;INTERVAL=3;COUNT=3', 'Every 3 days, 10:00 to 12:00, 3 sessions'],
    ['FREQ=MONTHLY;BYDAY=+2TU', 'Second Tuesday of every month, 10:00 to 12:00, with no end date'],
  ])('%s', (rrule, expected) => {
    expect(describeSchedule(schedule(rrule))).toBe(expected);
  });

  it.each([
    ['FREQ=MONTHLY;BYMONTHDAY=11;COUNT=2', 'The 11th of every month'],
    ['FREQ=MONTHLY;BYMONTHDAY=13;COUNT=2', 'The 13th of every month'],
    ['FREQ=MONTHLY;BYMONTHDAY=23;COUNT=2', 'The 23rd of every month'],
    ['FREQ=MONTHLY;BYMONTHDAY=31;COUNT=2', 'The 31st of every month'],
  ])('writes ordinal days in English: %s', (rrule, expected) => {
    expect(describeSchedule(schedule(rrule))).toMatch(new RegExp(`^${expected},`));
  });

  it.each([
    [
      'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1;COUNT=3',
      'Every June on the 1st, 10:00 to 12:00, 3 sessions',
    ],
    ['FREQ=MONTHLY;BYDAY=TU;COUNT=3', 'Every month on Tuesday, 10:00 to 12:00, 3 sessions'],
    [
      'FREQ=MONTHLY;BYDAY=+1MO;BYMONTH=1,7;COUNT=3',
      'Every January and July on the 1st Monday, 10:00 to 12:00, 3 sessions',
    ],
    [
      'FREQ=MONTHLY;BYDAY=+2TU;BYSETPOS=1;COUNT=3',
      'Every month on the 2nd Tuesday, 10:00 to 12:00, 3 sessions',
    ],
    [
      'FREQ=MONTHLY;BYMONTHDAY=1,15;COUNT=3',
      'Every month on the 1st and 15th, 10:00 to 12:00, 3 sessions',
    ],
    [
      'FREQ=MONTHLY;BYMONTHDAY=-2;COUNT=3',
      'Every month on the 2nd last, 10:00 to 12:00, 3 sessions',
    ],
    [
      'FREQ=WEEKLY;BYDAY=MO;BYMONTH=1;COUNT=3',
      'Every week in January on Monday, 10:00 to 12:00, 3 sessions',
    ],
    ['FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=3', 'Every weekday, 10:00 to 12:00, 3 sessions'],
  ])('falls back to rrule’s English for anything else: %s', (rrule, expected) => {
    expect(describeSchedule(schedule(rrule))).toBe(expected);
  });

  it('refuses an unreadable rule or bad times', () => {
    expect(() => describeSchedule(schedule('FREQ=SOMETIMES'))).toThrow(/could not be read/);
    expect(() => describeSchedule({ ...schedule('FREQ=DAILY'), endTime: '09:00' })).toThrow(
      /not after it starts/,
    );
  });
});
