import turfArea from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { feature, featureCollection } from '@turf/helpers';
import intersect from '@turf/intersect';
import kinks from '@turf/kinks';
import type { Polygon } from 'geojson';
import { DomainError } from '../errors';

/** [west, south, east, north] in degrees: the borough a patch must lie inside. */
export type BoundingBox = readonly [number, number, number, number];

export interface PatchBoundary {
  id: string;
  name: string;
  boundary: Polygon;
}

/** Overlaps smaller than this (square metres) are drawing slop along a shared edge, not overlaps. */
const overlapToleranceM2 = 50;

const refuse = (message: string): never => {
  throw new DomainError('INVALID_INPUT', message);
};

/**
 * Checks that a drawn boundary is a single valid polygon inside the borough: closed rings of
 * at least three distinct corners, no edge crossing another, every corner inside `borough`.
 */
export function checkBoundary(boundary: unknown, borough: BoundingBox): Polygon {
  const polygon = boundary as Partial<Polygon> | null;
  if (polygon?.type !== 'Polygon' || !Array.isArray(polygon.coordinates)) {
    return refuse('The boundary must be one polygon (GeoJSON type "Polygon").');
  }
  if (polygon.coordinates.length === 0) return refuse('The boundary has no outline.');
  polygon.coordinates.forEach((ring, index) => {
    const which = index === 0 ? 'The outline' : `Hole ${index}`;
    if (!Array.isArray(ring) || ring.length < 4) {
      refuse(`${which} needs at least three corners and must end where it starts.`);
    }
    for (const position of ring) {
      const [lng, lat] = position as number[];
      if (!Number.isFinite(lng) || !Number.isFinite(lat)) {
        refuse(`${which} has a corner that is not a longitude and latitude pair.`);
      }
      const [west, south, east, north] = borough;
      if (
        (lng as number) < west ||
        (lng as number) > east ||
        (lat as number) < south ||
        (lat as number) > north
      ) {
        refuse(
          `${which} has a corner at ${lat}, ${lng}, outside the borough (latitude ${south} to ${north}, longitude ${west} to ${east}).`,
        );
      }
    }
    const first = ring[0] as number[];
    const last = ring[ring.length - 1] as number[];
    if (first[0] !== last[0] || first[1] !== last[1]) {
      refuse(`${which} is not closed: its last corner must be the same as its first.`);
    }
  });
  const valid = polygon as Polygon;
  const crossings = kinks(valid).features.length;
  if (crossings > 0) {
    refuse(
      `The boundary crosses itself (${crossings === 1 ? 'once' : `${crossings} times`}): redraw it so no edge crosses another.`,
    );
  }
  if (turfArea(valid) < 1) refuse('The boundary encloses no area.');
  return valid;
}

/** The other patches a boundary overlaps, with the shared area in square metres. */
export function overlappingPatches(boundary: Polygon, others: readonly PatchBoundary[]) {
  return others.flatMap((other) => {
    const shared = intersect(featureCollection([feature(boundary), feature(other.boundary)]));
    const squareMetres = shared ? turfArea(shared) : 0;
    return squareMetres > overlapToleranceM2
      ? [{ id: other.id, name: other.name, squareMetres: Math.round(squareMetres) }]
      : [];
  });
}

/** Refuses a boundary that overlaps another patch: a home must belong to exactly one patch. */
export function assertNoOverlap(boundary: Polygon, others: readonly PatchBoundary[]): void {
  const overlaps = overlappingPatches(boundary, others);
  if (overlaps.length > 0) {
    refuse(
      `The boundary overlaps ${overlaps
        .map((o) => `${o.name} (${o.squareMetres.toLocaleString('en-GB')} m²)`)
        .join(', ')}. Move the shared edge so each home is in exactly one patch.`,
    );
  }
}

export interface HomePoint {
  id: string;
  latitude: number;
  longitude: number;
}

/** The patch each home lies in, or null when it lies in none. */
export function patchForHome(home: HomePoint, patches: readonly PatchBoundary[]): string | null {
  const point = [home.longitude, home.latitude];
  return patches.find((patch) => booleanPointInPolygon(point, patch.boundary))?.id ?? null;
}

/**
 * Before a boundary change is saved: the homes that would change patch. `current` maps each
 * home to its patch today; `proposed` is every patch's boundary after the change.
 */
export function homesThatWouldMove(
  homes: readonly HomePoint[],
  current: ReadonlyMap<string, string | null>,
  proposed: readonly PatchBoundary[],
) {
  return homes.flatMap((home) => {
    const from = current.get(home.id) ?? null;
    const to = patchForHome(home, proposed);
    return from === to ? [] : [{ homeId: home.id, from, to }];
  });
}
