// The dataset's schema: the one definition the validator, the generated JSON Schema files and the
// app's types all come from. Only scripts and tests import this module at runtime; the app uses
// `import type`, so zod never reaches the browser bundle.
import { z } from 'zod';

import { SOURCE_KINDS, STANCES } from './stances';

export const FACT_KINDS = ['size', 'leadership', 'planning', 'funding', 'context'] as const;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'is not a real calendar date');

/** Why `tag` is not a well-formed BCP 47 language tag written canonically, or null when it is one. */
export function languageTagProblem(tag: string): string | null {
  // The primary subtag is an ISO 639 code (2 or 3 letters): BCP 47 also allows 5 to 8 letters,
  // which only catches a word ("english") written where a code belongs.
  if (!/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/.test(tag))
    return 'must be a BCP 47 language tag: a 2- or 3-letter ISO 639 language code, then any subtags after hyphens, such as "en" or "pt-BR"';
  let canonical: string | undefined;
  try {
    [canonical] = Intl.getCanonicalLocales(tag);
  } catch {
    return 'is not a well-formed BCP 47 language tag (a subtag is misplaced, repeated or of the wrong length), such as "en" or "pt-BR"';
  }
  return canonical === tag ? null : `must be written in its canonical form "${canonical}"`;
}

const languageTag = z.string().superRefine((tag, ctx) => {
  const why = languageTagProblem(tag);
  if (why !== null) ctx.addIssue({ code: 'custom', message: why });
});

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens (kebab-case)');

export const evidenceSchema = z.strictObject({
  source: z.string().min(1).describe('Id of a source in sources.json'),
  quote: z
    .string()
    .min(8, 'is too short to identify a passage')
    .describe('Verbatim passage of the article (whitespace may differ); must occur exactly once'),
});

export const claimSchema = z.strictObject({
  id: id.describe('Unique across the whole dataset'),
  stance: z.enum(STANCES),
  statement: z.string().min(1).describe('What the quote says, in our own words; never more'),
  date: isoDate.describe(
    'The date of the report the claim comes from (as the curator establishes it), not of the event the quote describes; dateNote says where it comes from and which day the text gives for the event',
  ),
  dateNote: z.string().min(1).optional().describe('Where the date comes from when the text does not give it'),
  note: z.string().min(1).optional().describe('Curator note: garbling, slips, caveats'),
  evidence: z.array(evidenceSchema).min(1),
});

export const resolutionSchema = z.strictObject({
  follows: id.describe('Id of the claim the country stance follows'),
  reason: z.string().min(1),
});

export const countrySchema = z.strictObject({
  iso3: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code such as GBR'),
  name: z.string().min(1),
  stance: z.enum(STANCES),
  summary: z.string().min(1).max(400),
  resolution: resolutionSchema
    .optional()
    .describe('Required when the sources differ: which claim the stance follows, and why'),
  claims: z.array(claimSchema).min(1),
});

export const factSchema = z.strictObject({
  id,
  kind: z.enum(FACT_KINDS),
  statement: z.string().min(1),
  date: isoDate,
  dateNote: z.string().min(1).optional(),
  count: z.number().int().positive().optional().describe('For kind "size": the number of countries'),
  approximate: z.boolean().optional(),
  note: z.string().min(1).optional(),
  evidence: z.array(evidenceSchema).min(1),
});

export const coalitionSchema = z.strictObject({
  $schema: z.string().optional(),
  title: z.string().min(1),
  description: z.string().min(1),
  supports: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .describe('ISO code of the country the coalition supports'),
  // A getter, so supportedSchema can be defined with its own types at the end of this file.
  get supported() {
    return supportedSchema;
  },
  updated: isoDate.describe('When the dataset was last changed'),
  facts: z.array(factSchema),
  countries: z.array(countrySchema).min(1),
});

export const sourceSchema = z.strictObject({
  id: id.describe('Also the file name: data/sources/<id>.txt'),
  title: z.string().min(1),
  publisher: z.string().min(1).nullable(),
  published: isoDate.nullable(),
  url: z
    .url({ protocol: /^https?$/ })
    .nullable()
    .describe('Where this text itself was published; null when unknown'),
  originUrl: z
    .url({ protocol: /^https?$/ })
    .optional()
    .describe(
      'The address the text cites as its origin (e.g. a closing "Source:" line): the report a rewrite or translation is based on. Never where this text was published.',
    ),
  kind: z.enum(SOURCE_KINDS),
  language: languageTag.describe(
    'The language of the text as received (BCP 47, e.g. "en"); a translation is in the language it was translated into. The app marks its quotes with it (the lang attribute).',
  ),
  receivedAs: z.string().min(1).describe('The file the article arrived as'),
  quality: z.string().min(1).describe('What a reader should know about this text'),
  metadataNotes: z
    .strictObject({
      title: z.string().min(1).optional(),
      publisher: z.string().min(1).optional(),
      published: z.string().min(1).optional(),
      url: z.string().min(1).optional(),
      originUrl: z.string().min(1).optional(),
      language: z.string().min(1).optional(),
    })
    .optional()
    .describe('Where each metadata value comes from when the text does not establish it'),
});

