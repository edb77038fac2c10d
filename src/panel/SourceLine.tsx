// Where a quote comes from: title, publisher, date, and how far to trust the text. Rewrites and
// machine translations carry a visible badge; the source's own `quality` note opens from it.
import { originLabel } from '../data/corrections';
import type { Source } from '../data/schema';
import { SOURCE_KIND_LABELS } from '../data/stances';
import { formatDate } from './format-date';

export function SourceLine({ source }: { source: Source }) {
  const flagged = source.kind !== 'original';
  const origin = originLabel(source);
  return (
    <div className="source-line">
      {/* data-url: print.css writes the address after the title (paper has no links). */}
      <cite className="source-title" data-url={source.url ?? undefined}>
        {source.title}
      </cite>
      <span className="source-meta">
        {source.publisher ?? 'Publisher not stated'}
        {' · '}
        {source.published ? formatDate(source.published) : 'Date not stated'}
        {origin && (
          <>
            {' · '}
            <span data-testid="source.origin" data-url={source.originUrl}>
              {origin}
            </span>
          </>
        )}
      </span>
      <details className={flagged ? 'source-quality flagged' : 'source-quality'}>
        <summary title={source.quality}>
          <span className={flagged ? 'kind-badge warn' : 'kind-badge'} data-kind={source.kind}>
            {SOURCE_KIND_LABELS[source.kind]}
          </span>
        </summary>
        <p>{source.quality}</p>
      </details>
    </div>
  );
}
