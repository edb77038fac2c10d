// npm run schema: writes data/schema/*.schema.json from the zod schemas in src/data/schema.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { generateJsonSchemas } from './validate/json-schema';

const schemaDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'data', 'schema');
mkdirSync(schemaDir, { recursive: true });
const { coalitionSchema, sourcesSchema, correctionsSchema, publishedSchema } = generateJsonSchemas();
for (const [name, text] of [
  ['coalition.schema.json', coalitionSchema],
  ['sources.schema.json', sourcesSchema],
  ['corrections.schema.json', correctionsSchema],
  ['published.schema.json', publishedSchema],
] as const) {
  writeFileSync(path.join(schemaDir, name), text);
  console.log(`wrote ${path.relative(process.cwd(), path.join(schemaDir, name))}`);
}
