// The share picture (og:image) of a page: 1200 x 630 PNG, made at build time without a browser.
// The map is the app's own StaticMap, rendered to SVG markup by React's server renderer and framed
// on the page's subject (og-frame.ts); the words sit in a panel on its left (og-layout.ts); resvg
// rasterises the whole with the Inter font files of an npm package, never the machine's fonts, so
// every machine draws the same picture offline.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { renderToStaticMarkup } from 'react-dom/server';
import { sourcesDiffer } from '../../src/data/disagreement.ts';
import type { DatasetIndex } from '../../src/data/indexes.ts';
import { STANCE_LABELS, STANCES } from '../../src/data/stances.ts';
import type { FontSpec, Measure } from '../../src/export/png-layout.ts';
import { StaticMap, type StaticMapColors } from '../../src/map/static/StaticMap.tsx';
import { fillColor } from '../../src/theme/fill.ts';
import { LIGHT_PALETTE, type Palette } from '../../src/theme/palette.ts';
import { type FontMetrics, fontMetrics } from './font-metrics.ts';
import {
  countryFrame,
  type MapGeography,
  type MapView,
  mapView,
  overviewFrame,
  scaleWorldPaths,
} from './og-frame.ts';
import {
  type CardLayout,
  countryCardLayout,
  OG_HEIGHT,
  OG_WIDTH,
  overviewCardLayout,
  PANEL_WIDTH,
} from './og-layout.ts';
import {
  citedSources,
  type PageSubject,
  pictureAlt,
  sourceLine,
  stanceWords,
  subjectOf,
} from './page-words.ts';

const FONT_FAMILY = 'Inter';
const require = createRequire(import.meta.url);
/** The font files (SIL Open Font License), by the weights the layout uses. */
export const OG_FONT_FILES: Record<FontSpec['weight'], string> = {
  400: require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
  600: require.resolve('@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf'),
};

let metrics: Record<FontSpec['weight'], FontMetrics> | null = null;
/** Widths in the very files resvg draws with (read once; they never change during a build). */
export const measureText: Measure = (text, font) => {
  metrics ??= {
    400: fontMetrics(readFileSync(OG_FONT_FILES[400]), OG_FONT_FILES[400]),
    600: fontMetrics(readFileSync(OG_FONT_FILES[600]), OG_FONT_FILES[600]),
  };
  return metrics[font.weight].width(text, font.size);
};

export interface OgImageInput {
  index: DatasetIndex;
  /** The country of the page (a member or the supported country); null for the overview. */
  iso3: string | null;
  geography: MapGeography;
  /** Defaults to the light theme, the page's default. */
  palette?: Palette;
}

/** The room around the framed subject: the panel on the left, a margin elsewhere. */
const MAP_PADDING = { top: 40, right: 40, bottom: 40, left: PANEL_WIDTH + 40 };
const HATCH_ID = 'og-supported-hatch';

function cardWords(index: DatasetIndex, subject: PageSubject): CardLayout {
  const sources = sourceLine(citedSources(index, subject));
  const { coalition } = index;
  if (subject.kind === 'overview') {
    const total = index.countries.length;
    return overviewCardLayout(
      {
        title: coalition.title,
        subtitle: `What ${index.sources.length} news reports say ${total} countries commit`,
        rows: STANCES.map((stance) => ({
          label: STANCE_LABELS[stance],
          stance,
          count: index.countriesByStance[stance].length,
        })),
        // The legend's words for the supported country (the PNG export says the same).
        supported: `${coalition.supported.name} (supported)`,
        sources,
      },
      measureText,
    );
  }
  const member = subject.kind === 'country' ? index.countryByIso3.get(subject.iso3) : undefined;
  return countryCardLayout(
    {
      kicker: coalition.title,
      name: subject.name,
      stance: stanceWords(subject),
      stanceKey: subject.kind === 'country' ? subject.stance : null,
      stanceLead: subject.kind === 'country' ? 'What the sources say it commits' : null,
      // The legend's words for the dashed outline: the page shows both sides.
      note:
        member && sourcesDiffer(member, index.kinds) ? 'The sources differ: the page shows both sides' : null,
      sources,
    },
    measureText,
  );
}

