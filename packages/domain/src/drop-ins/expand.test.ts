import { describe, expect, it } from 'vitest';
import { expandSeries, previewSeries } from './expand';
import type { OccurrenceChange, SeriesSchedule, VenueClosure } from './types';

const firstMonday: SeriesSchedule = {
  rrule: 'FREQ=MONTHLY;BYDAY=+1MO;UNTIL=20271231',
  startsOn: '2026-01-01',
  startTime: '10:00',
  endTime: '12:00',
  venueId: 'page-moss',
  clashRule: 'skip',
};
const moving: SeriesSchedule = { ...firstMonday, clashRule: 'next_working_day' };
const earlyMay = { kind: 'bank_holiday', name: 'Early May bank holiday' } as const;

/** [originalDate, date, startsAt, status, clash name] for compact expectations. */
const rows = (schedule: SeriesSchedule, from: string, to: string, more = {}) =>
  expandSeries(schedule, { from, to, ...more }).map((o) => [
    o.originalDate,
    o.date,
    o.startsAt,
    o.status,
    o.clash?.name ?? null,
  ]);

describe('expandSeries around bank holidays (issue 8: a "first Monday" series in May)', () => {
  it('skips the Early May bank holiday on 4 May 2026 and keeps the skipped one, marked', () => {
    expect(rows(firstMonday, '2026-05-01', '2026-06-30')).toEqual([
      ['2026-05-04', '2026-05-04', '2026-05-04T09:00:00Z', 'skipped', 'Early May bank holiday'],
      ['2026-06-01', '2026-06-01', '2026-06-01T09:00:00Z', 'scheduled', null],
    ]);
    const [skipped] = expandSeries(firstMonday, { from: '2026-05-01', to: '2026-05-31' });
    expect(skipped?.clash).toEqual(earlyMay);
  });

  it('skips 3 May 2027, the Early May bank holiday of 2027', () => {
    expect(rows(firstMonday, '2027-05-01', '2027-05-31')).toEqual([
      ['2027-05-03', '2027-05-03', '2027-05-03T09:00:00Z', 'skipped', 'Early May bank holiday'],
    ]);
  });

  it('moves them to Tuesday 5 May 2026 and Tuesday 4 May 2027 under next_working_day', () => {
    expect([
      ...rows(moving, '2026-05-01', '2026-05-31'),
      ...rows(moving, '2027-05-01', '2027-05-31'),
    ]).toEqual([
      ['2026-05-04', '2026-05-05', '2026-05-05T09:00:00Z', 'moved', 'Early May bank holiday'],
      ['2027-05-03', '2027-05-04', '2027-05-04T09:00:00Z', 'moved', 'Early May bank holiday'],
    ]);
  });

  it('moves past the organisation’s own closed days as well as bank holidays', () => {
    expect(rows(moving, '2026-05-01', '2026-05-31', { closedDays: ['2026-05-05'] })).toEqual([
      ['2026-05-04', '2026-05-06', '2026-05-06T09:00:00Z', 'moved', 'Early May bank holiday'],
    ]);
  });

  it('treats Saturday holidays as clashes, though the days off are the Mondays after', () => {
    const saturdays = {
      ...firstMonday,
      rrule: 'FREQ=WEEKLY;BYDAY=SA;COUNT=3',
      startsOn: '2027-12-18',
    };
    expect(rows(saturdays, '2027-12-18', '2028-01-01').map((row) => row[4])).toEqual([
      null,
      'Christmas Day',
      "New Year's Day",
    ]);
  });

  it('refuses dates outside the years bank holidays are held for', () => {
    const open = { ...firstMonday, rrule: 'FREQ=MONTHLY;BYDAY=+1MO' };
    expect(() => rows(open, '2036-01-01', '2036-12-31')).toThrow(/2020 to 2035/);
  });
});

describe('expandSeries across both clock changes', () => {
  const sundays: SeriesSchedule = {
    ...firstMonday,
    rrule: 'FREQ=WEEKLY;BYDAY=SU;UNTIL=20261231',
    startsOn: '2026-03-22',
  };

  it('keeps 10:00 London: 10:00Z in winter, 09:00Z in summer, changing on 29 March and 25 October 2026', () => {
    const spring = expandSeries(sundays, { from: '2026-03-22', to: '2026-04-05' });
    const autumn = expandSeries(sundays, { from: '2026-10-18', to: '2026-11-01' });
    expect([...spring, ...autumn].map((o) => [o.date, o.startTime, o.startsAt, o.endsAt])).toEqual([
      ['2026-03-22', '10:00', '2026-03-22T10:00:00Z', '2026-03-22T12:00:00Z'],
      ['2026-03-29', '10:00', '2026-03-29T09:00:00Z', '2026-03-29T11:00:00Z'],
      ['2026-04-05', '10:00', '2026-04-05T09:00:00Z', '2026-04-05T11:00:00Z'],
      ['2026-10-18', '10:00', '2026-10-18T09:00:00Z', '2026-10-18T11:00:00Z'],
      ['2026-10-25', '10:00', '2026-10-25T10:00:00Z', '2026-10-25T12:00:00Z'],
      ['2026-11-01', '10:00', '2026-11-01T10:00:00Z', '2026-11-01T12:00:00Z'],
    ]);
  });
});

