// Restyles the WebGL map in place when the theme changes: the style is rebuilt as data for the
// new palette and every colour paint property that differs is set with setPaintProperty (no layer
// is removed, no data re-sent, feature state and camera stay). Any layer map-style.ts adds is
// covered as long as it takes its colours from the palette.
import type { LayerSpecification, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';

import type { Palette } from './palette';
import { currentPalette, subscribeTheme } from './theme';

type PaintName = Parameters<MapLibreMap['setPaintProperty']>[1];

export interface ColourPaint {
  layer: string;
  property: PaintName;
  value: unknown;
}

/** The colour paint properties of a style (`*-color`), layer by layer. */
export function colourPaint(style: StyleSpecification): ColourPaint[] {
  return style.layers.flatMap((layer: LayerSpecification) => {
    const paint = ('paint' in layer ? layer.paint : undefined) as Record<string, unknown> | undefined;
    return Object.entries(paint ?? {})
      .filter(([property]) => property.endsWith('-color'))
      .map(([property, value]) => ({ layer: layer.id, property: property as PaintName, value }));
  });
}

/** The few Map methods restyling needs (a maplibregl.Map satisfies it; tests pass a fake). */
export type PaintableMap = Pick<MapLibreMap, 'getLayer' | 'getPaintProperty' | 'setPaintProperty'>;

/** Sets every colour of `style` on the map where it differs from what the map has. */
export function applyColours(map: PaintableMap, style: StyleSpecification): void {
  for (const { layer, property, value } of colourPaint(style)) {
    if (!map.getLayer(layer)) continue;
    const now = map.getPaintProperty(layer, property);
    if (JSON.stringify(now) !== JSON.stringify(value)) map.setPaintProperty(layer, property, value as never);
  }
}

/**
 * Keeps the map in the current theme's colours. `styleFor` builds the style for a palette (the
 * same function the map was created with). Returns the unsubscribe.
 */
export function bindMapTheme(
  map: PaintableMap,
  styleFor: (palette: Palette) => StyleSpecification,
): () => void {
  const apply = () => applyColours(map, styleFor(currentPalette()));
  apply();
  return subscribeTheme(apply);
}
