/**
 * A patch outline as the boundary editor holds it: one corner per row, latitude and longitude
 * as typed (text, so a half-typed number is not lost), and GeoJSON for the map and the API.
 */
export interface Corner {
  /** Stable across edits, so React keeps each row's fields (and focus) in place. */
  key: string;
  latitude: string;
  longitude: string;
}

export interface Polygon {
  type: 'Polygon';
  coordinates: number[][][];
}

let nextKey = 0;
const newKey = () => {
  nextKey += 1;
  return `corner-${nextKey}`;
};

/** Six decimal places: about 10 cm, finer than anyone draws a boundary. */
export const roundDegrees = (value: number) => Math.round(value * 1_000_000) / 1_000_000;

export const cornerOf = (latitude: number, longitude: number): Corner => ({
  key: newKey(),
  latitude: String(roundDegrees(latitude)),
  longitude: String(roundDegrees(longitude)),
});

/** The outline's corners, without the closing repeat of the first. */
export function cornersOf(polygon: Polygon): Corner[] {
  const ring = polygon.coordinates[0] ?? [];
  const [first] = ring;
  const last = ring[ring.length - 1];
  const open =
    ring.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]
      ? ring.slice(0, -1)
      : ring;
  return open.map(([longitude = 0, latitude = 0]) => cornerOf(latitude, longitude));
}

const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim()));

export interface CornerProblem {
  text: string;
  /** The id of the field it is about. */
  field: string;
}

export const cornerFieldId = (index: number, axis: 'latitude' | 'longitude') =>
  `corner-${index + 1}-${axis}`;

/**
 * The outline as GeoJSON (closed, as the API wants it), or what is wrong with the fields.
 * Only the typing is checked here; whether the shape is a valid boundary (inside the borough,
 * not crossing itself, not overlapping another patch) is the API's to say.
 */
export function polygonOf(
  corners: readonly Corner[],
  holes: number[][][] = [],
): { polygon: Polygon; problems: [] } | { polygon: null; problems: CornerProblem[] } {
  const problems: CornerProblem[] = [];
  const ring: number[][] = [];
  corners.forEach((corner, index) => {
    const latitude = number(corner.latitude);
    const longitude = number(corner.longitude);
    if (!Number.isFinite(latitude) || latitude < -90 || latitude > 90) {
      problems.push({
        text: `Enter corner ${index + 1}'s latitude as a number, for example 53.4102`,
        field: cornerFieldId(index, 'latitude'),
      });
    }
    if (!Number.isFinite(longitude) || longitude < -180 || longitude > 180) {
      problems.push({
        text: `Enter corner ${index + 1}'s longitude as a number, for example -2.8421`,
        field: cornerFieldId(index, 'longitude'),
      });
    }
    ring.push([longitude, latitude]);
  });
  if (corners.length < 3) {
    problems.push({
      text: 'A boundary needs at least three corners',
      field: 'corners-heading',
    });
  }
  if (problems.length > 0) return { polygon: null, problems };
  const first = ring[0] as number[];
  return {
    polygon: { type: 'Polygon', coordinates: [[...ring, [...first]], ...holes] },
    problems: [],
  };
}

/** A new corner halfway along the edge from corner `index` to the next one. */
export function insertAfter(corners: readonly Corner[], index: number): Corner[] {
  const from = corners[index];
  if (!from) return [...corners];
  const to = corners[(index + 1) % corners.length] ?? from;
  const halfway = (a: string, b: string) => {
    const middle = (number(a) + number(b)) / 2;
    return Number.isFinite(middle) ? String(roundDegrees(middle)) : '';
  };
  const next = [...corners];
  next.splice(index + 1, 0, {
    key: newKey(),
    latitude: halfway(from.latitude, to.latitude),
    longitude: halfway(from.longitude, to.longitude),
  });
  return next;
}

/** The corners whose fields hold numbers, as [latitude, longitude], for the map. */
export function drawable(corners: readonly Corner[]) {
  return corners.flatMap((corner, index) => {
    const latitude = number(corner.latitude);
    const longitude = number(corner.longitude);
    return Number.isFinite(latitude) && Number.isFinite(longitude)
      ? [{ index, latitude, longitude }]
      : [];
  });
}
