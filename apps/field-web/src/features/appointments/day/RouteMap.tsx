import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { createStaffMap, nameMarker, useMapTiles } from '../../patches/staffMap';
import { timeOfDay } from './format';
import type { DayOutput } from './types';

/**
 * The day's stops, numbered in route order and joined by a line from where the day starts.
 * Loaded only when the advisor opens the map. A picture of the list beside it, never the only
 * view: markers are named for screen readers but are not controls, so not in the Tab order.
 * Without tiles (no signal) the markers and line still draw on a plain background.
 */
export default function RouteMap({ day, label }: { day: DayOutput; label: string }) {
  const tiles = useMapTiles();
  const container = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!container.current || !tiles) return;
    const map = createStaffMap(container.current, tiles);
    const start: L.LatLngTuple = [day.start.latitude, day.start.longitude];
    const stops = day.visits.map(
      (visit): L.LatLngTuple => [visit.home.latitude, visit.home.longitude],
    );
    L.polyline([start, ...stops], {
      color: '#0b0c0c',
      weight: 4,
      opacity: 0.85,
      dashArray: '8 6',
      interactive: false,
    }).addTo(map);
    const origin = L.marker(start, {
      icon: L.divIcon({ className: 'fd-start-marker', html: 'S', iconSize: [28, 28] }),
      interactive: false,
      keyboard: false,
    }).addTo(map);
    nameMarker(origin, `Start: ${day.start.label}`, 'img');
    day.visits.forEach((visit, index) => {
      const number = String(index + 1);
      const marker = L.marker([visit.home.latitude, visit.home.longitude], {
        icon: L.divIcon({ className: 'fd-stop-marker', html: number, iconSize: [32, 32] }),
        interactive: false,
        keyboard: false,
      }).addTo(map);
      nameMarker(
        marker,
        `Stop ${number}: ${timeOfDay(visit.start)}, ${visit.customer.name}, ${visit.home.addressLine1}`,
        'img',
      );
    });
    map.fitBounds([start, ...stops], { padding: [30, 30], maxZoom: 16, animate: false });
    return () => {
      map.remove();
    };
  }, [tiles, day]);

  return <section ref={container} className="staff-map fd-map" aria-label={label} />;
}
