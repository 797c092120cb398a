import type { RoadEstimateOptions } from './types';

/**
 * Road-estimate defaults for urban housing visits. They are estimates to be replaced by a
 * routing service's matrix when one is available:
 * - circuity 1.3: road distance over great-circle distance. Ballou, Rahardja & Sakai (2002,
 *   Transportation Research A 36(9)) report national averages of 1.2–1.4; Boscoe, Henry &
 *   Zdeb (2012, Professional Geographer 64(2)) find 1.417 on average in the US, higher for
 *   short trips, lower for long ones. Dense street grids sit near the middle.
 * - 25 km/h: the UK Department for Transport's congestion statistics (table CGN0501) put
 *   weekday average speeds on urban local 'A' roads at roughly 15–25 mph; a van crossing a
 *   town at working hours with junctions sits at the slow end.
 * - 5 minutes per stop: finding parking and walking to the door. Allen et al. (2018,
 *   Transportation Research D 61) measured several minutes of parking and walking per
 *   delivery in central London.
 */
export const roadEstimateDefaults = {
  circuityFactor: 1.3,
  speedKmh: 25,
  minutesPerStop: 5,
} as const satisfies Required<RoadEstimateOptions>;

/** IUGG mean Earth radius. */
const earthRadiusKm = 6371.0088;

const radians = (degrees: number): number => (degrees * Math.PI) / 180;

/** Haversine distance between two `{x: longitude, y: latitude}` points, in km. */
export const greatCircleKm = (
  a: { readonly x: number; readonly y: number },
  b: { readonly x: number; readonly y: number },
): number => {
  const dLat = radians(b.y - a.y);
  const dLon = radians(b.x - a.x);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(a.y)) * Math.cos(radians(b.y)) * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
};

export const euclidean = (
  a: { readonly x: number; readonly y: number },
  b: { readonly x: number; readonly y: number },
): number => Math.hypot(a.x - b.x, a.y - b.y);

/** Road kilometres and minutes between two points; the stop time applies to real moves only. */
export const roadEstimate = (
  a: { readonly x: number; readonly y: number },
  b: { readonly x: number; readonly y: number },
  options: RoadEstimateOptions = {},
): { distanceKm: number; minutes: number } => {
  const circuity = options.circuityFactor ?? roadEstimateDefaults.circuityFactor;
  const speed = options.speedKmh ?? roadEstimateDefaults.speedKmh;
  const perStop = options.minutesPerStop ?? roadEstimateDefaults.minutesPerStop;
  const distanceKm = greatCircleKm(a, b) * circuity;
  if (distanceKm === 0) return { distanceKm, minutes: 0 };
  return { distanceKm, minutes: (distanceKm / speed) * 60 + perStop };
};
