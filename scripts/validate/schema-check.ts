// Schema errors in the curator's words: a JSON path, what is wrong, and a "did you mean" for typos
// in field names and enum values. Then salvage: the later checks (references, quotes, stances)
// run on every country, fact and source that is valid on its own, so one typo does not hide the
// rest of the report.
import type { z } from 'zod';

import {
  type Country,
  coalitionSchema,
  countrySchema,
  type Fact,
  factSchema,
  type Source,
  type Statement,
  sourceSchema,
  sourcesFileSchema,
  statementSchema,
} from '../../src/data/schema';
import { didYouMean } from './edit-distance';
import { type PathSegment, type Problem, problem } from './problem';

export interface Indexed<T> {
  index: number;
  value: T;
}

export interface UsableCoalition {
  supports: string | undefined;
  /** iso3 of every country entry, valid or not (so coverage does not flag a country with a typo). */
  allIso3: ReadonlySet<string>;
  schemaRef: unknown;
  countries: Indexed<Country>[];
  facts: Indexed<Fact>[];
  /** The supported country's block: its iso3 when it is a string, and its valid statements. */
  supported: { iso3: string | undefined; statements: Indexed<Statement>[] };
}

export interface UsableSources {
  schemaRef: unknown;
  /** Id of every source entry, valid or not; undefined when sources.json itself is unusable. */
  allIds: ReadonlySet<string> | undefined;
  sources: Indexed<Source>[];
}

type Issue = z.core.$ZodIssue;

function valueAt(root: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) {
      return { found: false, value: undefined };
    }
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return { found: true, value: current };
}

/** The field names the schema allows at `path` (for "did you mean" on an unknown field). */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  const unwrap = () => {
    for (let def = defOf(current); def?.innerType !== undefined; def = defOf(current))
      current = def.innerType;
  };
  for (const key of path) {
    unwrap();
    const def = defOf(current);
    if (def?.type === 'array') current = def.element;
    else if (def?.type === 'object' && typeof key === 'string') current = def.shape?.[key];
    else return [];
  }
  unwrap();
  return Object.keys(defOf(current)?.shape ?? {});
}

interface LooseDef {
  type?: string;
  innerType?: unknown;
  element?: unknown;
  shape?: Record<string, unknown>;
}

function defOf(schema: unknown): LooseDef | undefined {
  return (schema as { def?: LooseDef } | undefined)?.def;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function shown(value: unknown): string {
  const text = JSON.stringify(value);
  return text !== undefined && text.length <= 60 ? ` (got ${text})` : '';
}

function issueProblems(file: string, schema: z.ZodType, data: unknown, issue: Issue): Problem[] {
  const path = issue.path as PathSegment[];
  const { found, value } = valueAt(data, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = knownKeys(schema, path);
      return issue.keys.map((key) =>
        problem(
          file,
          [...path, key],
          `unknown field "${key}"`,
          didYouMean(key, allowed) ?? `allowed: ${allowed.join(', ')}`,
        ),
      );
    }
    case 'invalid_type':
      if (!found) return [problem(file, path, `missing required field (${issue.expected})`)];
      return [
        problem(
          file,
          path,
          `must be ${issue.expected === 'array' ? 'an array' : `a ${issue.expected}`}, not ${typeName(value)}`,
        ),
      ];
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v)).join(', ');
      const suggestion = typeof value === 'string' ? didYouMean(value, issue.values.map(String)) : undefined;
      return [
        problem(file, path, `${JSON.stringify(value) ?? 'the value'} is not one of ${options}`, suggestion),
      ];
    }
    case 'too_small':
      if (issue.origin === 'array') return [problem(file, path, `needs at least ${issue.minimum} item(s)`)];
      return [problem(file, path, `${issue.message}${shown(value)}`)];
    default:
      return [problem(file, path, `${issue.message}${shown(value)}`)];
  }
}

/** Checks data against a schema, every issue in the curator's words. */
export function checkSchema<T>(
  file: string,
  schema: z.ZodType<T>,
  data: unknown,
): { problems: Problem[]; parsed?: T } {
  const result = schema.safeParse(data);
  if (result.success) return { problems: [], parsed: result.data };
  return { problems: result.error.issues.flatMap((issue) => issueProblems(file, schema, data, issue)) };
}

function salvage<T>(items: unknown, schema: z.ZodType<T>): Indexed<T>[] {
  if (!Array.isArray(items)) return [];
  const usable: Indexed<T>[] = [];
  items.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) usable.push({ index, value: result.data });
  });
  return usable;
}

function field(data: unknown, key: string): unknown {
  return valueAt(data, [key]).value;
}

/** The string values of `key` across the items of an array (skipping items without one). */
function keysOf(items: unknown, key: string): Set<string> {
  const out = new Set<string>();
  if (Array.isArray(items)) {
    for (const item of items) {
      const value = field(item, key);
      if (typeof value === 'string') out.add(value);
    }
  }
  return out;
}

/** The supported country's iso3 and every statement valid on its own (one bad one hides nothing). */
function usableSupported(block: unknown): UsableCoalition['supported'] {
  const iso3 = field(block, 'iso3');
  return {
    iso3: typeof iso3 === 'string' ? iso3 : undefined,
    statements: salvage(field(block, 'statements'), statementSchema),
  };
}

export function checkCoalitionSchema(
  file: string,
  data: unknown,
): { problems: Problem[]; usable: UsableCoalition } {
  const { problems, parsed } = checkSchema(file, coalitionSchema, data);
  const supports = parsed?.supports ?? field(data, 'supports');
  const usable: UsableCoalition = {
    supports: typeof supports === 'string' && /^[A-Z]{3}$/.test(supports) ? supports : undefined,
    schemaRef: field(data, '$schema'),
    allIso3: keysOf(field(data, 'countries'), 'iso3'),
    countries: parsed
      ? parsed.countries.map((value, index) => ({ index, value }))
      : salvage(field(data, 'countries'), countrySchema),
    facts: parsed
      ? parsed.facts.map((value, index) => ({ index, value }))
      : salvage(field(data, 'facts'), factSchema),
    supported: usableSupported(parsed?.supported ?? field(data, 'supported')),
  };
  return { problems, usable };
}

export function checkSourcesSchema(
  file: string,
  data: unknown,
): { problems: Problem[]; usable: UsableSources } {
  const { problems, parsed } = checkSchema(file, sourcesFileSchema, data);
  const sources = parsed
    ? parsed.sources.map((value, index) => ({ index, value }))
    : salvage(field(data, 'sources'), sourceSchema);
  const list = field(data, 'sources');
  const allIds = Array.isArray(list) ? keysOf(list, 'id') : undefined;
  return { problems, usable: { schemaRef: field(data, '$schema'), allIds, sources } };
}