/**
 * Where the picture's map looks: the default frame for the overview and the supported country
 * (the coalition around it), the country's own frame for a member (og-frame.ts).
 */
export function pictureView(input: OgImageInput): MapView {
  const { index, geography } = input;
  const subject = subjectOf(index, input.iso3);
  const bounds =
    subject.kind === 'country'
      ? countryFrame(geography, subject.iso3)
      : overviewFrame(
          geography,
          index.coalition.supports,
          index.countries.map((c) => c.iso3),
        ).bounds;
  return mapView(bounds, MAP_PADDING, OG_WIDTH, OG_HEIGHT, geography.paths.worldSize);
}

/** The picture as SVG markup (what renderOgImage rasterises). */
export function ogImageSvg(input: OgImageInput): string {
  const { index, geography } = input;
  const palette = input.palette ?? LIGHT_PALETTE;
  const subject = subjectOf(index, input.iso3);
  const supports = index.coalition.supports;
  const view = pictureView(input);
  const stanceOf = new Map(index.countries.map((c) => [c.iso3, c.stance]));
  const fillFor = (iso3: string) =>
    fillColor(iso3 === supports ? 'supported' : (stanceOf.get(iso3) ?? 'no-data'), palette);
  const colors: StaticMapColors = {
    sea: palette.sea,
    border: palette.border,
    hover: palette.hover,
    selected: palette.selected,
    supportsHatch: palette.supportsHatch,
    dimmedOpacity: 1,
  };
  const layout = cardWords(index, subject);
  const ink = { text: palette.text, muted: palette.muted };

  return renderToStaticMarkup(
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={OG_WIDTH}
      height={OG_HEIGHT}
      viewBox={`0 0 ${OG_WIDTH} ${OG_HEIGHT}`}
    >
      <title>{pictureAlt(subject)}</title>
      <StaticMap
        paths={scaleWorldPaths(geography.paths, view.factor)}
        fillFor={fillFor}
        dimmed={() => false}
        selected={subject.kind === 'overview' ? null : subject.iso3}
        supports={supports}
        onSelect={() => {}}
        onHover={() => {}}
        view={{ bounds: view.bounds }}
        colors={colors}
        label={pictureAlt(subject)}
      />
      <defs>
        <pattern
          id={HATCH_ID}
          patternUnits="userSpaceOnUse"
          width={8}
          height={8}
          patternTransform="rotate(45)"
        >
          <rect width={8} height={8} fill={palette.supported} />
          <line x1={0} y1={0} x2={0} y2={8} stroke={palette.supportsHatch} strokeWidth={3} />
        </pattern>
      </defs>
      <rect width={PANEL_WIDTH} height={OG_HEIGHT} fill={palette.background} />
      <rect x={PANEL_WIDTH} width={2} height={OG_HEIGHT} fill={palette.muted} fillOpacity={0.25} />
      {layout.swatches.map((s) => (
        <rect
          key={`${s.x} ${s.y}`}
          x={s.x}
          y={s.y}
          width={s.size}
          height={s.size}
          rx={3}
          fill={s.fill === 'supported' ? `url(#${HATCH_ID})` : palette.stances[s.fill.stance]}
          stroke={palette.muted}
          strokeOpacity={0.35}
        />
      ))}
      {layout.lines.map((line) => (
        <text
          key={`${line.x} ${line.y} ${line.text}`}
          x={line.x}
          y={line.y}
          fontFamily={FONT_FAMILY}
          fontSize={line.font.size}
          fontWeight={line.font.weight}
          fill={ink[line.ink]}
          textAnchor={line.end ? 'end' : 'start'}
        >
          {line.text}
        </text>
      ))}
    </svg>,
  );
}

/** The page's share picture as PNG bytes (1200 x 630). */
export function renderOgImage(input: OgImageInput): Uint8Array {
  const resvg = new Resvg(ogImageSvg(input), {
    font: {
      fontFiles: Object.values(OG_FONT_FILES),
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY,
    },
  });
  return resvg.render().asPng();
}
