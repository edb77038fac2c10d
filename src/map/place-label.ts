// Keeps the supported country's label off every other coloured country: after each settled
// frame it tries a few offsets around the country's interior point, keeps the first under which
// the map draws no other dataset country, and hides the label when none is clear (a view zoomed
// out so far that the country is smaller than its name). MapLibre's text-variable-anchor does
// this for symbol layers; the label is a DOM element (no glyph server), so this does it by hand,
// with the same rendered-features query the pointer uses.
import type { Map as MapLibreMap, PointLike } from 'maplibre-gl';

import { LAYER_FILL } from './map-style';

/**
 * Offsets (px) to try, in order: centred first, then down and to the west (for Ukraine, away from
 * Russia's border, onto land the sources do not name).
 */
export const LABEL_OFFSETS: readonly (readonly [number, number])[] = [
  [0, 0],
  [-6, 6],
  [-12, 10],
  [0, 10],
  [-18, 6],
  [-10, 16],
  [6, 10],
  [-24, 12],
  [-30, 6],
  [-24, 20],
];

/** The first offset `isClear` accepts, or null. Pure. */
export function firstClearOffset(
  offsets: readonly (readonly [number, number])[],
  isClear: (offset: readonly [number, number]) => boolean,
): readonly [number, number] | null {
  return offsets.find((offset) => isClear(offset)) ?? null;
}

interface PlaceLabel {
  element: HTMLElement;
  setOffset: (offset: [number, number]) => void;
}

export function keepLabelClear(
  map: MapLibreMap,
  label: PlaceLabel,
  lngLat: [number, number],
  /** The countries the label must not cover: the dataset's, not the supported one. */
  coloured: ReadonlySet<string>,
): () => void {
  let placedAt: string | null = null;
  const place = () => {
    const { lng, lat } = map.getCenter();
    const camera = `${lng},${lat},${map.getZoom()},${map.getCanvas().clientWidth}`;
    if (camera === placedAt) return;
    placedAt = camera;
    const at = map.project(lngLat);
    // Measured shown: a hidden label has no size.
    label.element.hidden = false;
    const [w, h] = [label.element.offsetWidth, label.element.offsetHeight];
    const offset = firstClearOffset(LABEL_OFFSETS, ([dx, dy]) => {
      const box: [PointLike, PointLike] = [
        [at.x + dx - w / 2, at.y + dy - h / 2],
        [at.x + dx + w / 2, at.y + dy + h / 2],
      ];
      return !map
        .queryRenderedFeatures(box, { layers: [LAYER_FILL] })
        .some((f) => coloured.has(String(f.properties?.iso3)));
    });
    label.element.hidden = offset === null;
    if (offset) label.setOffset([offset[0], offset[1]]);
  };
  map.on('idle', place);
  return () => map.off('idle', place);
}
