// The country fills of the static map, memoized apart from the outlines drawn over them so that a
// hover repaints one outline, not 240 countries.
import { memo } from 'react';
import type { Outline } from './world-paths';

export type CountriesProps = {
  countries: Outline[];
  fillFor: (iso3: string) => string;
  dimmed: (iso3: string) => boolean;
  border: string;
  dimmedOpacity: number;
  /** When given, each country's fill group as a class, which the palette's CSS colours per theme. */
  groupFor?: ((iso3: string) => string) | undefined;
  /** Land no source names, drawn as one shape under the countries (StaticMapProps.noData). */
  noData?: NoDataShape | undefined;
};

/** Countries no source names on any date, as one path: their outlines joined, and its fill. */
export type NoDataShape = { d: string; fill: string };

export const StaticCountries = memo(function StaticCountries(props: CountriesProps) {
  const { countries, fillFor, dimmed, border, dimmedOpacity, groupFor, noData } = props;
  return (
    <g className="map-borders" stroke={border} strokeWidth={0.6} strokeLinejoin="round" fillRule="evenodd">
      {/* No country of it is named (no data-iso3): the pointer over it is over no country. Drawn
          even when empty (the data names every country), so the page says the shape is none. */}
      {noData && (
        <path
          d={noData.d}
          data-no-data=""
          className={groupFor ? 'fill-no-data' : undefined}
          fill={noData.fill}
          vectorEffect="non-scaling-stroke"
        />
      )}
      {countries.map(({ iso3, d }) => (
        <path
          key={iso3}
          d={d}
          data-iso3={iso3}
          className={groupFor ? `fill-${groupFor(iso3)}` : undefined}
          fill={fillFor(iso3)}
          fillOpacity={dimmed(iso3) ? dimmedOpacity : 1}
          vectorEffect="non-scaling-stroke"
        />
      ))}
    </g>
  );
});
