// What the map slot shows when the WebGL map cannot run: the reason, a Retry, and the SVG map
// (same colours, same view as the WebGL map's first camera and the first paint, the same edge
// markers for the members beyond it, clickable) if its outlines load. The list and panel keep
// working. Without a failure it is the paused map of an embed scrolled far off screen (MapArea).
import { firstView } from 'virtual:first-view';
import { type Ref, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { summary } from '../data/dataset';
import { provideMapPicture } from '../export/map-registry';
import { isShown } from '../store/selectors';
import { useAppStore } from '../store/store';
import { useSnapshot } from '../store/use-snapshot';
import { fillColor } from '../theme/fill';
import type { Palette } from '../theme/palette';
import { usePalette } from '../theme/use-theme';
import { blendOver, DIMMED_OPACITY } from './map-style';
import type { StaticMapColors } from './static/StaticMap';
import { StoreStaticMap } from './static/StoreStaticMap';
import { loadWorldPaths, type WorldPaths } from './static/world-paths';
import { viewPadding } from './view-geometry';

const colorsOf = (palette: Palette): StaticMapColors => ({
  sea: palette.sea,
  border: palette.border,
  hover: palette.hover,
  selected: palette.selected,
  supportsHatch: palette.supportsHatch,
  dimmedOpacity: DIMMED_OPACITY,
});

/** Offers the drawn <svg> to the PNG export while it is mounted (a ref callback, stable). */
function useProvidedPicture() {
  const withdraw = useRef<(() => void) | null>(null);
  useEffect(() => () => withdraw.current?.(), []);
  return useCallback((svg: SVGSVGElement | null) => {
    withdraw.current?.();
    withdraw.current = svg ? provideMapPicture({ kind: 'svg', svg }) : null;
  }, []);
}

// The WebGL map's first camera: the default frame, fitted with the same padding and zoom limit.
const VIEW = { bounds: firstView.bounds, padding: (width: number) => viewPadding(width), maxZoom: 5 };
const neverDimmed = () => false;

interface Props {
  /** Why the WebGL map is not shown, with a Retry; without it the map is only paused off screen. */
  failure?: { message: string; onRetry: () => void };
  /** The frame element, for MapArea to watch whether it is near the screen. */
  frameRef?: Ref<HTMLDivElement>;
}

export function StaticFallback({ failure, frameRef }: Props) {
  const [paths, setPaths] = useState<WorldPaths | null>(null);
  // The outlines have loaded or failed: the slot then shows all it will (an embed reports ready).
  const [settled, setSettled] = useState(false);
  const stances = useAppStore(useShallow((s) => s.stances));
  const snapshot = useSnapshot();
  const palette = usePalette();
  const colors = useMemo(() => colorsOf(palette), [palette]);
  const svgRef = useProvidedPicture();

  useEffect(() => {
    let current = true;
    // Best effort: without outlines the message and Retry are still there.
    loadWorldPaths()
      .then(
        (p) => current && setPaths(p),
        (e: Error) => console.warn(e.message),
      )
      .finally(() => current && setSettled(true));
    return () => {
      current = false;
    };
  }, []);

  // Stable functions: the static map memoizes its 240 country paths on them. A dimmed country
  // gets the colour the WebGL map shows (its stance faded over land grey), not SVG opacity over
  // the sea, which would turn a faded stance colour into another stance's colour.
  const fillFor = useCallback(
    (iso3: string) => {
      if (iso3 === summary.coalition.supports) return fillColor('supported', palette);
      // As of the timeline's date: no claim yet reads as not named.
      const country = snapshot.countryByIso3.get(iso3);
      const noData = fillColor('no-data', palette);
      if (!country) return noData;
      const color = fillColor(country.stance, palette);
      return isShown(country, stances) ? color : blendOver(color, noData, DIMMED_OPACITY);
    },
    [stances, palette, snapshot],
  );

  return (
    <div
      ref={frameRef}
      className="map-frame map-failed"
      data-testid={failure ? 'map-error' : 'map-paused'}
      data-map-shown={settled ? (failure ? 'static' : 'offscreen') : undefined}
    >
      <div className="static-map-area">
        {paths && (
          <div className="static-map">
            <StoreStaticMap
              paths={paths}
              fillFor={fillFor}
              dimmed={neverDimmed}
              view={VIEW}
              colors={colors}
              svgRef={svgRef}
              label="Map of the coalition (simplified picture): countries coloured by what the sources say they commit."
            />
          </div>
        )}
      </div>
      {failure && (
        <div className="map-failed-message" role="alert">
          <p>{failure.message}</p>
          <p>
            {paths ? 'A simplified map is shown instead. ' : ''}The country list and the panel still work.
          </p>
          <button type="button" onClick={failure.onRetry}>
            Retry
          </button>
        </div>
      )}
    </div>
  );
}
