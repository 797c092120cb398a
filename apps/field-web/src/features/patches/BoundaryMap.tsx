import L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { type Corner, drawable, roundDegrees } from './corners';
import { createStaffMap, nameMarker, useMapTiles } from './staffMap';

/** How far one arrow-key press moves a focused corner, in screen pixels. */
const NUDGE_PX = 8;
const nudges: Record<string, [number, number]> = {
  ArrowUp: [0, -NUDGE_PX],
  ArrowDown: [0, NUDGE_PX],
  ArrowLeft: [-NUDGE_PX, 0],
  ArrowRight: [NUDGE_PX, 0],
};

const markerIcon = () =>
  L.divIcon({
    className: 'pb-corner-marker',
    html: '<span class="pb-corner-marker__dot"></span>',
    // 44 px: a finger can take hold of it (WCAG 2.5.8 asks for 24; we keep to 44).
    iconSize: [44, 44],
  });

/** Marker centres closer than this would overlap: one 44 px target must not cover another. */
const MIN_GAP_PX = 46;

/**
 * Shows only markers that do not overlap one already shown, in corner order: at a wide zoom
 * some corners are hidden from the map (never from the list) and come back on zooming in.
 */
function declutter(map: L.Map, markers: L.Marker[]) {
  const shown: L.Point[] = [];
  for (const marker of markers) {
    const element = marker.getElement();
    if (!element) continue;
    const at = map.latLngToContainerPoint(marker.getLatLng());
    const clear = shown.every((other) => other.distanceTo(at) >= MIN_GAP_PX);
    const focused = element === document.activeElement;
    // A focused corner stays, so arrow keys never lose it under their own press.
    if (clear || focused) shown.push(at);
    element.style.display = clear || focused ? '' : 'none';
  }
}

const cornerName = (index: number, count: number) =>
  `Corner ${index + 1} of ${count}. Drag it, or press the arrow keys, to move it.`;

/**
 * The patch's outline on a map, each corner a marker to drag (or to move with the arrow keys
 * once focused). The list of corners beside it does the same with ordinary fields: the map
 * is the quick way for a mouse or a finger, never the only way.
 */
export default function BoundaryMap({
  corners,
  onMove,
}: {
  corners: Corner[];
  onMove: (index: number, latitude: number, longitude: number) => void;
}) {
  const tiles = useMapTiles();
  const container = useRef<HTMLElement>(null);
  const [map, setMap] = useState<L.Map | null>(null);
  const layers = useRef<{ outline: L.Polygon; markers: L.Marker[]; indexes: number[] } | null>(
    null,
  );
  const move = useRef(onMove);
  move.current = onMove;

  useEffect(() => {
    if (!container.current || !tiles) return;
    const created = createStaffMap(container.current, tiles);
    created.on('zoomend', () => {
      if (layers.current) declutter(created, layers.current.markers);
    });
    setMap(created);
    return () => {
      created.remove();
      layers.current = null;
      setMap(null);
    };
  }, [tiles]);

  useEffect(() => {
    if (!map) return;
    const points = drawable(corners);
    const latLngs = points.map((p): L.LatLngTuple => [p.latitude, p.longitude]);
    const current = layers.current;
    const indexes = points.map((p) => p.index);
    // The same corners as before: move them in place, so a focused marker keeps its focus.
    if (current && current.indexes.join() === indexes.join()) {
      current.outline.setLatLngs(latLngs);
      current.markers.forEach((marker, i) => {
        const at = latLngs[i];
        if (at) marker.setLatLng(at);
      });
      declutter(map, current.markers);
      return;
    }
    const focused = current?.markers.findIndex(
      (marker) => marker.getElement() === document.activeElement,
    );
    if (current) {
      current.outline.remove();
      for (const marker of current.markers) marker.remove();
    }
    const outline = L.polygon(latLngs, {
      color: '#123f6d',
      weight: 3,
      fillOpacity: 0.15,
      interactive: false,
    }).addTo(map);
    const markers = points.map((point) => {
      const marker = L.marker([point.latitude, point.longitude], {
        icon: markerIcon(),
        draggable: true,
        keyboard: true,
        autoPan: true,
      }).addTo(map);
      nameMarker(marker, cornerName(point.index, corners.length), 'button');
      // The outline follows the corner while it is dragged; the fields change when it is let go.
      marker.on('drag', () => {
        outline.setLatLngs((layers.current?.markers ?? []).map((each) => each.getLatLng()));
      });
      marker.on('dragend', () => {
        const at = marker.getLatLng();
        move.current(point.index, roundDegrees(at.lat), roundDegrees(at.lng));
      });
      marker.getElement()?.addEventListener('keydown', (event) => {
        const nudge = nudges[event.key];
        if (!nudge) return;
        // The map would pan on the same keys: this press is the corner's.
        event.preventDefault();
        event.stopPropagation();
        const from = map.latLngToContainerPoint(marker.getLatLng());
        const to = map.containerPointToLatLng(from.add(nudge));
        move.current(point.index, roundDegrees(to.lat), roundDegrees(to.lng));
      });
      return marker;
    });
    if (!current && latLngs.length > 0) {
      map.fitBounds(latLngs, { padding: [30, 30], animate: false });
    }
    layers.current = { outline, markers, indexes };
    declutter(map, markers);
    if (focused !== undefined && focused >= 0) {
      markers[Math.min(focused, markers.length - 1)]?.getElement()?.focus();
    }
  }, [map, corners]);

  return (
    <section
      ref={container}
      className="staff-map"
      aria-label="Map of the boundary: drag a corner to move it, or change it in the list of corners"
    />
  );
}
