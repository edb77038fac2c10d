// One quote, verbatim, with its source and a button that opens the article at that passage.
import type { MouseEvent } from 'react';

import { summary } from '../data/dataset';
import type { Evidence as EvidenceItem } from '../data/schema';
import { useAppStore } from '../store/store';
import { SourceLine } from './SourceLine';

export function Evidence({ evidence }: { evidence: EvidenceItem }) {
  const openArticle = useAppStore((s) => s.openArticle);
  const source = summary.sourceById.get(evidence.source);
  const open = (e: MouseEvent<HTMLButtonElement>) => {
    // Some browsers do not focus a clicked button; the reader returns focus to whatever had it.
    e.currentTarget.focus();
    openArticle({ sourceId: evidence.source, quote: evidence.quote });
  };
  return (
    <figure className="evidence">
      {/* The quote is in its article's language, which may not be the page's. */}
      <blockquote data-testid="panel.quote" cite={source?.url ?? undefined} lang={source?.language}>
        {evidence.quote}
      </blockquote>
      <figcaption>
        {source ? <SourceLine source={source} /> : <span>Source “{evidence.source}” is missing.</span>}
        {source && (
          <button type="button" className="read-article" data-testid="panel.read-article" onClick={open}>
            Read in article
          </button>
        )}
      </figcaption>
    </figure>
  );
}
