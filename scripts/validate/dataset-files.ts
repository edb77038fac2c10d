// The dataset as text, read from disk (validateDataset) or built in memory (tests, fuzzing), and
// the display names problems are reported under.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface DatasetFiles {
  /** How the data directory is named in reports, e.g. "data". */
  dir: string;
  /** Text of coalition.json, or undefined when the file is missing. */
  coalition: string | undefined;
  sources: string | undefined;
  /** Article texts by source id (file data/sources/<id>.txt). */
  articles: ReadonlyMap<string, string>;
  /** Committed JSON Schema files, undefined when missing. */
  coalitionSchema: string | undefined;
  sourcesSchema: string | undefined;
  /** The corrections log and the published snapshot it is checked against. */
  corrections: string | undefined;
  published: string | undefined;
  correctionsSchema: string | undefined;
  publishedSchema: string | undefined;
}

export interface FileNames {
  coalition: string;
  sources: string;
  article: (id: string) => string;
  coalitionSchema: string;
  sourcesSchema: string;
  corrections: string;
  published: string;
  correctionsSchema: string;
  publishedSchema: string;
}

export function fileNames(dir: string): FileNames {
  return {
    coalition: `${dir}/coalition.json`,
    sources: `${dir}/sources.json`,
    article: (id) => `${dir}/sources/${id}.txt`,
    coalitionSchema: `${dir}/schema/coalition.schema.json`,
    sourcesSchema: `${dir}/schema/sources.schema.json`,
    corrections: `${dir}/corrections.json`,
    published: `${dir}/published.json`,
    correctionsSchema: `${dir}/schema/corrections.schema.json`,
    publishedSchema: `${dir}/schema/published.schema.json`,
  };
}

function readIfExists(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** Reads a data directory laid out as data/ is. `label` defaults to the path from the cwd. */
export function readDatasetFiles(dataDir: string, label?: string): DatasetFiles {
  const articleDir = path.join(dataDir, 'sources');
  const articles = new Map<string, string>();
  if (existsSync(articleDir)) {
    for (const name of readdirSync(articleDir).sort()) {
      if (name.endsWith('.txt'))
        articles.set(name.slice(0, -4), readFileSync(path.join(articleDir, name), 'utf8'));
    }
  }
  return {
    dir: label ?? (path.relative(process.cwd(), dataDir).split(path.sep).join('/') || '.'),
    coalition: readIfExists(path.join(dataDir, 'coalition.json')),
    sources: readIfExists(path.join(dataDir, 'sources.json')),
    articles,
    coalitionSchema: readIfExists(path.join(dataDir, 'schema', 'coalition.schema.json')),
    sourcesSchema: readIfExists(path.join(dataDir, 'schema', 'sources.schema.json')),
    corrections: readIfExists(path.join(dataDir, 'corrections.json')),
    published: readIfExists(path.join(dataDir, 'published.json')),
    correctionsSchema: readIfExists(path.join(dataDir, 'schema', 'corrections.schema.json')),
    publishedSchema: readIfExists(path.join(dataDir, 'schema', 'published.schema.json')),
  };
}
