// The SVG choropleth: first paint before WebGL is ready, and the whole map for readers without
// WebGL. It frames the same lon/lat box as the WebGL map's first camera (fitBounds with the same
// padding and maxZoom), so swapping one for the other does not jump. Colours come from the caller.
import { type PointerEvent, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { type LngLatBoundsLike, mercatorBoundsViewBox, type Padding, viewBoxAttribute } from '../projection';
import { type NoDataShape, StaticCountries } from './StaticCountries';
import { type DrawnFrame, frameInSight, type KeepInSight } from './sight-frame';
import { useElementBox } from './use-element-box';
import type { OutlinePaths } from './world-paths';

export type StaticMapColors = {
  sea: string;
  border: string;
  hover: string;
  selected: string;
  /** Lines of the hatch drawn over the supported country (Ukraine), on top of its fill. */
  supportsHatch: string;
  dimmedOpacity: number;
};

export type StaticMapView = {
  bounds: LngLatBoundsLike;
  /** The padding given to MapLibre's fitBounds, or the rule that computes it from the size. */
  padding?: Padding | ((width: number, height: number) => Padding);
  maxZoom?: number;
};

export type StaticMapProps = {
  paths: OutlinePaths;
  fillFor: (iso3: string) => string;
  dimmed: (iso3: string) => boolean;
  selected: string | null;
  supports: string;
  onSelect: (iso3: string | null) => void;
  onHover: (iso3: string | null) => void;
  view: StaticMapView;
  colors: StaticMapColors;
  /** What the picture shows, for screen readers (the country list is the keyboard alternative). */
  label: string;
  /** Receives the <svg> element, e.g. for the PNG export. */
  svgRef?: (svg: SVGSVGElement | null) => void;
  /**
   * Each country's fill group (theme/fill.ts). When given, the picture is themed by CSS (classes
   * the palette's CSS colours in each theme) over the colours given, so the same markup is right
   * in either theme: the prerendered first paint.
   */
  groupFor?: (iso3: string) => string;
  /**
   * The land no source names on any date, as one path (the first paint: one element to hydrate
   * instead of ~170); `paths` then holds only the countries the data can colour. It is no country,
   * so the pointer over it hovers and selects none.
   */
  noData?: NoDataShape;
  /** The selected country to keep in sight: in view, and above a bottom sheet (sight-frame.ts). */
  keepInSight?: KeepInSight | null;
  /** Told the frame shown whenever it changes, once the element is measured (the edge markers). */
  onDrawn?: (drawn: DrawnFrame) => void;
};

/** The country under the pointer: the nearest element naming one. */
function countryAt(target: EventTarget | null): string | null {
  const element = target instanceof Element ? target.closest('[data-iso3]') : null;
  return element?.getAttribute('data-iso3') ?? null;
}

export function StaticMap(props: StaticMapProps) {
  const { paths, selected, supports, onSelect, onHover, view, colors, label, svgRef, groupFor } = props;
  const themed = (name: string) => (groupFor ? name : undefined);
  const ownRef = useRef<SVGSVGElement | null>(null);
  const { width, height, area } = useElementBox(ownRef);
  const hatchId = `static-hatch-${useId().replace(/[^\w-]/g, '')}`;
  const [hovered, setHovered] = useState<string | null>(null);

  const setRef = useCallback(
    (svg: SVGSVGElement | null) => {
      ownRef.current = svg;
      svgRef?.(svg);
    },
    [svgRef],
  );
  const byIso3 = useMemo(() => new Map(paths.countries.map((c) => [c.iso3, c])), [paths]);

  const padding = typeof view.padding === 'function' ? view.padding(width, height) : (view.padding ?? 0);
  const options = {
    worldSize: paths.worldSize,
    ...(view.maxZoom === undefined ? {} : { maxZoom: view.maxZoom }),
  };
  // The frame fitBounds gives (the bounds themselves until the element is measured).
  const fitted = mercatorBoundsViewBox(view.bounds, padding, width, height, options);
  // What the element shows: that frame, or moved to keep the selection in sight above a sheet.
  const moved = props.keepInSight
    ? frameInSight(fitted, { width, height, area }, props.keepInSight, paths.worldSize)
    : null;
  const seen = moved ?? fitted;
  // With no padding and no zoom limit, the fitted frame is the one "meet" makes of the bounds
  // themselves: the viewBox stays the bounds, so the picture never changes when the size becomes
  // known (after hydration). A new viewBox lays out every path again: on a slow phone 100 ms and
  // more, in the frame that answers the reader's first tap. (A move for the sheet comes a frame
  // after the sheet has opened, once its height is measured.)
  const fitsItself = padding === 0 && view.maxZoom === undefined;
  const box = moved ?? (fitsItself ? mercatorBoundsViewBox(view.bounds, 0, 0, 0, options) : fitted);
  const { onDrawn } = props;
  const measured = width > 0 && height > 0;
  useEffect(() => {
    if (measured)
      onDrawn?.({
        frame: { x: seen.x, y: seen.y, width: seen.width, height: seen.height },
        box: { width, height, area },
        worldSize: paths.worldSize,
      });
  }, [onDrawn, measured, seen.x, seen.y, seen.width, seen.height, width, height, area, paths.worldSize]);
  // Hatch spacing of about 6 screen px whatever the zoom (the pattern lives in world units).
  const spacing = width > 0 ? (6 * seen.width) / width : seen.width / 150;

  const hover = (iso3: string | null) => {
    if (hovered === iso3) return;
    setHovered(iso3);
    onHover(iso3);
  };
  const supported = byIso3.get(supports);
  const outline = (iso3: string | null) => (iso3 === null ? undefined : byIso3.get(iso3));
  const selectedPath = outline(selected);
  const hoveredPath = hovered === selected ? undefined : outline(hovered);

  return (
    // Clicks are delegated from the <svg> to the country under the pointer; keyboard users choose
    // countries from the country list instead of 240 tab stops.
    // biome-ignore lint/a11y/useKeyWithClickEvents: the country list is the keyboard alternative
    <svg
      ref={setRef}
      role="img"
      aria-label={label}
      data-testid="static-map"
      className={themed('themed-map')}
      viewBox={viewBoxAttribute(box)}
      preserveAspectRatio="xMidYMid meet"
      width="100%"
      height="100%"
      onClick={(event) => onSelect(countryAt(event.target))}
      onPointerMove={(event: PointerEvent<SVGSVGElement>) => hover(countryAt(event.target))}
      onPointerLeave={() => hover(null)}
    >
      <defs>
        <pattern
          id={hatchId}
          patternUnits="userSpaceOnUse"
          width={spacing}
          height={spacing}
          patternTransform="rotate(45)"
        >
          <line
            className={themed('map-hatch')}
            x1={0}
            y1={0}
            x2={0}
            y2={spacing}
            stroke={colors.supportsHatch}
            strokeWidth={spacing / 3}
          />
        </pattern>
      </defs>
      {/* Sea beyond the view box too: "meet" letterboxes the view, as wide as the element is. */}
      <rect
        x={seen.x - seen.width}
        y={seen.y - seen.height}
        width={seen.width * 3}
        height={seen.height * 3}
        className={themed('map-sea')}
        fill={colors.sea}
      />
      {/* One world, as the WebGL map draws it (create-map.ts: renderWorldCopies false), whose
        camera stops at the antimeridian as this picture's moves do (sight-frame.ts). */}
      <StaticCountries
        countries={paths.countries}
        fillFor={props.fillFor}
        dimmed={props.dimmed}
        border={colors.border}
        dimmedOpacity={colors.dimmedOpacity}
        groupFor={groupFor}
        noData={props.noData}
      />
      {supported && (
        <path
          d={supported.d}
          data-iso3={supports}
          data-supports=""
          fill={`url(#${hatchId})`}
          fillRule="evenodd"
        />
      )}
      {hoveredPath && (
        <path
          d={hoveredPath.d}
          fill="none"
          stroke={colors.hover}
          strokeWidth={1.6}
          vectorEffect="non-scaling-stroke"
          pointerEvents="none"
        />
      )}
      {selectedPath && (
        <path
          d={selectedPath.d}
          data-selected=""
          className={themed('map-selected')}
          fill="none"
          stroke={colors.selected}
          strokeWidth={2.5}
          vectorEffect="non-scaling-stroke"
          pointerEvents="none"
        />
      )}
    </svg>
  );
}