export const sourcesFileSchema = z.strictObject({
  $schema: z.string().optional(),
  sources: z.array(sourceSchema).min(1),
});

// The corrections log (data/corrections.json) and the published snapshot it is checked against
// (data/published.json, written by `npm run publish-data`). See scripts/validate/corrections-check.ts.
export const CORRECTION_KINDS = ['country', 'claim', 'fact', 'statement', 'source'] as const;
/** `entry` is the whole item: a correction with field "entry" and new value null removes it. */
export const CORRECTION_FIELDS = [
  'stance',
  'statement',
  'date',
  'count',
  'evidence',
  'kind',
  'quality',
  'url',
  'entry',
] as const;

const correctionValue = z.union([z.string(), z.number(), z.array(evidenceSchema), z.null()]);

export const correctionSchema = z.strictObject({
  date: isoDate.describe('When the correction was published'),
  kind: z
    .enum(CORRECTION_KINDS)
    .describe(
      'What was corrected: a country, a claim, a fact, a statement of the supported country or a source',
    ),
  id: z.string().min(1).describe('The ISO3 code of a country, or the id of a claim, fact or source'),
  field: z
    .enum(CORRECTION_FIELDS)
    .describe('The published field that changed ("entry": the item was removed)'),
  old: correctionValue.describe('The value as published before'),
  new: correctionValue.describe('The value now; null when the item was removed'),
  reason: z.string().min(1).describe('What was wrong and what is right, in the curator’s words'),
});

export const correctionsFileSchema = z.strictObject({
  $schema: z.string().optional(),
  corrections: z.array(correctionSchema),
});

const publishedEvidence = z.array(evidenceSchema);

export const publishedSchema = z.strictObject({
  $schema: z.string().optional(),
  updated: isoDate.describe('The dataset’s `updated` date when this snapshot was published'),
  countries: z.record(z.string(), z.strictObject({ stance: z.enum(STANCES) })),
  claims: z.record(
    z.string(),
    z.strictObject({
      country: z.string(),
      stance: z.enum(STANCES),
      statement: z.string(),
      date: isoDate,
      evidence: publishedEvidence,
    }),
  ),
  facts: z.record(
    z.string(),
    z.strictObject({
      statement: z.string(),
      date: isoDate,
      count: z.number().nullable(),
      evidence: publishedEvidence,
    }),
  ),
  /** The supported country's statements (absent from snapshots published before they existed). */
  statements: z
    .record(z.string(), z.strictObject({ statement: z.string(), date: isoDate, evidence: publishedEvidence }))
    .optional(),
  sources: z.record(
    z.string(),
    z.strictObject({ kind: z.enum(SOURCE_KINDS), quality: z.string(), url: z.string().nullable() }),
  ),
});

export type Correction = z.infer<typeof correctionSchema>;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];
export type CorrectionField = (typeof CORRECTION_FIELDS)[number];
export type CorrectionsFile = z.infer<typeof correctionsFileSchema>;
export type Published = z.infer<typeof publishedSchema>;

export type { SourceKind, Stance } from './stances';
export type Evidence = z.infer<typeof evidenceSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Country = z.infer<typeof countrySchema>;
export type Fact = z.infer<typeof factSchema>;
export type Coalition = z.infer<typeof coalitionSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type SourcesFile = z.infer<typeof sourcesFileSchema>;

// The country the coalition supports (Ukraine): not a member with a stance, so it has no claims,
// but the sources report what its leaders said; each statement is cited like a claim.
export const statementSchema = z.strictObject({
  id: id.describe('Unique across the whole dataset (claims, facts and statements)'),
  speaker: z.string().min(1).describe('Who said it, as the sources name them, and their office'),
  statement: z.string().min(1).describe('What the quote says, in our own words; never more'),
  date: isoDate.describe('When it was said or reported'),
  dateNote: z.string().min(1).optional().describe('Where the date comes from when the text does not give it'),
  note: z.string().min(1).optional().describe('Curator note: where the sources differ, slips, caveats'),
  evidence: z.array(evidenceSchema).min(1),
});

export const supportedSchema = z
  .strictObject({
    iso3: z
      .string()
      .regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code such as UKR')
      .describe('Must equal `supports`'),
    name: z.string().min(1),
    summary: z.string().min(1).max(400),
    statements: z.array(statementSchema).min(1),
  })
  .describe('The country the coalition supports: what the sources report its leaders said');

export type Statement = z.infer<typeof statementSchema>;
export type Supported = z.infer<typeof supportedSchema>;
