import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Polygon, Position } from 'geojson';

export interface LatLng {
  latitude: number;
  longitude: number;
}

const METRES_PER_DEGREE_LATITUDE = 111_320;

export function offsetMetres(from: LatLng, north: number, east: number): LatLng {
  const metresPerDegreeLongitude =
    METRES_PER_DEGREE_LATITUDE * Math.cos((from.latitude * Math.PI) / 180);
  return {
    latitude: round6(from.latitude + north / METRES_PER_DEGREE_LATITUDE),
    longitude: round6(from.longitude + east / metresPerDegreeLongitude),
  };
}

export function distanceMetres(a: LatLng, b: LatLng): number {
  const north = (b.latitude - a.latitude) * METRES_PER_DEGREE_LATITUDE;
  const east =
    (b.longitude - a.longitude) *
    METRES_PER_DEGREE_LATITUDE *
    Math.cos((((a.latitude + b.latitude) / 2) * Math.PI) / 180);
  return Math.hypot(north, east);
}

/** Six decimal places is about 10 cm: enough for a front door, and stable across runs. */
const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * A boundary described by its distance from the centre at each bearing. Because every
 * bearing has exactly one boundary point, slices of it by bearing never overlap and
 * together cover the whole area, which is how an area is shared between advisors.
 */
export interface RadialShape {
  centre: LatLng;
  radiusAt: (bearing: number) => number;
}

export function radialShape(
  centre: LatLng,
  radiusMetres: number,
  stretch: number,
  maxRadiusMetres: number,
  phases: [number, number, number],
): RadialShape {
  return {
    centre,
    radiusAt(bearing) {
      const wobble =
        1 +
        0.16 * Math.sin(2 * bearing + phases[0]) +
        0.09 * Math.sin(3 * bearing + phases[1]) +
        0.05 * Math.sin(5 * bearing + phases[2]);
      // East-west reach is `stretch` times the north-south one.
      const ellipse = stretch / Math.hypot(Math.cos(bearing) * stretch, Math.sin(bearing));
      return Math.min(radiusMetres * wobble * ellipse, maxRadiusMetres);
    },
  };
}

const pointAt = (shape: RadialShape, bearing: number): Position => {
  const r = shape.radiusAt(bearing);
  const p = offsetMetres(shape.centre, r * Math.cos(bearing), r * Math.sin(bearing));
  return [p.longitude, p.latitude];
};

/** The slice of a shape between two bearings (radians clockwise from north), as GeoJSON. */
export function slicePolygon(shape: RadialShape, from: number, to: number, steps = 40): Polygon {
  const whole = to - from >= 2 * Math.PI - 1e-9;
  const ring: Position[] = [];
  if (!whole) ring.push([shape.centre.longitude, shape.centre.latitude]);
  const count = Math.max(3, Math.ceil((steps * (to - from)) / (2 * Math.PI)));
  for (let i = 0; i <= count; i += 1) {
    if (whole && i === count) break;
    ring.push(pointAt(shape, from + ((to - from) * i) / count));
  }
  const first = ring[0];
  if (first) ring.push([...first]);
  return { type: 'Polygon', coordinates: [ring] };
}

export function contains(polygon: Polygon, point: LatLng): boolean {
  return booleanPointInPolygon([point.longitude, point.latitude], polygon, {
    ignoreBoundary: true,
  });
}
