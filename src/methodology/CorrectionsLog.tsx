// The public log of corrections in the methodology: every entry, newest first, what was corrected,
// why, and what it said before and says now (one tap away). Serious corrections (a stance or grade
// changed, an item removed) are labelled so. The reader's view of data/corrections.json.
import { useDataset } from '../data/claims';
import { CORRECTION_FIELD_LABELS, correctionValueText, isSerious } from '../data/corrections';
import { corrections } from '../data/dataset';
import type { DatasetIndex } from '../data/indexes';
import type { Correction } from '../data/schema';
import { formatDate } from '../panel/format-date';
import '../panel/corrections.css';

/** What the entry is about, in the reader's words. */
function itemLabel(entry: Correction, dataset: DatasetIndex): string {
  switch (entry.kind) {
    case 'country':
      return dataset.countryByIso3.get(entry.id)?.name ?? entry.id;
    case 'claim': {
      const found = dataset.claimById.get(entry.id);
      return found ? `${found.country.name}, claim ${entry.id}` : `Claim ${entry.id}`;
    }
    case 'fact':
      return `The coalition, fact ${entry.id}`;
    case 'statement':
      return `${dataset.coalition.supported.name}, statement ${entry.id}`;
    case 'source':
      return `Source: ${dataset.sourceById.get(entry.id)?.title ?? entry.id}`;
  }
}

/** Under a Suspense boundary: it names a corrected claim's country, so it waits for the claims. */
export function CorrectionsLog() {
  const dataset = useDataset();
  if (corrections.all.length === 0) return <p>No corrections yet.</p>;
  return (
    <ol className="corrections-log" data-testid="methodology.corrections-log">
      {corrections.all.map((entry) => (
        <li
          key={`${entry.date}:${entry.kind}:${entry.id}:${entry.field}`}
          data-testid="methodology.correction"
          data-serious={isSerious(entry) ? 'true' : 'false'}
          data-correction={`${entry.kind}:${entry.id}:${entry.field}`}
        >
          <time dateTime={entry.date}>{formatDate(entry.date)}</time>
          {' · '}
          <strong>{itemLabel(entry, dataset)}</strong>
          {' · '}
          {CORRECTION_FIELD_LABELS[entry.field]}
          {isSerious(entry) && <span className="correction-serious-label"> · serious correction</span>}
          <p>{entry.reason}</p>
          <details className="correction-old">
            <summary>Before and after</summary>
            <dl>
              <dt>Before</dt>
              <dd>{correctionValueText(entry.old)}</dd>
              <dt>Now</dt>
              <dd>{entry.field === 'entry' ? 'Removed from the map' : correctionValueText(entry.new)}</dd>
            </dl>
          </details>
        </li>
      ))}
    </ol>
  );
}
