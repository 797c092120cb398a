import { describe, expect, it } from 'vitest';
import { buildRule, emptyPattern, parseRule } from './pattern';

describe('series repeat patterns', () => {
  it('builds "second Tuesday of every month" until a date', () => {
    expect(buildRule({ ...emptyPattern, endsOn: '2027-12-31' })).toBe(
      'FREQ=MONTHLY;BYDAY=+2TU;UNTIL=20271231',
    );
  });

  it('builds "last Friday" and "every 3 weeks" for a number of sessions', () => {
    expect(
      buildRule({ ...emptyPattern, ordinal: '-1', weekday: 'FR', ends: 'after', count: '6' }),
    ).toBe('FREQ=MONTHLY;BYDAY=-1FR;COUNT=6');
    expect(
      buildRule({ ...emptyPattern, kind: 'weekly', interval: '3', ends: 'after', count: '10' }),
    ).toBe('FREQ=WEEKLY;INTERVAL=3;BYDAY=TU;COUNT=10');
  });

  it('leaves the end off when none is given, so the API can say the rule runs forever', () => {
    expect(buildRule(emptyPattern)).toBe('FREQ=MONTHLY;BYDAY=+2TU');
  });

  it('passes an advanced rule through without its RRULE: prefix', () => {
    expect(
      buildRule({ ...emptyPattern, kind: 'advanced', advanced: ' RRULE:FREQ=DAILY;COUNT=3 ' }),
    ).toBe('FREQ=DAILY;COUNT=3');
  });

  it('reads its own rules back into the simple form', () => {
    const monthly = {
      ...emptyPattern,
      ordinal: '-1' as const,
      weekday: 'MO' as const,
      endsOn: '2027-06-30',
    };
    expect(parseRule(buildRule(monthly))).toEqual(monthly);
    const weekly = {
      ...emptyPattern,
      kind: 'weekly' as const,
      interval: '2',
      weekday: 'TH' as const,
      ends: 'after' as const,
      count: '8',
    };
    expect(parseRule(`RRULE:${buildRule(weekly)}`)).toEqual(weekly);
  });

  it('keeps any other rule as raw text', () => {
    for (const rule of [
      'FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2;UNTIL=20271231',
      'FREQ=MONTHLY;BYDAY=+2TU',
      'FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4',
      'FREQ=MONTHLY;BYDAY=+2TU;UNTIL=20271231T000000Z',
    ]) {
      expect(parseRule(rule)).toMatchObject({ kind: 'advanced', advanced: rule });
    }
  });
});
