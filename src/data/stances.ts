// Runtime constants shared by the schema (build time) and the app (browser). Kept apart from
// schema.ts so the browser bundle never pulls in zod.

/** Strongest first: a country takes the strongest stance its claims support (see STANCES.md). */
export const STANCES = ['troops', 'peacekeeping-only', 'other-support', 'opposed', 'unstated'] as const;
export type Stance = (typeof STANCES)[number];

/** Order of strength for supporting stances; `opposed` stands apart (a disagreement, not a rank). */
export const SUPPORT_RANK: Record<Stance, number> = {
  troops: 3,
  'peacekeeping-only': 2,
  'other-support': 1,
  unstated: 0,
  opposed: -1,
};

export const SOURCE_KINDS = ['original', 'rewrite', 'machine-translation'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const STANCE_LABELS: Record<Stance, string> = {
  troops: 'Troops',
  'peacekeeping-only': 'Peacekeeping only',
  'other-support': 'Other support',
  opposed: 'Opposed',
  unstated: 'Named, no stated commitment',
};

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  original: 'Original report',
  rewrite: 'Rewrite (may contain factual slips)',
  'machine-translation': 'Machine translation (garbles names)',
};