describe('expandSeries and venue closures', () => {
  const wednesdays: SeriesSchedule = {
    ...firstMonday,
    rrule: 'FREQ=WEEKLY;BYDAY=WE;COUNT=6',
    startsOn: '2026-06-01',
  };
  const closures: VenueClosure[] = [
    { venueId: 'page-moss', date: '2026-06-10', reason: 'Polling station' },
    { venueId: 'page-moss', date: '2026-06-11', reason: 'Polling station count' },
    { venueId: 'huyton-hub', date: '2026-06-17', reason: 'Roof repairs' },
  ];

  it('skips an occurrence on a closure of its venue, naming the closure, and ignores other venues', () => {
    expect(rows(wednesdays, '2026-06-01', '2026-06-30', { closures })).toEqual([
      ['2026-06-03', '2026-06-03', '2026-06-03T09:00:00Z', 'scheduled', null],
      ['2026-06-10', '2026-06-10', '2026-06-10T09:00:00Z', 'skipped', 'Polling station'],
      ['2026-06-17', '2026-06-17', '2026-06-17T09:00:00Z', 'scheduled', null],
      ['2026-06-24', '2026-06-24', '2026-06-24T09:00:00Z', 'scheduled', null],
    ]);
  });

  it('moves to the next working day that is not itself a closure of the venue', () => {
    const moved = expandSeries(
      { ...wednesdays, clashRule: 'next_working_day' },
      { from: '2026-06-10', to: '2026-06-10', closures },
    );
    expect(moved).toEqual([
      {
        originalDate: '2026-06-10',
        date: '2026-06-12',
        startTime: '10:00',
        endTime: '12:00',
        startsAt: '2026-06-12T09:00:00Z',
        endsAt: '2026-06-12T11:00:00Z',
        venueId: 'page-moss',
        status: 'moved',
        clash: { kind: 'venue_closure', name: 'Polling station' },
        reason: null,
        changedAt: null,
        changeCount: 0,
      },
    ]);
  });

  it('checks a venue-changed occurrence against the new venue’s closures', () => {
    const changes: OccurrenceChange[] = [
      {
        kind: 'venue',
        originalDate: '2026-06-17',
        venueId: 'huyton-hub',
        reason: 'Library lift broken',
        changedAt: '2026-06-01T09:00:00Z',
      },
    ];
    expect(rows(wednesdays, '2026-06-17', '2026-06-17', { closures, changes })).toEqual([
      ['2026-06-17', '2026-06-17', '2026-06-17T09:00:00Z', 'skipped', 'Roof repairs'],
    ]);
  });
});

