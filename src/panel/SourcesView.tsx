// The sources index (#view=sources): every article with its publisher, date and grade, and the
// claims that cite it (each a way to that claim); or one article open (#view=sources&source=id)
// with its quotes marked. Focus follows what the reader opened, as in the rest of the panel.
import { Suspense, useEffect, useRef } from 'react';
import { retryDataset, useDataset } from '../data/claims';
import { summary } from '../data/dataset';
import type { Source } from '../data/schema';
import { ErrorBoundary } from '../ErrorBoundary';
import { useAppStore } from '../store/store';
import { SourceArticle } from './SourceArticle';
import { SourceMeta } from './SourceMeta';
import { scrollIntoPanel } from './scroll-into-panel';

function SourceEntry({ source }: { source: Source }) {
  const showSources = useAppStore((s) => s.showSources);
  const showClaim = useAppStore((s) => s.showClaim);
  const citations = useDataset().citationsBySource.get(source.id) ?? [];
  // A claim may quote one article twice: list it once.
  const claims = [...new Map(citations.filter((c) => c.country).map((c) => [c.item.id, c])).values()];
  const facts = new Set(citations.filter((c) => !c.country).map((c) => c.item.id)).size;
  return (
    <li className="source-entry" data-testid="sources.item" data-source-id={source.id}>
      <h3>{source.title}</h3>
      <SourceMeta source={source} />
      <button
        type="button"
        data-testid="sources.open"
        data-source-id={source.id}
        onClick={() => showSources(source.id)}
      >
        Read the article<span className="visually-hidden">: {source.title}</span>, quotes marked
      </button>
      <h4>
        Cited by {claims.length} {claims.length === 1 ? 'claim' : 'claims'}
        {facts > 0 && ` and ${facts} ${facts === 1 ? 'fact' : 'facts'} about the coalition`}
      </h4>
      <ul className="source-claims">
        {claims.map(({ country, item }) =>
          country ? (
            <li key={item.id}>
              <button
                type="button"
                className="link-button"
                data-testid="sources.claim"
                data-claim-id={item.id}
                onClick={() => showClaim(country.iso3, item.id)}
              >
                <strong>{country.name}</strong>: {item.statement}
              </button>
            </li>
          ) : null,
        )}
      </ul>
    </li>
  );
}

export function SourcesView() {
  const source = useAppStore((s) => s.source);
  const open = source !== null && summary.sourceById.has(source) ? source : null;
  const rootRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const previous = useRef(open);

  useEffect(() => {
    // Only on a change made here (not on load from a link): the new heading, or back on the
    // "Read" button of the article just closed.
    if (previous.current === open) return;
    const closed = previous.current;
    previous.current = open;
    if (!document.hasFocus()) return;
    const button = closed
      ? rootRef.current?.querySelector<HTMLElement>(
          `[data-testid="sources.open"][data-source-id="${CSS.escape(closed)}"]`,
        )
      : null;
    (button ?? headingRef.current)?.focus();
    rootRef.current?.closest('.panel')?.scrollTo?.({ top: 0 });
    if (button) scrollIntoPanel(button);
  }, [open]);

  return (
    <section ref={rootRef} className="sources-view" data-testid="sources" aria-label="Sources">
      {open ? (
        <ErrorBoundary part="The article" onRetry={retryDataset}>
          <Suspense fallback={<p role="status">Loading the article…</p>}>
            <SourceArticle key={open} sourceId={open} headingRef={headingRef} />
          </Suspense>
        </ErrorBoundary>
      ) : (
        <>
          <h2 ref={headingRef} tabIndex={-1}>
            Sources
          </h2>
          <p>
            Every colour on the map rests on a quote from one of these {summary.sources.length} articles. How
            far to trust each one is part of the story: rewrites can slip, machine translations garble names.
          </p>
          {/* Each entry lists the claims that cite it: they may still be on their way (claims.ts). */}
          <ErrorBoundary part="The claims that cite each article" onRetry={retryDataset}>
            <Suspense fallback={<p role="status">Loading the claims that cite each article…</p>}>
              <ol className="sources-list">
                {summary.sources.map((s) => (
                  <SourceEntry key={s.id} source={s} />
                ))}
              </ol>
            </Suspense>
          </ErrorBoundary>
        </>
      )}
    </section>
  );
}
