// npm run validate: checks data/ and prints every error, the disagreements and the coverage report.
// Exits 1 when there is any error.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { formatReport } from './validate/format';
import { validateDataset } from './validate/validate-dataset';

const dataDir = process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'data');
const result = validateDataset(dataDir);
console.log(formatReport(result));
process.exitCode = result.errors.length > 0 ? 1 : 0;
