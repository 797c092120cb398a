import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { endOfLondonDay, londonDate, londonDateTime, startOfLondonDay, toLondon } from './london';

describe('Europe/London instants', () => {
  it('reads every accepted input as the same London instant', () => {
    const expected = '2026-07-01T10:00:00+01:00[Europe/London]';
    const inputs = [
      '2026-07-01T09:00:00Z',
      '2026-07-01T10:00:00+01:00',
      '2026-07-01T10:00:00+01:00[Europe/London]',
      new Date('2026-07-01T09:00:00Z'),
      Temporal.Instant.from('2026-07-01T09:00:00Z'),
      Temporal.ZonedDateTime.from('2026-07-01T05:00:00-04:00[America/New_York]'),
    ];
    for (const input of inputs) expect(toLondon(input).toString()).toBe(expected);
  });

  it('refuses a time without an offset, and an invalid Date', () => {
    expect(() => toLondon('2026-07-01T10:00:00')).toThrow(/UTC offset/);
    expect(() => toLondon(new Date('nonsense'))).toThrow(/not a valid date/);
  });

  it('gives the London date, which differs from the UTC date just after midnight in summer', () => {
    expect(londonDate('2026-06-30T23:30:00Z')).toBe('2026-07-01');
  });

  it('starts and ends London days at local midnight, 23 hours long when clocks go forward', () => {
    expect(startOfLondonDay('2026-03-29').toString()).toBe(
      '2026-03-29T00:00:00+00:00[Europe/London]',
    );
    expect(endOfLondonDay('2026-03-29').toString()).toBe(
      '2026-03-30T00:00:00+01:00[Europe/London]',
    );
    expect(startOfLondonDay('2026-03-29').until(endOfLondonDay('2026-03-29')).total('hours')).toBe(
      23,
    );
  });
});

describe('clock changes: an appointment at 01:30 on the last Sunday of March and of October', () => {
  it('refuses 01:30 on Sunday 29 March 2026, which never happens on UK clocks', () => {
    expect(() => londonDateTime('2026-03-29', '01:30')).toThrow(/does not exist in UK time/);
  });

  it('reads 01:30 on Sunday 25 October 2026 as the first pass (BST) unless told otherwise', () => {
    const first = londonDateTime('2026-10-25', '01:30');
    const second = londonDateTime('2026-10-25', '01:30', { repeatedTime: 'later' });
    expect(first.offset).toBe('+01:00');
    expect(second.offset).toBe('+00:00');
    expect(first.until(second).total('minutes')).toBe(60);
  });

  it('a 60-minute visit from 01:30 BST on 25 October ends when the clock again shows 01:30', () => {
    const end = londonDateTime('2026-10-25', '01:30').add({ minutes: 60 });
    expect(end.toPlainTime().toString()).toBe('01:30:00');
    expect(end.offset).toBe('+00:00');
  });

  it('reads an ordinary time on an ordinary day', () => {
    expect(londonDateTime('2026-01-05', '09:15').toString()).toBe(
      '2026-01-05T09:15:00+00:00[Europe/London]',
    );
  });

  it('refuses a malformed time of day', () => {
    expect(() => londonDateTime('2026-01-05', '9.15am')).toThrow(/HH:MM/);
  });
});
