import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { createStaffMap, nameMarker, useMapTiles } from '../patches/staffMap';
import { longDate } from './format';
import type { PlanDay } from './types';

/**
 * One day's stops on a map, numbered in route order and joined by a line: a picture of the
 * round, never the only view of it (the list above says the same in words). Markers are
 * named for screen readers but are not controls, so they are not in the Tab order.
 */
export default function DayMap({ day }: { day: PlanDay }) {
  const tiles = useMapTiles();
  const container = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!container.current || !tiles) return;
    const map = createStaffMap(container.current, tiles);
    const stops = day.visits.map((visit): L.LatLngTuple => [visit.latitude, visit.longitude]);
    if (stops.length > 1) {
      L.polyline(stops, { color: '#123f6d', weight: 4, opacity: 0.8, interactive: false }).addTo(
        map,
      );
    }
    day.visits.forEach((visit, index) => {
      const number = String(index + 1);
      const marker = L.marker([visit.latitude, visit.longitude], {
        icon: L.divIcon({ className: 'lw-stop-marker', html: number, iconSize: [32, 32] }),
        interactive: false,
        keyboard: false,
      }).addTo(map);
      nameMarker(
        marker,
        `Stop ${number}: ${visit.startTime}, ${visit.customerName}, ${visit.addressLine1}`,
        'img',
      );
    });
    if (stops.length > 0) map.fitBounds(stops, { padding: [30, 30], maxZoom: 16, animate: false });
    return () => {
      map.remove();
    };
  }, [tiles, day]);

  return (
    <section
      ref={container}
      className="staff-map"
      aria-label={`Map of the meetings on ${longDate(day.date)}, numbered in route order`}
    />
  );
}
