// Modules scripts/vite-first-paint-plugin.ts writes when the app is built.
declare module 'virtual:first-view' {
  import type { FeatureCollection, Point } from 'geojson';
  import type { Bounds } from './map/view-geometry';

  export const firstView: {
    /** The box the map's first camera fits, the default frame (as the static first paint). */
    bounds: Bounds;
    /** Dataset countries outside that box (default-frame.ts): each gets an edge marker. */
    outside: string[];
    /** The main body of each of those (view-geometry.ts mainBodyBounds): enough of it in view counts. */
    outsideBodies: Record<string, Bounds>;
    /** The interior point of each of those (country-points.json): where its marker points. */
    outsidePoints: Record<string, [number, number]>;
    /** Each dataset country's land as the side of a square, in equatorial degrees (tap tolerance). */
    sizes: Record<string, number>;
    /** Dots for dataset countries too small to see or click at world zoom. */
    smallPoints: FeatureCollection<Point, { iso3: string }>;
    /** The country the coalition supports. */
    supports: string;
    /**
     * The static first paint's outlines (virtual:first-paint-paths): their world's width, and how
     * many countries have their own (a picture read back from the page must have them all).
     */
    paths: { worldSize: number; count: number };
  };
}

declare module 'virtual:first-paint-paths' {
  /** The static first paint's outlines (coarse, plus any dataset country the coarse file lost). */
  export const firstPaintPaths: import('./map/static/world-paths').FirstPaintOutlines;
}

declare module 'virtual:dataset-summary' {
  /** The dataset without its claims (src/data/summary.ts), made when the app is built. */
  const summary: import('./data/summary').DatasetSummary;
  export default summary;
}

declare module 'virtual:palette.css';

declare module 'virtual:country-claims' {
  /** The folder of this build's per-country claim files (country-claims-path.ts). */
  export const claimsVersion: string;
}
