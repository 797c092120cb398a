import 'leaflet/dist/leaflet.css';
import './staffMap.css';
import { useQuery } from '@tanstack/react-query';
import L from 'leaflet';
import { useTRPC } from '../../trpc';

/** Used when the map settings cannot be loaded: the markers still show on a plain background. */
const fallbackTiles = {
  tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '&copy; OpenStreetMap contributors',
};

/** The middle of the borough, before anything is drawn. */
export const boroughCentre: L.LatLngTuple = [53.44, -2.86];

/** Where map tiles come from, as the drop-in maps have it; null until known. */
export function useMapTiles() {
  const trpc = useTRPC();
  const config = useQuery(
    trpc.dropIns.public.config.queryOptions(undefined, { staleTime: Infinity }),
  );
  return config.data ?? (config.isError ? fallbackTiles : null);
}

/**
 * A Leaflet map for the staff pages (a day's route, a patch's boundary). These modules are
 * only imported lazily, so Leaflet is never in the staff pages' first download. Wheel zoom is
 * off (the page scrolls under it) and motion follows the reduced-motion setting.
 */
export function createStaffMap(
  element: HTMLElement,
  tiles: { tileUrl: string; attribution: string },
) {
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const map = L.map(element, {
    scrollWheelZoom: false,
    zoomAnimation: !still,
    fadeAnimation: !still,
    markerZoomAnimation: !still,
    inertia: !still,
  }).setView(boroughCentre, 13);
  L.tileLayer(tiles.tileUrl, { attribution: tiles.attribution, maxZoom: 19 }).addTo(map);
  return map;
}

/** A marker's element, once it is on the map, named for screen readers. */
export function nameMarker(marker: L.Marker, name: string, role: 'img' | 'button') {
  const element = marker.getElement();
  if (!element) return;
  element.setAttribute('role', role);
  element.setAttribute('aria-label', name);
  element.removeAttribute('title');
}
