// The layout for ?embed=1, inside a newsroom's iframe, from 300 px wide: the map first, then the
// legend as chips that filter (Key opens the rest), the timeline and the credits. No header or
// intro (the article around it says what it is). The panel sits beside the map in a wide frame
// and is a bottom sheet over the map in a narrow one (EmbedSheet). The document is exactly as
// tall as this layout, so the frame can be sized to it (see bridge-dom.ts, embed.css).
import { useShallow } from 'zustand/react/shallow';

import { summary } from '../data/dataset';
import { ErrorBoundary } from '../ErrorBoundary';
import { StanceFilters } from '../filters/StanceFilters';
import { MapArea } from '../map/MapArea';
import { Notices } from '../Notices';
import { ArticleReader } from '../panel/ArticleReader';
import { formatDate } from '../panel/format-date';
import { Panel } from '../panel/Panel';
import { EmbedSheet } from '../sheet/EmbedSheet';
import { useAppStore } from '../store/store';
import { stateToHash, urlStateOf } from '../store/url';
import { requestedTheme } from '../theme/theme';
import { Timeline } from '../timeline/Timeline';
import './embed.css';
import { HydrateLater } from '../ui/HydrateLater';
import { usePageBase } from '../ui/site-links';
import { useHydrated } from '../ui/use-hydrated';
import { fullMapHref } from './snippet';

export function EmbedLayout() {
  return (
    <div className="embed-layout" data-testid="embed-layout">
      {/* The frame's title names the map for screen readers; this names the document inside it. */}
      <h1 className="embed-visually-hidden">{summary.coalition.title}</h1>
      <Notices />
      <div className="embed-stage">
        <div className="embed-body">
          <div className="embed-map">
            <ErrorBoundary part="The map">
              <MapArea releaseOffscreen />
            </ErrorBoundary>
          </div>
          <EmbedSheet>
            <ErrorBoundary part="The panel">
              <Panel />
            </ErrorBoundary>
          </EmbedSheet>
        </div>
        <HydrateLater>
          <ErrorBoundary part="The legend">
            <StanceFilters compact />
          </ErrorBoundary>
          <ErrorBoundary part="The timeline">
            <Timeline compact />
          </ErrorBoundary>
          <EmbedFooter />
        </HydrateLater>
      </div>
      <HydrateLater>
        <ErrorBoundary part="The article reader">
          <ArticleReader />
        </ErrorBoundary>
      </HydrateLater>
    </div>
  );
}

/** Short credits and the way out to the full app, at the same view. */
function EmbedFooter() {
  // The whole view the URL holds (country, claim, filter, timeline date, panel view).
  const view = useAppStore(useShallow(urlStateOf));
  const base = usePageBase();
  // Prerendered (and while hydrating) there is no address to read: the site's root, relative.
  const href = useHydrated()
    ? fullMapHref(window.location, stateToHash(view), requestedTheme())
    : base || './';
  return (
    <footer className="embed-footer">
      <p>
        Data: {summary.sources.length} news reports, quoted; updated{' '}
        <time dateTime={summary.coalition.updated}>{formatDate(summary.coalition.updated)}</time>. Boundaries:
        Natural Earth, adjusted to UN views of borders. Map: MapLibre.
      </p>
      <a href={href} target="_blank" rel="noopener" data-testid="embed.open-full">
        Open full map<span aria-hidden="true"> ↗</span>
        <span className="embed-visually-hidden"> (opens in a new tab)</span>
      </a>
    </footer>
  );
}
