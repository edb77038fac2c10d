// The article reader: a native modal <dialog> (focus trapped, Escape closes) showing the whole
// article as plain text with the quote in a <mark>, scrolled into view. Closing gives focus back
// to the "Read in article" button that opened it. The body (ArticleText, with the quote search)
// is a chunk of its own, loaded after the map is drawn or when the reader first opens.
import { useEffect, useRef, useState } from 'react';

import { summary } from '../data/dataset';
import { SOURCE_KIND_LABELS } from '../data/stances';
import { ErrorBoundary } from '../ErrorBoundary';
import { useAppStore } from '../store/store';
import { lazyComponent, lazyModule, usePrefetchAfterMap } from '../ui/lazy-part';

const loadText = lazyModule(() => import('./ArticleText'));
const ArticleText = lazyComponent(loadText, (module) => module.ArticleText, 'Loading the article…');

export function ArticleReader() {
  const article = useAppStore((s) => s.article);
  const closeArticle = useAppStore((s) => s.closeArticle);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const [attempt, setAttempt] = useState(0);
  const source = article ? summary.sourceById.get(article.sourceId) : undefined;
  usePrefetchAfterMap(loadText);

  // Open and close the dialog with the store; remember who opened it.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (article && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    }
    if (!article && dialog.open) dialog.close();
  }, [article]);

  // Every way the dialog closes (Escape, the button, the store) ends here.
  const onClose = () => {
    closeArticle();
    const target = opener.current;
    opener.current = null;
    if (target?.isConnected) target.focus();
  };

  return (
    <dialog
      ref={dialogRef}
      className="article-reader"
      data-testid="article"
      aria-labelledby="article-title"
      onClose={onClose}
    >
      <header className="article-header">
        <div>
          <h2 id="article-title">{source?.title ?? 'Article'}</h2>
          {source && (
            <p className="article-kind">
              <span className={source.kind === 'original' ? 'kind-badge' : 'kind-badge warn'}>
                {SOURCE_KIND_LABELS[source.kind]}
              </span>{' '}
              {source.quality}
            </p>
          )}
        </div>
        <button type="button" onClick={() => dialogRef.current?.close()}>
          Close
        </button>
      </header>
      {article && (
        <ErrorBoundary part="The article">
          <ArticleText
            key={`${article.sourceId}:${article.quote}:${attempt}`}
            sourceId={article.sourceId}
            quote={article.quote}
            onRetry={() => setAttempt((n) => n + 1)}
          />
        </ErrorBoundary>
      )}
    </dialog>
  );
}
