// The static map wired to the store, as the first paint and the no-WebGL fallback both use it: the
// selection outlined, a click selects the country (one the data opens; elsewhere, the overview),
// the pointer's country is the hovered one.
import { useCallback } from 'react';

import { dataset } from '../../data/dataset';
import { opensCountry } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { StaticMap, type StaticMapProps } from './StaticMap';

export type StoreStaticMapProps = Omit<StaticMapProps, 'selected' | 'supports' | 'onSelect' | 'onHover'>;

export function StoreStaticMap(props: StoreStaticMapProps) {
  const selected = useAppStore((s) => s.selected);
  const select = useAppStore((s) => s.select);
  const hover = useAppStore((s) => s.hover);
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
    />
  );
}
