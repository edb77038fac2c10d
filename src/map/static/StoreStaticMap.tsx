// The static map wired to the store, as the first paint and the no-WebGL fallback both use it: the
// selection outlined, a click selects the country (one the data opens; elsewhere, the overview),
// the pointer's country is the hovered one, the selection stays in sight (brought into view when it
// is not, and above a bottom sheet), and the members beyond the frame have edge markers.
import { firstView } from 'virtual:first-view';
import { useCallback, useEffect, useMemo, useState } from 'react';

import { summary } from '../../data/dataset';
import { useSheetCover } from '../../sheet/sheet-cover';
import { opensCountry } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { type CountryPoints, countryPoints } from '../map-data';
import { useNewDrawnFrameStore } from './drawn-frame-store';
import { PictureEdgeMarkers } from './PictureEdgeMarkers';
import { StaticMap, type StaticMapProps } from './StaticMap';
import type { DrawnFrame, KeepInSight } from './sight-frame';

export type StoreStaticMapProps = Omit<
  StaticMapProps,
  'selected' | 'supports' | 'onSelect' | 'onHover' | 'keepInSight' | 'onDrawn'
>;

/** The selected country's point and body, and the sheet's reach (the points load once, shared). */
function useKeepInSight(selected: string | null): KeepInSight | null {
  const covered = useSheetCover();
  const [points, setPoints] = useState<CountryPoints | null>(null);
  const wanted = selected !== null;
  useEffect(() => {
    if (!wanted || points) return;
    let current = true;
    // No points (a failed download): the picture stays where it is, as the WebGL map would.
    countryPoints().then(
      (loaded) => current && setPoints(loaded),
      () => {},
    );
    return () => {
      current = false;
    };
  }, [wanted, points]);
  const at = wanted && points ? points[selected] : undefined;
  // Only the members beyond the default frame have one (their point can be off the map while much
  // of them shows); the rest are judged by their point, as the WebGL map judges them.
  const body = selected === null ? undefined : firstView.outsideBodies[selected];
  return useMemo(() => (at ? { at, body, covered } : null), [at, body, covered]);
}

export function StoreStaticMap(props: StoreStaticMapProps) {
  const selected = useAppStore((s) => s.selected);
  const select = useAppStore((s) => s.select);
  const hover = useAppStore((s) => s.hover);
  const keepInSight = useKeepInSight(selected);
  const onSelect = useCallback(
    (iso3: string | null) => select(iso3 && opensCountry(summary, iso3) ? iso3 : null),
    [select],
  );
  // The frame shown reaches the markers through a store: they re-render, not the picture's paths.
  const drawn = useNewDrawnFrameStore();
  const onDrawn = useCallback((frame: DrawnFrame) => drawn.setState({ drawn: frame }), [drawn]);
  return (
    <>
      <StaticMap
        {...props}
        selected={selected}
        supports={summary.coalition.supports}
        onSelect={onSelect}
        onHover={hover}
        keepInSight={keepInSight}
        onDrawn={onDrawn}
      />
      <PictureEdgeMarkers drawn={drawn} bounds={props.view.bounds} worldSize={props.paths.worldSize} />
    </>
  );
}
