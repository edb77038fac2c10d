// The map's first paint: the static SVG choropleth (StaticMap, the same component as the no-WebGL
// fallback) at the default frame, prerendered into the page at build and hydrated by React. It is
// the map for a reader without JavaScript, and until MapLibre has drawn its first full frame it
// answers taps: a country opens its panel long before the WebGL map is ready (CoalitionMap then
// takes it away). Coloured by class (palette-css.ts), so the one markup is right in either theme.
// Its outlines come from the prerendered page itself (first-paint-paths.ts), not the main script.
// The land no source names on any date is one path (fewer elements to hydrate on a slow phone); a
// country the timeline can colour keeps its own, whatever its colour on the date shown
// (first-paint-shapes.ts).
import { firstView } from 'virtual:first-view';
import { useCallback, useMemo } from 'react';

import { summary } from '../../data/dataset';
import { useSnapshot } from '../../store/use-snapshot';
import { type FillGroup, fillColor } from '../../theme/fill';
import { LIGHT_PALETTE } from '../../theme/palette';
import { DIMMED_OPACITY } from '../map-style';
import { useFirstPaintOutlines } from './first-paint-paths';
import { fillGroupOn } from './first-paint-shapes';
import type { StaticMapColors } from './StaticMap';
import { StoreStaticMap } from './StoreStaticMap';

/** The light theme's colours as attributes, under the CSS that themes them (a print or a feed
 *  reader without the stylesheet still gets a right picture). */
const COLORS: StaticMapColors = {
  sea: LIGHT_PALETTE.sea,
  border: LIGHT_PALETTE.border,
  hover: LIGHT_PALETTE.hover,
  selected: LIGHT_PALETTE.selected,
  supportsHatch: LIGHT_PALETTE.supportsHatch,
  dimmedOpacity: DIMMED_OPACITY,
};
const VIEW = { bounds: firstView.bounds, padding: 0 };
const neverDimmed = () => false;

export function FirstPaintMap({ label }: { label: string }) {
  const snapshot = useSnapshot();
  const groupFor = useCallback(
    (iso3: string): FillGroup => fillGroupOn(snapshot, summary.coalition.supports, iso3),
    [snapshot],
  );
  const fillFor = useCallback((iso3: string) => fillColor(groupFor(iso3), LIGHT_PALETTE), [groupFor]);
  const paths = useFirstPaintOutlines();
  const noData = useMemo(() => ({ d: paths.noData, fill: fillColor('no-data', LIGHT_PALETTE) }), [paths]);
  return (
    <div className="first-paint">
      <StoreStaticMap
        paths={paths}
        noData={noData}
        fillFor={fillFor}
        groupFor={groupFor}
        dimmed={neverDimmed}
        view={VIEW}
        colors={COLORS}
        label={label}
      />
    </div>
  );
}
