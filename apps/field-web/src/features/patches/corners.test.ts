import { describe, expect, it } from 'vitest';
import { cornersOf, drawable, insertAfter, type Polygon, polygonOf } from './corners';

const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [-2.85, 53.41],
      [-2.84, 53.41],
      [-2.84, 53.42],
      [-2.85, 53.42],
      [-2.85, 53.41],
    ],
  ],
};

describe('boundary corners', () => {
  it('reads the outline without its closing corner and writes it back closed', () => {
    const corners = cornersOf(square);
    expect(corners.map((c) => [c.latitude, c.longitude])).toEqual([
      ['53.41', '-2.85'],
      ['53.41', '-2.84'],
      ['53.42', '-2.84'],
      ['53.42', '-2.85'],
    ]);
    expect(new Set(corners.map((c) => c.key)).size).toBe(4);
    expect(polygonOf(corners)).toEqual({ polygon: square, problems: [] });
  });

  it('keeps holes as they were', () => {
    const hole = [
      [-2.846, 53.414],
      [-2.845, 53.414],
      [-2.845, 53.415],
      [-2.846, 53.414],
    ];
    const result = polygonOf(cornersOf(square), [hole]);
    expect(result.polygon?.coordinates[1]).toEqual(hole);
  });

  it('says which field is not a number, and that three corners are needed', () => {
    const corners = cornersOf(square).slice(0, 2);
    const [first, second] = corners;
    if (!first || !second) throw new Error('two corners expected');
    const result = polygonOf([
      { ...first, latitude: 'north' },
      { ...second, longitude: '' },
    ]);
    expect(result.polygon).toBeNull();
    expect(result.problems.map((p) => p.field)).toEqual([
      'corner-1-latitude',
      'corner-2-longitude',
      'corners-heading',
    ]);
    expect(result.problems[0]?.text).toMatch(/corner 1's latitude/);
  });

  it('adds a corner halfway along the edge, including the closing edge', () => {
    const corners = cornersOf(square);
    const after = insertAfter(corners, 0);
    expect(after).toHaveLength(5);
    expect([after[1]?.latitude, after[1]?.longitude]).toEqual(['53.41', '-2.845']);
    const closing = insertAfter(corners, 3);
    expect([closing[4]?.latitude, closing[4]?.longitude]).toEqual(['53.415', '-2.85']);
  });

  it('draws only the corners whose fields hold numbers', () => {
    const corners = cornersOf(square);
    const [first, ...rest] = corners;
    if (!first) throw new Error('a corner expected');
    expect(drawable([{ ...first, latitude: '53.' }, ...rest]).map((c) => c.index)).toEqual([
      0, 1, 2, 3,
    ]);
    expect(drawable([{ ...first, latitude: 'x' }, ...rest]).map((c) => c.index)).toEqual([1, 2, 3]);
  });
});
