/**
 * Only the parts of Leaflet the drop-in map uses, from Leaflet's own ES module sources: the
 * packaged build brings vector layers, GeoJSON, overlays and controls we never show, and the
 * public pages must stay under 150 KB of JavaScript with the map. Each handler and control
 * module registers itself on the map when imported.
 */
import 'leaflet/src/layer/Popup';
import 'leaflet/src/control/Control.Zoom';
import 'leaflet/src/control/Control.Attribution';
import 'leaflet/src/map/handler/Map.Drag';
import 'leaflet/src/map/handler/Map.Keyboard';
import 'leaflet/src/map/handler/Map.DoubleClickZoom';
import 'leaflet/src/map/handler/Map.TouchZoom';

export { layerGroup } from 'leaflet/src/layer/LayerGroup';
export { divIcon } from 'leaflet/src/layer/marker/DivIcon';
export { marker } from 'leaflet/src/layer/marker/Marker';
export { tileLayer } from 'leaflet/src/layer/tile/TileLayer';
export { createMap, type Map } from 'leaflet/src/map/Map';
