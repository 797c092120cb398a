/**
 * Map markers must not overlap: overlapping targets are hard to tap and fail WCAG 2.5.8
 * (target size). Venues whose markers would touch at the map's zoom share one marker, which
 * carries all their numbers ("1, 5"); zooming in splits them again.
 */
export interface Placed {
  x: number;
  y: number;
}

/** Each marker is a pill 32px high, wide enough for its numbers. */
export const MARKER_HEIGHT = 32;
export const markerWidth = (label: string) => Math.max(MARKER_HEIGHT, 14 + 9.5 * label.length);
/** Room kept clear around each marker, beyond the pill itself. */
const GAP = 6;

interface Group {
  members: number[];
  x: number;
  y: number;
  width: number;
}

const touch = (a: Group, b: Group) =>
  Math.abs(a.x - b.x) < (a.width + b.width) / 2 + GAP && Math.abs(a.y - b.y) < MARKER_HEIGHT + GAP;

/**
 * Groups points (in screen pixels, each with its own label) so that no two markers touch:
 * the groups' members, in the order given, each group at the centre of its members.
 */
export function clusterMarkers(points: readonly Placed[], labelOf: (members: number[]) => string) {
  const group = (members: number[]): Group => {
    const x = members.reduce((sum, i) => sum + (points[i]?.x ?? 0), 0) / members.length;
    const y = members.reduce((sum, i) => sum + (points[i]?.y ?? 0), 0) / members.length;
    return { members, x, y, width: markerWidth(labelOf(members)) };
  };
  let groups = points.map((_, index) => group([index]));
  for (let merged = true; merged; ) {
    merged = false;
    search: for (const [i, a] of groups.entries())
      for (const b of groups.slice(i + 1))
        if (touch(a, b)) {
          const joined = group([...a.members, ...b.members].sort((p, q) => p - q));
          groups = [...groups.filter((g) => g !== a && g !== b), joined];
          merged = true;
          break search;
        }
  }
  return groups
    .map(({ members, x, y }) => ({ members, x, y }))
    .sort((a, b) => (a.members[0] ?? 0) - (b.members[0] ?? 0));
}
