import 'leaflet/dist/leaflet.css';
import type { LatLngTuple } from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../booking/parts';
import { clusterMarkers, MARKER_HEIGHT, markerWidth } from './clusters';
import { formatSessionDate } from './format';
import {
  createMap,
  divIcon,
  type Map as LeafletMap,
  layerGroup,
  marker,
  tileLayer,
} from './leaflet';
import { followLink, useNavigation } from './navigation';
import { inLanguage, sessionPath } from './routes';
import type { MapConfig } from './types';
import type { NumberedVenue } from './venues';

/** The middle of the borough, for a map with no venues on it. */
const BOROUGH: LatLngTuple = [53.44, -2.85];

/**
 * The venues on a Leaflet map: an extra view of the list, never the only one. Markers are
 * numbered like the list, named for screen readers and reachable by Tab, and never overlap
 * (clusters.ts); without tiles (no network, or a tile server down) the markers still show on
 * a plain background.
 */
export default function SessionMap({
  venues,
  config,
  lang,
  describedBy,
}: {
  venues: NumberedVenue[];
  /** Null when the map settings could not be loaded: markers only. */
  config: MapConfig | null;
  lang: string;
  describedBy: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { navigate } = useNavigation();
  const container = useRef<HTMLElement>(null);
  const [map, setMap] = useState<LeafletMap | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const created = createMap(element, {
      // The page scrolls under a wheel or a finger; zoom with the buttons or the keyboard.
      scrollWheelZoom: false,
      zoomAnimation: !still,
      fadeAnimation: !still,
      markerZoomAnimation: !still,
      inertia: !still,
    }).setView(BOROUGH, 11);
    if (config)
      tileLayer(config.tileUrl, { attribution: config.attribution, maxZoom: 19 }).addTo(created);
    setMap(created);
    return () => {
      created.remove();
      setMap(null);
    };
  }, [config]);

  useEffect(() => {
    if (!map) return;
    const places = venues.map(({ venue }): LatLngTuple => [venue.latitude, venue.longitude]);
    if (places.length > 0)
      map.fitBounds(places, { padding: [30, 30], maxZoom: 15, animate: false });

    /** A venue's sessions, as links that open their pages. */
    const popupFor = (members: NumberedVenue[]) => {
      const popup = document.createElement('div');
      for (const { number, venue, sessions } of members) {
        const name = document.createElement('p');
        name.className = 'dp-map-popup__venue';
        name.textContent = `${number}. ${venue.name}`;
        const list = document.createElement('ul');
        list.setAttribute('aria-label', t('list.markerSessions'));
        for (const session of sessions) {
          const href = inLanguage(sessionPath(session), lang);
          const link = document.createElement('a');
          link.href = href;
          link.textContent = `${session.title}, ${formatSessionDate(session.date, locale)}`;
          link.addEventListener('click', (event) => {
            if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
            event.preventDefault();
            followLink(navigate, href);
          });
          const item = document.createElement('li');
          item.append(link);
          list.append(item);
        }
        popup.append(name, list);
      }
      return popup;
    };

    const layer = layerGroup().addTo(map);
    // Markers are placed again at each zoom, so that venues close together never overlap.
    const draw = () => {
      layer.clearLayers();
      const points = places.map((place) => map.latLngToLayerPoint(place));
      const numbers = (members: number[]) =>
        members.map((index) => venues[index]?.number).join(', ');
      for (const group of clusterMarkers(points, numbers)) {
        const members = group.members.flatMap((index) => venues[index] ?? []);
        const text = numbers(group.members);
        const label = members
          .map(({ number, venue }) => t('list.markerLabel', { number, venue: venue.name }))
          .join('; ');
        const badge = document.createElement('span');
        badge.textContent = text;
        const pin = marker(map.layerPointToLatLng([group.x, group.y]), {
          icon: divIcon({
            className: 'dp-map-marker',
            html: badge,
            iconSize: [markerWidth(text), MARKER_HEIGHT],
          }),
          title: label,
          keyboard: true,
        }).addTo(layer);
        pin.getElement()?.setAttribute('aria-label', label);
        const popup = popupFor(members);
        // Escape closes the popup and goes back to its marker, as a keyboard user expects.
        popup.addEventListener('keydown', (event) => {
          if (event.key !== 'Escape') return;
          pin.closePopup();
          pin.getElement()?.focus();
        });
        pin.bindPopup(popup, { className: 'dp-map-popup' });
        pin.on('popupopen', () => {
          // Opened from the keyboard (Enter on the marker): take focus into it.
          if (document.activeElement === pin.getElement()) popup.querySelector('a')?.focus();
        });
      }
    };
    draw();
    map.on('zoomend', draw);
    return () => {
      map.off('zoomend', draw);
      layer.remove();
    };
  }, [map, venues, t, lang, locale, navigate]);

  return (
    <section
      ref={container}
      className="dp-map"
      aria-label={t('list.mapLabel')}
      aria-describedby={describedBy}
    />
  );
}
