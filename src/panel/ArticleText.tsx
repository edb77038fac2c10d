// The body of the article reader: downloads the text once mounted (the parent remounts it, by
// key, for another article or a retry) and shows it with the quote marked and scrolled to.
import { useEffect, useRef, useState } from 'react';

import { summary } from '../data/dataset';
import { fetchArticle } from './article-text';
import { type Highlighted, highlight } from './highlight';

type Loaded =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ok'; full: string; parts: Highlighted };

interface Props {
  sourceId: string;
  quote: string;
  onRetry: () => void;
}

export function ArticleText({ sourceId, quote, onRetry }: Props) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const markRef = useRef<HTMLElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let current = true;
    fetchArticle(sourceId).then(
      (full) => current && setLoaded({ status: 'ok', full, parts: highlight(full, quote) }),
      (error: Error) => current && setLoaded({ status: 'error', message: error.message }),
    );
    return () => {
      current = false;
    };
  }, [sourceId, quote]);

  useEffect(() => {
    // Scroll only the reader's own box, the dialog (scrollIntoView would also nudge the page
    // behind it). The dialog is the mark's offsetParent (position: fixed in the top layer).
    const mark = markRef.current;
    const scroller = bodyRef.current?.closest('dialog');
    if (loaded.status === 'ok' && mark && scroller) {
      scroller.scrollTop = mark.offsetTop - (scroller.clientHeight - mark.offsetHeight) / 2;
    }
  }, [loaded]);

  return (
    <div ref={bodyRef} className="article-body">
      {loaded.status === 'loading' && <p role="status">Loading the article…</p>}
      {loaded.status === 'error' && (
        <div role="alert">
          <p>The article could not be loaded. {loaded.message}</p>
          <button type="button" onClick={onRetry}>
            Retry
          </button>
        </div>
      )}
      {loaded.status === 'ok' && !loaded.parts.found && (
        <p role="alert">The quote could not be found in this text; the whole article is shown.</p>
      )}
      {loaded.status === 'ok' && (
        <div className="article-text" lang={summary.sourceById.get(sourceId)?.language}>
          {loaded.parts.found ? (
            <>
              {loaded.parts.before}
              <mark ref={markRef} data-testid="article.mark">
                {loaded.parts.match}
              </mark>
              {loaded.parts.after}
            </>
          ) : (
            loaded.full
          )}
        </div>
      )}
    </div>
  );
}
