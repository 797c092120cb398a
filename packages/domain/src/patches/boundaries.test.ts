import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  assertNoOverlap,
  type BoundingBox,
  checkBoundary,
  homesThatWouldMove,
  overlappingPatches,
  patchForHome,
} from './boundaries';

const borough: BoundingBox = [-2.95, 53.34, -2.75, 53.52];
const square = (west: number, south: number, size: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [west + size, south],
      [west + size, south + size],
      [west, south + size],
      [west, south],
    ],
  ],
});

describe('checkBoundary', () => {
  it('accepts a simple closed polygon inside the borough', () => {
    const polygon = square(-2.9, 53.4, 0.01);
    expect(checkBoundary(polygon, borough)).toBe(polygon);
  });

  it('refuses a self-intersecting (bow-tie) boundary', () => {
    const bowTie = {
      type: 'Polygon',
      coordinates: [
        [
          [-2.9, 53.4],
          [-2.89, 53.41],
          [-2.89, 53.4],
          [-2.9, 53.41],
          [-2.9, 53.4],
        ],
      ],
    };
    expect(() => checkBoundary(bowTie, borough)).toThrow(
      'The boundary crosses itself (once): redraw it so no edge crosses another.',
    );
  });

  it('refuses an unclosed ring', () => {
    const open = {
      type: 'Polygon',
      coordinates: [
        [
          [-2.9, 53.4],
          [-2.89, 53.4],
          [-2.89, 53.41],
          [-2.9, 53.41],
        ],
      ],
    };
    expect(() => checkBoundary(open, borough)).toThrow(
      'The outline is not closed: its last corner must be the same as its first.',
    );
  });

  it('refuses a corner outside the borough', () => {
    expect(() => checkBoundary(square(-3.1, 53.4, 0.01), borough)).toThrow(
      'The outline has a corner at 53.4, -3.1, outside the borough (latitude 53.34 to 53.52, longitude -2.95 to -2.75).',
    );
  });

  it('refuses what is not a polygon, too few corners, bad numbers and no area', () => {
    expect(() => checkBoundary({ type: 'Point', coordinates: [0, 0] }, borough)).toThrow(
      'The boundary must be one polygon (GeoJSON type "Polygon").',
    );
    expect(() => checkBoundary(null, borough)).toThrow('must be one polygon');
    expect(() => checkBoundary({ type: 'Polygon', coordinates: [] }, borough)).toThrow(
      'The boundary has no outline.',
    );
    expect(() =>
      checkBoundary(
        {
          type: 'Polygon',
          coordinates: [
            [
              [-2.9, 53.4],
              [-2.89, 53.4],
              [-2.9, 53.4],
            ],
          ],
        },
        borough,
      ),
    ).toThrow('The outline needs at least three corners');
    expect(() =>
      checkBoundary(
        {
          type: 'Polygon',
          coordinates: [
            [
              [-2.9, 53.4],
              ['east', 53.4],
              [-2.89, 53.41],
              [-2.9, 53.4],
            ],
          ],
        },
        borough,
      ),
    ).toThrow('not a longitude and latitude pair');
    expect(() =>
      checkBoundary(
        {
          type: 'Polygon',
          coordinates: [
            [
              [-2.9, 53.4],
              [-2.89, 53.4],
              [-2.88, 53.4],
              [-2.9, 53.4],
            ],
          ],
        },
        borough,
      ),
    ).toThrow('The boundary encloses no area.');
  });
});

describe('overlaps', () => {
  const kirkby = { id: 'k', name: 'Kirkby', boundary: square(-2.9, 53.4, 0.01) };
  it('names the patches a boundary overlaps, with the shared area', () => {
    const overlapping = square(-2.895, 53.4, 0.01);
    const [overlap] = overlappingPatches(overlapping, [kirkby]);
    expect(overlap?.name).toBe('Kirkby');
    // Half of a 0.01° square at 53.4° N: about 333 m × 1,112 m.
    expect(overlap?.squareMetres).toBeGreaterThan(360_000);
    expect(overlap?.squareMetres).toBeLessThan(380_000);
    expect(() => assertNoOverlap(overlapping, [kirkby])).toThrow(
      /overlaps Kirkby \(3\d\d,\d{3} m²\)/,
    );
  });

  it('accepts neighbours that only share an edge', () => {
    expect(overlappingPatches(square(-2.89, 53.4, 0.01), [kirkby])).toEqual([]);
    expect(() => assertNoOverlap(square(-2.89, 53.4, 0.01), [kirkby])).not.toThrow();
  });
});

describe('homes and patches', () => {
  const west = { id: 'west', name: 'West', boundary: square(-2.9, 53.4, 0.01) };
  const east = { id: 'east', name: 'East', boundary: square(-2.89, 53.4, 0.01) };
  const homes = [
    { id: 'h1', latitude: 53.405, longitude: -2.895 },
    { id: 'h2', latitude: 53.405, longitude: -2.8905 },
    { id: 'h3', latitude: 53.405, longitude: -2.885 },
    { id: 'h4', latitude: 53.45, longitude: -2.8 },
  ];

  it('puts each home in the patch containing it, or none', () => {
    expect(homes.map((home) => patchForHome(home, [west, east]))).toEqual([
      'west',
      'west',
      'east',
      null,
    ]);
  });

  it('previews the homes a boundary change would move', () => {
    const current = new Map(homes.map((home) => [home.id, patchForHome(home, [west, east])]));
    const smallerWest = { ...west, boundary: square(-2.9, 53.4, 0.008) };
    const widerEast = {
      ...east,
      boundary: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [-2.892, 53.4],
            [-2.88, 53.4],
            [-2.88, 53.41],
            [-2.892, 53.41],
            [-2.892, 53.4],
          ],
        ],
      },
    };
    expect(homesThatWouldMove(homes, current, [smallerWest, widerEast])).toEqual([
      { homeId: 'h2', from: 'west', to: 'east' },
    ]);
  });
});
