/**
 * Types for the parts of Leaflet's own ES module sources that map.ts imports: the same
 * classes and factories as the package's types.
 */
declare module 'leaflet/src/map/Map' {
  export { Map, map as createMap } from 'leaflet';
}
declare module 'leaflet/src/layer/LayerGroup' {
  export { layerGroup } from 'leaflet';
}
declare module 'leaflet/src/layer/marker/Marker' {
  export { marker } from 'leaflet';
}
declare module 'leaflet/src/layer/marker/DivIcon' {
  export { divIcon } from 'leaflet';
}
declare module 'leaflet/src/layer/tile/TileLayer' {
  export { tileLayer } from 'leaflet';
}
declare module 'leaflet/src/layer/Popup' {}
declare module 'leaflet/src/control/Control.Zoom' {}
declare module 'leaflet/src/control/Control.Attribution' {}
declare module 'leaflet/src/map/handler/Map.Drag' {}
declare module 'leaflet/src/map/handler/Map.Keyboard' {}
declare module 'leaflet/src/map/handler/Map.DoubleClickZoom' {}
declare module 'leaflet/src/map/handler/Map.TouchZoom' {}
