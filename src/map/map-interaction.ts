// Pointer -> store: hover (outline + tooltip) and click (select; the sea or a country without
// claims clears). The tooltip is a DOM element React renders once; this module only writes its
// text and position, so moving the pointer never re-renders React.
import type { MapGeoJSONFeature, Map as MapLibreMap, MapMouseEvent, PointLike } from 'maplibre-gl';

import type { AppStore } from '../store/store';
import { LAYER_FILL, LAYER_SMALL } from './map-style';
import { choosePick, tapCandidates } from './tap-tolerance';

/** Pixels of slack around the pointer when looking for small-country dots. */
const DOT_TOLERANCE = 5;

export interface Picked {
  iso3: string;
  name: string;
}

/** What a pick may prefer near the pointer (tap-tolerance.ts); without it, only what is under it. */
export interface NearPick {
  sizes: Readonly<Record<string, number>>;
  opens: (iso3: string) => boolean;
}

/** The dot nearest the point among those queried around it. */
function nearestDot(map: MapLibreMap, features: MapGeoJSONFeature[], x: number, y: number) {
  if (features.length < 2) return features[0];
  let best: MapGeoJSONFeature | undefined;
  let bestDistance = Infinity;
  for (const feature of features) {
    const at = feature.geometry?.type === 'Point' ? feature.geometry.coordinates : null;
    if (!at) continue;
    const p = map.project([at[0] ?? 0, at[1] ?? 0]);
    const distance = Math.hypot(p.x - x, p.y - y);
    if (distance < bestDistance) [best, bestDistance] = [feature, distance];
  }
  return best ?? features[0];
}

/**
 * The country under a screen point: the small-country dot nearest it first, then, with `near`,
 * the tap tolerance's choice (tap-tolerance.ts), else the fill under it.
 */
export function pickCountry(map: MapLibreMap, x: number, y: number, near?: NearPick): Picked | null {
  const box: [PointLike, PointLike] = [
    [x - DOT_TOLERANCE, y - DOT_TOLERANCE],
    [x + DOT_TOLERANCE, y + DOT_TOLERANCE],
  ];
  const dot = nearestDot(map, map.queryRenderedFeatures(box, { layers: [LAYER_SMALL] }), x, y);
  if (!dot && near) {
    const chosen = choosePick(tapCandidates(map, x, y, near.sizes, near.opens));
    return chosen && { iso3: chosen.iso3, name: chosen.name };
  }
  const feature = dot ?? map.queryRenderedFeatures([x, y], { layers: [LAYER_FILL] })[0];
  const iso3 = feature?.properties?.iso3;
  if (typeof iso3 !== 'string') return null;
  const name = feature?.properties?.name;
  return { iso3, name: typeof name === 'string' ? name : iso3 };
}

/** What hover and click know about the countries: the first view's or the dataset's (country-lookup.ts). */
export interface CountryLookup {
  /** A country with claims: the pointer shows it can be opened, and a click opens it. */
  opens: (iso3: string) => boolean;
  /** The tooltip's two lines. */
  describe: (picked: Picked) => { name: string; detail: string };
}

/**
 * `lookup` is asked on every event: the session swaps the first view's for the dataset's once
 * that is loaded. `select` is the store's unless the session has to hold a click back (until the
 * store is bound to the URL, which would otherwise undo it).
 */
export function bindInteraction(
  map: MapLibreMap,
  store: AppStore,
  lookup: () => CountryLookup,
  tooltip: HTMLElement,
  {
    select = (iso3) => store.getState().select(iso3),
    sizes,
  }: {
    select?: (iso3: string | null) => void;
    /** The dataset countries' land sizes (virtual:first-view): turns the tap tolerance on. */
    sizes?: Readonly<Record<string, number>>;
  } = {},
): () => void {
  const [nameEl, detailEl] = [tooltip.children[0], tooltip.children[1]];
  // What the pointer last hovered, and where. A mouse click comes where the pointer already is, so
  // the click reuses that pick instead of querying the map again (a query costs milliseconds of the
  // click's frame, more the more dots there are). Any camera move makes it stale.
  let lastPick: { x: number; y: number; picked: Picked | null } | null = null;
  const pickAt = (x: number, y: number): Picked | null => {
    if (lastPick?.x === x && lastPick.y === y) return lastPick.picked;
    const near = sizes && { sizes, opens: (iso3: string) => lookup().opens(iso3) };
    const picked = pickCountry(map, x, y, near);
    lastPick = { x, y, picked };
    return picked;
  };
  const forgetPick = () => {
    lastPick = null;
  };
  const hide = () => {
    tooltip.hidden = true;
    store.getState().hover(null);
    map.getCanvas().style.cursor = '';
  };
  const onMove = (e: MapMouseEvent) => {
    const picked = pickAt(e.point.x, e.point.y);
    if (!picked) return hide();
    const countries = lookup();
    const { name, detail } = countries.describe(picked);
    if (nameEl) nameEl.textContent = name;
    if (detailEl) detailEl.textContent = detail;
    tooltip.hidden = false;
    // Set through CSSOM (allowed by a strict style-src), offset so the pointer never covers it.
    tooltip.style.transform = `translate(${Math.round(e.point.x + 14)}px, ${Math.round(e.point.y + 14)}px)`;
    store.getState().hover(picked.iso3);
    map.getCanvas().style.cursor = countries.opens(picked.iso3) ? 'pointer' : '';
  };
  const onClick = (e: MapMouseEvent) => {
    const picked = pickAt(e.point.x, e.point.y);
    // The selection's restyle waits for the panel's paint (sync-map.ts). MapLibre's own redraw
    // after a mouseup (its drag-pan handler ending, before this click fires) is scheduled for
    // the panel's frame all the same: its public API has no way to postpone it.
    select(picked && lookup().opens(picked.iso3) ? picked.iso3 : null);
  };
  map.on('mousemove', onMove);
  map.on('mouseout', hide);
  map.on('click', onClick);
  map.on('move', forgetPick);
  map.on('resize', forgetPick);
  return () => {
    map.off('mousemove', onMove);
    map.off('mouseout', hide);
    map.off('click', onClick);
    map.off('move', forgetPick);
    map.off('resize', forgetPick);
  };
}
