import { describe, expect, it } from 'vitest';
import { dayRoute, travelLeg } from './day-route';

// A few streets apart in Huyton.
const base = { latitude: 53.411, longitude: -2.843 };
const a = { latitude: 53.414, longitude: -2.84 };
const b = { latitude: 53.42, longitude: -2.83 };
const c = { latitude: 53.405, longitude: -2.85 };
const shift = { startMinutes: 9 * 60, endMinutes: 17 * 60 };

describe('dayRoute', () => {
  it('orders booked visits by their times, with road-estimate travel between them', () => {
    const route = dayRoute({
      date: '2026-11-23',
      from: base,
      shift,
      visits: [
        { id: 'late', location: b, durationMinutes: 60, start: '2026-11-23T14:00:00Z' },
        { id: 'early', location: a, durationMinutes: 45, start: '2026-11-23T09:30:00Z' },
      ],
    });
    expect(route.stops.map((s) => s.id)).toEqual(['early', 'late']);
    expect(route.stops[0]).toMatchObject({
      start: '2026-11-23T09:30:00.000Z',
      end: '2026-11-23T10:15:00.000Z',
      travelFromPrevious: null,
    });
    expect(route.stops[1]?.travelFromPrevious).toEqual(travelLeg(a, b));
    expect(route.travelKm).toBeCloseTo(travelLeg(a, b).km, 5);
    expect(route.travelMinutes).toBe(travelLeg(a, b).minutes);
    expect(route.unplaced).toEqual([]);
  });

  it('keeps booked times and places a flexible knock in a gap after notBefore', () => {
    const route = dayRoute({
      date: '2026-11-23',
      from: base,
      shift,
      notBefore: '2026-11-23T10:00:00Z',
      visits: [
        { id: 'booked-1', location: a, durationMinutes: 60, start: '2026-11-23T10:30:00Z' },
        { id: 'booked-2', location: b, durationMinutes: 60, start: '2026-11-23T13:00:00Z' },
        { id: 'knock', location: c, durationMinutes: 30, start: null },
      ],
    });
    const byId = new Map(route.stops.map((s) => [s.id, s]));
    expect(byId.get('booked-1')?.start).toBe('2026-11-23T10:30:00.000Z');
    expect(byId.get('booked-2')?.start).toBe('2026-11-23T13:00:00.000Z');
    const knock = byId.get('knock');
    expect(knock).toBeDefined();
    expect(Date.parse(knock?.start ?? '')).toBeGreaterThanOrEqual(
      Date.parse('2026-11-23T10:00:00Z'),
    );
    for (const booked of ['booked-1', 'booked-2']) {
      const s = byId.get(booked);
      const overlaps =
        Date.parse(knock?.start ?? '') < Date.parse(s?.end ?? '') &&
        Date.parse(s?.start ?? '') < Date.parse(knock?.end ?? '');
      expect(overlaps).toBe(false);
    }
    const starts = route.stops.map((s) => s.start);
    expect(starts).toEqual([...starts].sort());
  });

  it('leaves a knock unplaced when the day has no room', () => {
    const route = dayRoute({
      date: '2026-11-23',
      from: base,
      shift,
      visits: [
        { id: 'all-day', location: a, durationMinutes: 480, start: '2026-11-23T09:00:00Z' },
        { id: 'knock', location: c, durationMinutes: 30, start: null },
      ],
    });
    expect(route.unplaced).toEqual(['knock']);
    expect(route.stops.map((s) => s.id)).toEqual(['all-day']);
  });

  it('counts minutes from London midnight on the day the clocks go back', () => {
    const route = dayRoute({
      date: '2026-10-25',
      from: base,
      shift,
      visits: [{ id: 'knock', location: a, durationMinutes: 30, start: null }],
    });
    // 09:00 London on 25 October 2026 is 09:00 GMT (clocks went back at 02:00 BST).
    expect(Date.parse(route.stops[0]?.start ?? '')).toBeGreaterThanOrEqual(
      Date.parse('2026-10-25T09:00:00Z'),
    );
  });
});
