// An article's publisher, date and grade (original, rewrite, machine translation) with the
// curator's note on its quality: the sources index shows it for every article, in full.
import { originLabel } from '../data/corrections';
import type { Source } from '../data/schema';
import { SOURCE_KIND_LABELS } from '../data/stances';
import { formatDate } from './format-date';

export function SourceMeta({ source }: { source: Source }) {
  const origin = originLabel(source);
  return (
    <div className="source-meta-block">
      <p className="source-meta">
        {source.publisher ?? 'Publisher not stated'}
        {' · '}
        {source.published ? formatDate(source.published) : 'Date not stated'}
        {source.originUrl && origin && (
          <>
            {' · '}
            {/* The text cites this report as its origin; the words here are not that report's. */}
            <a href={source.originUrl} data-testid="sources.origin">
              {origin}
            </a>
          </>
        )}
      </p>
      <p className="source-grade">
        <span
          className={source.kind === 'original' ? 'kind-badge' : 'kind-badge warn'}
          data-testid="sources.grade"
          data-kind={source.kind}
        >
          {SOURCE_KIND_LABELS[source.kind]}
        </span>{' '}
        {source.quality}
      </p>
    </div>
  );
}
