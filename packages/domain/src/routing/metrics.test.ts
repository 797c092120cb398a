import { describe, expect, it } from 'vitest';
import { greatCircleKm, roadEstimate, roadEstimateDefaults } from './metrics';
import { solve } from './solve';

const kingsCross = { x: -0.1246, y: 51.5308 };
const waterloo = { x: -0.1132, y: 51.5031 };

describe('road estimate', () => {
  it('measures the great circle between two London stations', () => {
    // About 3.2 km apart on a map.
    expect(greatCircleKm(kingsCross, waterloo)).toBeGreaterThan(3.0);
    expect(greatCircleKm(kingsCross, waterloo)).toBeLessThan(3.4);
    expect(greatCircleKm(kingsCross, kingsCross)).toBe(0);
  });

  it('scales by circuity, drives at urban speed and adds the stop time', () => {
    const straight = greatCircleKm(kingsCross, waterloo);
    const leg = roadEstimate(kingsCross, waterloo);
    expect(leg.distanceKm).toBeCloseTo(straight * roadEstimateDefaults.circuityFactor, 9);
    expect(leg.minutes).toBeCloseTo(
      (leg.distanceKm / roadEstimateDefaults.speedKmh) * 60 + roadEstimateDefaults.minutesPerStop,
      9,
    );
    const custom = roadEstimate(kingsCross, waterloo, {
      circuityFactor: 1,
      speedKmh: 60,
      minutesPerStop: 0,
    });
    expect(custom.minutes).toBeCloseTo(straight, 9);
    expect(roadEstimate(waterloo, waterloo)).toEqual({ distanceKm: 0, minutes: 0 });
  });

  it('plans a housing day in kilometres and minutes', () => {
    const plan = solve(
      {
        travel: { kind: 'road-estimate' },
        vehicles: [
          {
            id: 'advisor',
            start: kingsCross,
            shift: { start: 480, end: 1020 },
            break: { window: { start: 720, end: 780 }, duration: 30 },
          },
        ],
        jobs: [
          { id: 'home-a', location: waterloo, service: 45, windows: [{ start: 540, end: 600 }] },
          {
            id: 'home-b',
            location: { x: -0.14, y: 51.52 },
            service: 45,
            windows: [{ start: 780, end: 840 }],
          },
        ],
      },
      { seed: 1, maxIterations: 20 },
    );
    const [route] = plan.routes;
    expect(route?.stops.map((s) => s.jobId ?? s.kind)).toEqual(['home-a', 'break', 'home-b']);
    const lunch = route?.stops[1];
    expect(lunch?.start).toBeGreaterThanOrEqual(720);
    expect((lunch?.departure ?? 0) - (lunch?.start ?? 0)).toBe(30);
    expect(plan.distance).toBeGreaterThan(3 * roadEstimateDefaults.circuityFactor);
  });
});
