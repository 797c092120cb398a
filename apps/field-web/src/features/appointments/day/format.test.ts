import { describe, expect, it } from 'vitest';
import {
  attemptText,
  geoHref,
  instantFromInput,
  localInputValue,
  mapsDirectionsUrl,
  shiftDate,
  telHref,
  timeOfDay,
  timeRange,
  totalsText,
  travelText,
} from './format';

describe('times of day', () => {
  it('are London wall-clock times in summer and in winter', () => {
    expect(timeOfDay('2026-06-10T08:30:00Z')).toBe('09:30');
    expect(timeOfDay('2026-12-10T08:30:00Z')).toBe('08:30');
    expect(timeRange('2026-06-10T08:30:00Z', '2026-06-10T09:45:00Z')).toBe('09:30 to 10:45');
  });
});

describe('travel and totals', () => {
  it('say minutes and kilometres in words', () => {
    expect(travelText({ minutes: 12.4, km: 3.44 })).toBe('12 minutes’ travel (3.4 km)');
    expect(travelText({ minutes: 1, km: 0.2 })).toBe('1 minute’ travel (0.2 km)');
    expect(totalsText({ visits: 1, travelMinutes: 48, travelKm: 21.25 })).toBe(
      '1 visit, 48 minutes’ travel, 21.3 km in all',
    );
  });
});

describe('attempts', () => {
  it('count against the standard when there is one', () => {
    expect(attemptText({ number: 2, standard: 3 })).toBe('Attempt 2 of 3');
    expect(attemptText({ number: 1, standard: 3 })).toBe('Attempt 1 of 3');
    expect(attemptText({ number: 2, standard: null })).toBe('Attempt 2');
    expect(attemptText({ number: 1, standard: null })).toBeNull();
  });
});

describe('links', () => {
  it('dial only digits and a leading plus', () => {
    expect(telHref('0151 496 0000')).toBe('tel:01514960000');
    expect(telHref('+44 (0)151 496-0000')).toBe('tel:+4401514960000');
  });
  it('hand the home to the maps app and to a browser', () => {
    expect(geoHref(53.41, -2.84, '12 Hall Lane, L36 1AA')).toBe(
      'geo:53.41,-2.84?q=53.41,-2.84(12%20Hall%20Lane%2C%20L36%201AA)',
    );
    expect(mapsDirectionsUrl({ latitude: 53.41, longitude: -2.84 })).toBe(
      'https://www.openstreetmap.org/directions?to=53.41,-2.84',
    );
    expect(
      mapsDirectionsUrl({ latitude: 53.41, longitude: -2.84 }, { latitude: 53.4, longitude: -2.8 }),
    ).toBe('https://www.openstreetmap.org/directions?to=53.41,-2.84&from=53.4,-2.8');
  });
});

describe('dates', () => {
  it('move by calendar days across clock changes, months and years', () => {
    expect(shiftDate('2026-03-28', 1)).toBe('2026-03-29');
    expect(shiftDate('2026-03-29', 1)).toBe('2026-03-30');
    expect(shiftDate('2026-10-25', 1)).toBe('2026-10-26');
    expect(shiftDate('2026-12-31', 1)).toBe('2027-01-01');
    expect(shiftDate('2026-01-01', -1)).toBe('2025-12-31');
  });
});

describe('the outcome time field', () => {
  it('shows an instant as London wall-clock time', () => {
    expect(localInputValue('2026-06-10T08:30:41Z')).toBe('2026-06-10T09:30');
    expect(localInputValue(new Date('2026-01-10T08:30:00Z'))).toBe('2026-01-10T08:30');
  });
  it('reads the field back as an instant, in summer and winter', () => {
    expect(instantFromInput('2026-06-10T09:30')).toEqual({ instant: '2026-06-10T08:30:00Z' });
    expect(instantFromInput('2026-01-10T09:30')).toEqual({ instant: '2026-01-10T09:30:00Z' });
  });
  it('says why the hour the clocks skip is not a time, and ignores an empty field', () => {
    const skipped = instantFromInput('2026-03-29T01:30');
    expect(skipped).toMatchObject({ problem: expect.stringMatching(/clocks go forward/) });
    expect(instantFromInput('')).toBeNull();
    expect(instantFromInput('10:30')).toBeNull();
  });
});
