// The methodology's sections, in a chunk loaded when the dialog is first wanted (Methodology.tsx
// draws its title and Close button). All text is rendered as text: the words come from content.ts
// and the source list from data/sources.json (through the app's summary), never as HTML.
import { Suspense } from 'react';
import { retryDataset } from '../data/claims';
import { summary } from '../data/dataset';
import { SOURCE_KIND_LABELS, SOURCE_KINDS, STANCE_LABELS, STANCES } from '../data/stances';
import { ErrorBoundary } from '../ErrorBoundary';
import { CorrectionsLog } from './CorrectionsLog';
import {
  BOUNDARIES,
  CLAIMS,
  CORRECTIONS,
  CORRECTIONS_LOG_LEAD,
  DISAGREEMENTS,
  INTRO,
  SOURCE_KIND_MEANINGS,
  SOURCES_LEAD,
  STANCE_DEFINITIONS,
  STANCE_LEAD,
} from './content';
import './methodology.css';

function Paragraphs({ texts }: { texts: readonly string[] }) {
  return texts.map((text) => <p key={text}>{text}</p>);
}

export function MethodologyContent() {
  return (
    <article className="methodology">
      <Paragraphs texts={INTRO} />

      <section aria-labelledby="methodology-stances">
        <h3 id="methodology-stances">What each colour means</h3>
        <p>{STANCE_LEAD}</p>
        <dl className="methodology-stances">
          {STANCES.map((stance) => (
            <div key={stance} data-testid="methodology.stance" data-stance={stance}>
              <dt>
                <span className="methodology-swatch" data-fill={stance} aria-hidden="true" />
                {STANCE_LABELS[stance]}
              </dt>
              <dd>…{STANCE_DEFINITIONS[stance]}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="methodology-claims">
        <h3 id="methodology-claims">How claims are chosen and quoted</h3>
        <Paragraphs texts={CLAIMS} />
      </section>

      <section aria-labelledby="methodology-disagreements">
        <h3 id="methodology-disagreements">When the sources disagree</h3>
        <ul>
          {DISAGREEMENTS.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="methodology-sources">
        <h3 id="methodology-sources">How sources are graded</h3>
        <p>{SOURCES_LEAD}</p>
        <dl>
          {SOURCE_KINDS.map((kind) => (
            <div key={kind}>
              <dt>{SOURCE_KIND_LABELS[kind]}</dt>
              <dd>{SOURCE_KIND_MEANINGS[kind]}</dd>
            </div>
          ))}
        </dl>
        <p>The sources this map draws on:</p>
        <ul className="methodology-source-list">
          {summary.sources.map((source) => (
            <li key={source.id} data-testid="methodology.source" data-kind={source.kind}>
              <strong>{source.title}</strong>{' '}
              <span className="methodology-kind">({SOURCE_KIND_LABELS[source.kind]})</span>
              <br />
              {source.quality}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="methodology-boundaries">
        <h3 id="methodology-boundaries">The map</h3>
        <p>{BOUNDARIES}</p>
      </section>

      <section aria-labelledby="methodology-corrections-made">
        <h3 id="methodology-corrections-made">Corrections</h3>
        <Paragraphs texts={CORRECTIONS_LOG_LEAD} />
        <ErrorBoundary part="The corrections log" onRetry={retryDataset}>
          <Suspense fallback={<p role="status">Loading the corrections…</p>}>
            <CorrectionsLog />
          </Suspense>
        </ErrorBoundary>
      </section>

      <section aria-labelledby="methodology-corrections" data-testid="methodology.corrections">
        <h3 id="methodology-corrections">Report a correction</h3>
        <Paragraphs texts={CORRECTIONS} />
      </section>
    </article>
  );
}
