import { describe, expect, it } from 'vitest';
import { clusterMarkers, MARKER_HEIGHT, markerWidth } from './clusters';

const label = (members: number[]) => members.map((i) => i + 1).join(', ');

describe('map markers that would overlap', () => {
  it('leaves markers that are apart as they are', () => {
    const groups = clusterMarkers(
      [
        { x: 0, y: 0 },
        { x: 100, y: 0 },
        { x: 0, y: 100 },
      ],
      label,
    );
    expect(groups.map((g) => g.members)).toEqual([[0], [1], [2]]);
  });

  it('joins markers that would touch into one at their centre, and keeps the rest apart', () => {
    const groups = clusterMarkers(
      [
        { x: 0, y: 0 },
        { x: 20, y: 10 },
        { x: 200, y: 0 },
      ],
      label,
    );
    expect(groups).toEqual([
      { members: [0, 1], x: 10, y: 5 },
      { members: [2], x: 200, y: 0 },
    ]);
  });

  it('keeps merging until no two markers touch, however the points chain', () => {
    const points = Array.from({ length: 12 }, (_, i) => ({ x: i * 25, y: (i % 3) * 12 }));
    const groups = clusterMarkers(points, label);
    expect(groups.flatMap((g) => g.members).sort((a, b) => a - b)).toEqual(points.map((_, i) => i));
    for (const [i, a] of groups.entries())
      for (const b of groups.slice(i + 1)) {
        const apartX =
          Math.abs(a.x - b.x) >=
          (markerWidth(label(a.members)) + markerWidth(label(b.members))) / 2;
        const apartY = Math.abs(a.y - b.y) >= MARKER_HEIGHT;
        expect(apartX || apartY).toBe(true);
      }
  });
});
