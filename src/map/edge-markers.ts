// Edge markers: the dataset's members outside the default frame (default-frame.ts: Canada, the
// United States, Australia...) get a small labelled button at the corner of the map in their
// direction, as the wire services' locator insets do. Each is a <button> named by the country;
// a tap selects it, and the selection brings it into view (sync-map.ts). A marker hides while its
// country is in view (country-in-view.ts: for Russia, while western Russia fills part of the map) and follows the camera on `move` (a few projections per frame, no layout
// read). Appended to the map's container, beside the canvas's own container, so MapLibre's
// pointer handlers never see a tap on it (they listen on the canvas container).
import type { Map as MapLibreMap } from 'maplibre-gl';

import type { Palette } from '../theme/palette';
import { currentPalette, subscribeTheme } from '../theme/theme';
import { countryInView } from './country-in-view';
import { bearingFromCentre, CORNERS, type Corner, markerCorner } from './edge-markers-geometry';
import type { FirstViewCountry } from './first-view-countries';
import type { CountryPoints } from './map-data';
import type { Bounds } from './view-geometry';
import './edge-markers.css';
import { fillColor } from '../theme/fill';

interface Marker {
  iso3: string;
  stance: FirstViewCountry['stance'];
  button: HTMLButtonElement;
  swatch: HTMLElement;
  arrow: HTMLElement;
  corner: Corner | null;
}

function createButton(country: FirstViewCountry, select: (iso3: string) => void) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'edge-marker';
  button.dataset.testid = 'edge-marker';
  button.dataset.iso3 = country.iso3;
  button.hidden = true;
  const swatch = document.createElement('span');
  swatch.className = 'edge-marker-swatch';
  swatch.setAttribute('aria-hidden', 'true');
  const name = document.createElement('span');
  name.textContent = country.name;
  const arrow = document.createElement('span');
  arrow.className = 'edge-marker-arrow';
  arrow.setAttribute('aria-hidden', 'true');
  arrow.textContent = '→';
  button.append(swatch, name, arrow);
  button.addEventListener('click', () => select(country.iso3));
  return { button, swatch, arrow };
}

/** Adds the markers to the map's container; returns the function that removes them. */
export function addEdgeMarkers(
  map: MapLibreMap,
  countries: readonly FirstViewCountry[],
  outside: readonly string[],
  points: CountryPoints,
  bodies: Readonly<Record<string, Bounds>>,
  select: (iso3: string) => void,
): () => void {
  const wanted = countries.filter((c) => outside.includes(c.iso3) && points[c.iso3]);
  if (wanted.length === 0) return () => {};
  const overlay = document.createElement('div');
  overlay.className = 'edge-markers';
  overlay.setAttribute('role', 'group');
  overlay.setAttribute('aria-label', 'Countries beyond the edge of the map');
  const groups = new Map(
    CORNERS.map((corner) => {
      const group = document.createElement('div');
      group.className = `edge-markers-corner edge-markers-${corner}`;
      overlay.append(group);
      return [corner, group] as const;
    }),
  );
  const markers: Marker[] = wanted.map((country) => ({
    iso3: country.iso3,
    stance: country.stance,
    corner: null,
    ...createButton(country, select),
  }));
  map.getContainer().append(overlay);

  const paint = (palette: Palette) => {
    for (const m of markers) m.swatch.style.backgroundColor = fillColor(m.stance, palette);
  };
  const place = () => {
    const canvas = map.getCanvas();
    const [width, height] = [canvas.clientWidth, canvas.clientHeight];
    for (const m of markers) {
      const point = points[m.iso3];
      if (!point) continue;
      const p = map.project([point[0], point[1]]);
      const corner = countryInView(map, point, bodies[m.iso3]) ? null : markerCorner(p.x, p.y, width, height);
      if (corner !== m.corner) {
        m.corner = corner;
        m.button.hidden = corner === null;
        if (corner) groups.get(corner)?.append(m.button);
      }
      if (corner) m.arrow.style.transform = `rotate(${bearingFromCentre(p.x, p.y, width, height)}deg)`;
    }
  };
  paint(currentPalette());
  place();
  const unsubscribeTheme = subscribeTheme(() => paint(currentPalette()));
  map.on('move', place);
  map.on('resize', place);
  return () => {
    unsubscribeTheme();
    map.off('move', place);
    map.off('resize', place);
    overlay.remove();
  };
}
