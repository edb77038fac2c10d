// One article in the sources index: its whole text (downloaded on demand, shown as text, never
// HTML) with EVERY quoted passage marked. Each mark is a link to the claim it backs (a fact's
// leads to the overview); a passage several countries share lists them all after it.
import { type MouseEvent, type ReactNode, type Ref, useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { APP_LANGUAGE } from '../app-text';
import { useDataset } from '../data/claims';
import { summary } from '../data/dataset';
import type { Citation } from '../data/indexes';
import { appStore, useAppStore } from '../store/store';
import { stateToHash } from '../store/url';
import { fetchArticle } from './article-text';
import { highlightAll, passages, type Run } from './highlight-all';
import { SourceMeta } from './SourceMeta';
import { distinctTargets, primaryTarget, type QuoteTarget } from './source-targets';

type Loaded = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ok'; full: string };

function TargetLink({ target, children }: { target: QuoteTarget; children: ReactNode }) {
  const { stances, asOf } = useAppStore(useShallow((s) => ({ stances: s.stances, asOf: s.asOf })));
  const href = stateToHash({ selected: target.iso3, claim: target.claimId, stances, asOf });
  const follow = (e: MouseEvent) => {
    e.preventDefault();
    const store = appStore.getState();
    if (target.iso3 && target.claimId) store.showClaim(target.iso3, target.claimId);
    else {
      store.select(null);
      store.showDetails();
    }
  };
  return (
    <a href={href || '#'} onClick={follow}>
      {children}
    </a>
  );
}

function Passage({ runs, citations }: { runs: Run[]; citations: readonly Citation[] }) {
  const covering = (run: Run) => run.covers.flatMap((i) => citations[i] ?? []);
  const targets = distinctTargets(runs.flatMap(covering));
  return (
    <>
      {runs.map((run, i) => {
        const cited = covering(run);
        const target = primaryTarget(cited);
        const ids = [...new Set(cited.map((c) => c.item.id))].join(' ');
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: runs are a fixed split of one text
          <mark key={i} data-testid="sources.mark" data-citations={ids} data-iso3={target?.iso3 ?? ''}>
            {target ? <TargetLink target={target}>{run.text}</TargetLink> : run.text}
          </mark>
        );
      })}
      {targets.length > 1 && (
        // The app's words inside the article's text: in the page's language, not the article's.
        <span className="mark-targets" lang={APP_LANGUAGE}>
          {' '}
          [quoted for{' '}
          {targets.map((t, i) => (
            <span key={t.claimId ?? 'coalition'}>
              {i > 0 && ', '}
              <TargetLink target={t}>{t.label}</TargetLink>
            </span>
          ))}
          ]
        </span>
      )}
    </>
  );
}

type ArticleProps = { sourceId: string; headingRef: Ref<HTMLHeadingElement> };

/** The article with every quote that cites it marked: under a Suspense boundary (the claims may be on their way). */
export function SourceArticle(props: ArticleProps) {
  // Alone in this component: it may suspend, and no hook may follow it (claims.ts).
  const citations = useDataset().citationsBySource.get(props.sourceId) ?? NO_CITATIONS;
  return <MarkedArticle {...props} citations={citations} />;
}

const NO_CITATIONS: readonly Citation[] = [];

function MarkedArticle({
  sourceId,
  headingRef,
  citations,
}: ArticleProps & { citations: readonly Citation[] }) {
  const showSources = useAppStore((s) => s.showSources);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const source = summary.sourceById.get(sourceId);

  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt is the Retry trigger, not a value read.
  useEffect(() => {
    let current = true;
    setLoaded({ status: 'loading' });
    fetchArticle(sourceId).then(
      (full) => current && setLoaded({ status: 'ok', full }),
      (error: Error) => current && setLoaded({ status: 'error', message: error.message }),
    );
    return () => {
      current = false;
    };
  }, [sourceId, attempt]);

  const text = loaded.status === 'ok' ? loaded.full : null;
  const highlighted = useMemo(
    () =>
      text === null
        ? null
        : highlightAll(
            text,
            citations.map((c) => c.evidence.quote),
          ),
    [text, citations],
  );

  return (
    <article className="source-article" data-testid="sources.article" aria-labelledby="source-heading">
      <button type="button" className="back-link" onClick={() => showSources(null)}>
        ← All sources
      </button>
      <h2 id="source-heading" ref={headingRef} tabIndex={-1}>
        {source?.title ?? sourceId}
      </h2>
      {source && <SourceMeta source={source} />}
      {loaded.status === 'loading' && <p role="status">Loading the article…</p>}
      {loaded.status === 'error' && (
        <div role="alert">
          <p>The article could not be loaded. {loaded.message}</p>
          <button type="button" onClick={() => setAttempt((n) => n + 1)}>
            Retry
          </button>
        </div>
      )}
      {highlighted && highlighted.missing.length > 0 && (
        <p role="alert">
          {highlighted.missing.length} quoted passages could not be found in this text; the rest are marked.
        </p>
      )}
      {highlighted && (
        <>
          <p className="muted">
            {citations.length} quoted passages are marked; each leads to the country whose claim it backs.
          </p>
          <div className="article-text source-text" lang={source?.language}>
            {passages(highlighted.runs).map((group, i) =>
              (group[0]?.covers.length ?? 0) === 0 ? (
                group[0]?.text
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: passages are a fixed split of one text
                <Passage key={i} runs={group} citations={citations} />
              ),
            )}
          </div>
        </>
      )}
    </article>
  );
}
