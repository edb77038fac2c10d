// The edge markers of the static picture (the first paint, and the map without WebGL): the members
// beyond its frame (Canada, the United States, Australia...) get a labelled marker in the corner
// of their direction, by the WebGL map's rules (edge-markers.ts), and hide while their country
// shows. Each is a link to the country's page, so it works in the prerendered page without
// JavaScript; with it, a click selects the country and the picture brings it into view
// (sight-frame.ts). Coloured by class and pointed by glyph, not by inline style: the prerendered
// page's policy allows no style attributes.
import { firstView } from 'virtual:first-view';
import { summary } from '../../data/dataset';

import { CountryLink } from '../../ui/site-links';
import { inViewOn } from '../country-in-view';
import { bearingFromCentre, CORNERS, type Corner, markerCorner } from '../edge-markers-geometry';
import { type LngLatBoundsLike, lngLatToMercator } from '../projection';
import type { Bounds } from '../view-geometry';
import { type DrawnFrameStore, useDrawnFrame } from './drawn-frame-store';
import { copyOf, type DrawnFrame, projectOn } from './sight-frame';
import '../edge-markers.css';

/** Arrows for the eight directions, clockwise from east (CSS angles: y grows downwards). */
const ARROWS = ['→', '↘', '↓', '↙', '←', '↖', '↑', '↗'] as const;

export function arrowFor(bearing: number): string {
  return ARROWS[((Math.round(bearing / 45) % 8) + 8) % 8] ?? '→';
}

type Placement = { corner: Corner; bearing: number };

/** A lon/lat box as Mercator px: [left, top, right, bottom]. */
function mercatorBox(box: LngLatBoundsLike, worldSize: number): [number, number, number, number] {
  const [left, top] = lngLatToMercator(box[0][0], box[1][1], worldSize);
  const [right, bottom] = lngLatToMercator(box[1][0], box[0][1], worldSize);
  return [left, top, right, bottom];
}

/** Share of the frame's width and height a body must overlap to count as shown, unmeasured. */
const SHOWN_SHARE = 0.1;

/**
 * Where a far member's marker goes on the picture as drawn, or null while the country shows. Before
 * the picture is measured (the prerender, and hydration) the frame is the bounds: a marker is left
 * out for a country whose point is inside them or whose body overlaps them (western Russia), and
 * goes in the corner of its direction from their middle, which "meet" keeps at the element's
 * middle whatever its shape, so the corner is the one the measured picture gives.
 */
export function placeMarker(
  drawn: DrawnFrame | null,
  bounds: LngLatBoundsLike,
  point: readonly [number, number],
  body: Bounds | undefined,
  worldSize: number,
): Placement | null {
  if (drawn) {
    const { width, height } = drawn.box.area;
    const project = projectOn(drawn);
    if (inViewOn(project, width, height, point, body)) return null;
    const p = project(point);
    const corner = markerCorner(p.x, p.y, width, height);
    return corner && { corner, bearing: bearingFromCentre(p.x, p.y, width, height) };
  }
  const [west, north, east, south] = mercatorBox(bounds, worldSize);
  const [x, y] = lngLatToMercator(point[0], point[1], worldSize);
  const middle = (west + east) / 2;
  const drawnX = x + copyOf(middle, worldSize);
  if (drawnX >= west && drawnX <= east && y >= north && y <= south) return null;
  if (body) {
    const [left, top, right, bottom] = mercatorBox(body, worldSize);
    const across = Math.min(right, east) - Math.max(left, west);
    const down = Math.min(bottom, south) - Math.max(top, north);
    if (across >= SHOWN_SHARE * (east - west) && down >= SHOWN_SHARE * (south - north)) return null;
  }
  const dx = drawnX - middle;
  const dy = y - (north + south) / 2;
  const corner: Corner = `${dy < 0 ? 'top' : 'bottom'}-${dx < 0 ? 'left' : 'right'}`;
  return { corner, bearing: Math.round((Math.atan2(dy, dx) * 180) / Math.PI) };
}

interface Props {
  /** The frame the picture shows (StaticMap's onDrawn). */
  drawn: DrawnFrameStore;
  /** The bounds the picture fits before it is moved (the default frame). */
  bounds: LngLatBoundsLike;
  worldSize: number;
}

export function PictureEdgeMarkers({ drawn: store, bounds, worldSize }: Props) {
  const drawn = useDrawnFrame(store);
  const placed = summary.countries.flatMap((country) => {
    const point = firstView.outsidePoints[country.iso3];
    if (!point) return [];
    const place = placeMarker(drawn, bounds, point, firstView.outsideBodies[country.iso3], worldSize);
    return place ? [{ ...country, ...place }] : [];
  });
  if (placed.length === 0) return null;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of links, as the WebGL map's markers are of buttons
    <div className="edge-markers" role="group" aria-label="Countries beyond the edge of the map">
      {CORNERS.map((corner) => (
        <div key={corner} className={`edge-markers-corner edge-markers-${corner}`}>
          {placed
            .filter((m) => m.corner === corner)
            .map((m) => (
              <CountryLink key={m.iso3} iso3={m.iso3} className="edge-marker" testId="edge-marker">
                <span className="edge-marker-swatch" data-fill={m.stance} aria-hidden="true" />
                <span>{m.name}</span>
                <span className="edge-marker-arrow" aria-hidden="true">
                  {arrowFor(m.bearing)}
                </span>
              </CountryLink>
            ))}
        </div>
      ))}
    </div>
  );
}