describe('expandSeries and staff changes', () => {
  const cancel = (changedAt: string, reason = 'Staff sickness'): OccurrenceChange => ({
    kind: 'cancel',
    originalDate: '2026-06-01',
    reason,
    changedAt,
  });
  const june = (changes: OccurrenceChange[]) =>
    expandSeries(firstMonday, { from: '2026-06-01', to: '2026-06-30', changes });

  it('folds a move then a venue change: moved, at the new venue, with the latest reason', () => {
    const [occurrence] = june([
      // Given out of order: folding goes by changedAt.
      {
        kind: 'venue',
        originalDate: '2026-06-01',
        venueId: 'huyton-hub',
        reason: 'Library flooded',
        changedAt: '2026-05-20T11:00:00+01:00',
      },
      {
        kind: 'move',
        originalDate: '2026-06-01',
        date: '2026-06-03',
        startTime: '13:00',
        endTime: '15:00',
        reason: 'Room double-booked',
        changedAt: '2026-05-20T09:00:00Z',
      },
    ]);
    expect(occurrence).toMatchObject({
      originalDate: '2026-06-01',
      date: '2026-06-03',
      startTime: '13:00',
      endTime: '15:00',
      startsAt: '2026-06-03T12:00:00Z',
      endsAt: '2026-06-03T14:00:00Z',
      venueId: 'huyton-hub',
      status: 'moved',
      reason: 'Library flooded',
      changedAt: '2026-05-20T11:00:00+01:00',
      changeCount: 2,
    });
  });

  it('lets a later move replace an earlier one', () => {
    const move = (date: string, changedAt: string): OccurrenceChange => ({
      kind: 'move',
      originalDate: '2026-06-01',
      date,
      startTime: '10:00',
      endTime: '12:00',
      reason: `to ${date}`,
      changedAt,
    });
    const [occurrence] = june([
      move('2026-06-05', '2026-05-02T09:00:00Z'),
      move('2026-06-04', '2026-05-01T09:00:00Z'),
    ]);
    expect([occurrence?.date, occurrence?.reason, occurrence?.changeCount]).toEqual([
      '2026-06-05',
      'to 2026-06-05',
      2,
    ]);
  });

  it('holds a cancel, with its own reason and time, until a later reinstate', () => {
    const [cancelled] = june([cancel('2026-05-10T09:00:00Z')]);
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      reason: 'Staff sickness',
      changedAt: '2026-05-10T09:00:00Z',
      changeCount: 1,
    });
    const [reinstated] = june([
      cancel('2026-05-10T09:00:00Z'),
      {
        kind: 'reinstate',
        originalDate: '2026-06-01',
        reason: 'Cover found',
        changedAt: '2026-05-12T09:00:00Z',
      },
    ]);
    expect(reinstated).toMatchObject({
      status: 'scheduled',
      reason: 'Cover found',
      changedAt: '2026-05-12T09:00:00Z',
      changeCount: 2,
    });
  });

  it('keeps a cancel that comes after the reinstate in time, whatever the order given', () => {
    const [occurrence] = june([
      {
        kind: 'reinstate',
        originalDate: '2026-06-01',
        reason: 'Cover found',
        changedAt: '2026-05-09T09:00:00Z',
      },
      cancel('2026-05-10T09:00:00Z'),
    ]);
    expect(occurrence?.status).toBe('cancelled');
  });

  it('lets staff hold a skipped session after all by moving it, and ignores changes to dates the rule does not give', () => {
    const changes: OccurrenceChange[] = [
      {
        kind: 'move',
        originalDate: '2026-05-04',
        date: '2026-05-04',
        startTime: '10:00',
        endTime: '12:00',
        reason: 'Holding it on the bank holiday',
        changedAt: '2026-04-01T09:00:00Z',
      },
      {
        kind: 'cancel',
        originalDate: '2026-05-05',
        reason: 'Not a date the rule gives',
        changedAt: '2026-04-01T09:00:00Z',
      },
    ];
    expect(rows(firstMonday, '2026-05-01', '2026-05-31', { changes })).toEqual([
      ['2026-05-04', '2026-05-04', '2026-05-04T09:00:00Z', 'scheduled', null],
    ]);
  });

  it('sorts by the date an occurrence actually happens', () => {
    const changes: OccurrenceChange[] = [
      {
        kind: 'move',
        originalDate: '2026-06-01',
        date: '2026-07-07',
        startTime: '10:00',
        endTime: '12:00',
        reason: 'Summer fair',
        changedAt: '2026-05-01T09:00:00Z',
      },
    ];
    expect(rows(firstMonday, '2026-06-01', '2026-07-31', { changes }).map((row) => row[1])).toEqual(
      ['2026-07-06', '2026-07-07'],
    );
  });
});

describe('previewSeries', () => {
  it('gives the next 12 from a date, skipped ones included and marked', () => {
    const preview = previewSeries(firstMonday, { from: '2026-04-07' });
    expect(preview.map((o) => `${o.originalDate} ${o.status}`)).toEqual([
      '2026-05-04 skipped',
      '2026-06-01 scheduled',
      '2026-07-06 scheduled',
      '2026-08-03 scheduled',
      '2026-09-07 scheduled',
      '2026-10-05 scheduled',
      '2026-11-02 scheduled',
      '2026-12-07 scheduled',
      '2027-01-04 scheduled',
      '2027-02-01 scheduled',
      '2027-03-01 scheduled',
      '2027-04-05 scheduled',
    ]);
  });

  it('stops at the end of the series, and gives nothing after it or for a count below 1', () => {
    const short = { ...firstMonday, rrule: 'FREQ=MONTHLY;BYDAY=+1MO;COUNT=3' };
    expect(previewSeries(short, { from: '2026-01-01', count: 5 }).map((o) => o.date)).toEqual([
      '2026-01-05',
      '2026-02-02',
      '2026-03-02',
    ]);
    expect(previewSeries(short, { from: '2026-04-01' })).toEqual([]);
    expect(previewSeries(short, { from: '2026-01-01', count: 0 })).toEqual([]);
  });
});
