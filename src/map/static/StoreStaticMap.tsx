// The static map wired to the store, as the first paint and the no-WebGL fallback both use it: the
// selection outlined, a click selects the country (one the data opens; elsewhere, the overview),
// the pointer's country is the hovered one, and the selection stays in sight above a bottom sheet.
import { useCallback, useEffect, useMemo, useState } from 'react';

import { dataset } from '../../data/dataset';
import { useSheetCover } from '../../sheet/sheet-cover';
import { opensCountry } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { type CountryPoints, countryPoints } from '../map-data';
import { StaticMap, type StaticMapProps } from './StaticMap';
import type { KeepInSight } from './sight-frame';

export type StoreStaticMapProps = Omit<
  StaticMapProps,
  'selected' | 'supports' | 'onSelect' | 'onHover' | 'keepInSight'
>;

/** The selected country's point while a sheet covers the picture (the points load once, shared). */
function useKeepInSight(selected: string | null): KeepInSight | null {
  const covered = useSheetCover();
  const [points, setPoints] = useState<CountryPoints | null>(null);
  const wanted = selected !== null && covered > 0;
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
  return useMemo(() => (at ? { at, covered } : null), [at, covered]);
}

export function StoreStaticMap(props: StoreStaticMapProps) {
  const selected = useAppStore((s) => s.selected);
  const select = useAppStore((s) => s.select);
  const hover = useAppStore((s) => s.hover);
  const keepInSight = useKeepInSight(selected);
  const onSelect = useCallback(
    (iso3: string | null) => select(iso3 && opensCountry(dataset, iso3) ? iso3 : null),
    [select],
  );
  return (
    <StaticMap
      {...props}
      selected={selected}
      supports={dataset.coalition.supports}
      onSelect={onSelect}
      onHover={hover}
      keepInSight={keepInSight}
    />
  );
}
