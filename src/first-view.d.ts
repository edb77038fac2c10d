// Modules scripts/vite-first-paint-plugin.ts writes when the app is built.
declare module 'virtual:first-view' {
  import type { FeatureCollection, Point } from 'geojson';
  import type { Stance } from './data/stances';
  import type { Bounds } from './map/view-geometry';

  export const firstView: {
    /** The box the map's first camera fits: the dataset's countries (as the inlined first paint). */
    bounds: Bounds;
    /** Dots for dataset countries too small to see or click at world zoom. */
    smallPoints: FeatureCollection<Point, { iso3: string }>;
    /** Each dataset country's curated stance: the map's colours until the store is applied. */
    stances: { iso3: string; stance: Stance }[];
    /** The country the coalition supports. */
    supports: string;
  };
}

declare module 'virtual:first-paint.css';
