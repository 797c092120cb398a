import 'leaflet/dist/leaflet.css';
import { useQuery } from '@tanstack/react-query';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useTRPC } from '../../../trpc';

const fallbackTiles = {
  tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '&copy; OpenStreetMap contributors',
};
/** The middle of the borough, for a venue with no position yet. */
const boroughCentre: L.LatLngTuple = [53.44, -2.86];

const round = (value: number) => Math.round(value * 100_000) / 100_000;

/**
 * A map to click on to set a venue's position: a quicker way to fill the latitude and
 * longitude fields, which stay the way to do it by keyboard. Loaded only when asked for, so
 * Leaflet is not in the staff pages' first download.
 */
export default function MapPicker({
  latitude,
  longitude,
  onPick,
}: {
  latitude: number | null;
  longitude: number | null;
  onPick: (latitude: number, longitude: number) => void;
}) {
  const trpc = useTRPC();
  const config = useQuery(
    trpc.dropIns.public.config.queryOptions(undefined, { staleTime: Infinity }),
  );
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const marker = useRef<L.CircleMarker | null>(null);
  const pick = useRef(onPick);
  pick.current = onPick;
  const tiles = config.data ?? (config.isError ? fallbackTiles : null);

  useEffect(() => {
    if (!container.current || !tiles) return;
    const created = L.map(container.current).setView(boroughCentre, 13);
    L.tileLayer(tiles.tileUrl, { attribution: tiles.attribution, maxZoom: 19 }).addTo(created);
    created.on('click', (event: L.LeafletMouseEvent) =>
      pick.current(round(event.latlng.lat), round(event.latlng.lng)),
    );
    map.current = created;
    return () => {
      created.remove();
      map.current = null;
      marker.current = null;
    };
  }, [tiles]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the marker goes on once the map exists, which follows the tiles.
  useEffect(() => {
    const current = map.current;
    if (!current || latitude === null || longitude === null) return;
    const at: L.LatLngTuple = [latitude, longitude];
    if (marker.current) marker.current.setLatLng(at);
    else
      marker.current = L.circleMarker(at, {
        radius: 10,
        color: '#0b0c0c',
        weight: 3,
        interactive: false,
      }).addTo(current);
    current.panTo(at);
  }, [latitude, longitude, tiles]);

  return (
    <section
      className="dc-map"
      ref={container}
      aria-label="Map: click where the venue is to fill in its latitude and longitude"
    />
  );
}
