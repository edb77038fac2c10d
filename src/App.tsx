// Layout only: header, the map with its legend and list, the side panel, the article reader and
// the credits. Each interactive part sits in its own error boundary. On a narrow screen the map
// fills the screen under a compact header, and the panel, list, key and timeline are the tabs of
// a bottom sheet over it (AppSheet); the map keeps its place in the tree, so it is never rebuilt.
// The build prerenders the wide layout (there is no screen width at build time); until React has
// hydrated it, .app[data-prerendered] lets narrow-layout.css show it as the narrow one will be.
import { useEffect } from 'react';
import { APP_LEDE } from './app-text';
import type { AppFlags } from './boot';
import { CreditsFooter } from './CreditsFooter';
import { dataset } from './data/dataset';
import { ErrorBoundary } from './ErrorBoundary';
import { EmbedDialog } from './embed/EmbedDialog';
import { EmbedLayout } from './embed/EmbedLayout';
import { DownloadMenu } from './export/DownloadMenu';
import { usePrintPicture } from './export/print-picture';
import { StanceFilters } from './filters/StanceFilters';
import { CountryList } from './list/CountryList';
import { MapArea } from './map/MapArea';
import { Methodology } from './methodology/Methodology';
import { Notices } from './Notices';
import { ArticleReader } from './panel/ArticleReader';
import { Panel } from './panel/Panel';
import { AppSheet } from './sheet/AppSheet';
import { NARROW_QUERY, useMediaQuery } from './sheet/use-media-query';
import { appStore } from './store/store';
import { Timeline } from './timeline/Timeline';
import { useHydrated } from './ui/use-hydrated';

/** Escape clears the selection, unless a dialog is open (the dialog takes Escape itself). */
function useEscapeClearsSelection() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || document.querySelector('dialog[open]')) return;
      appStore.getState().select(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

export function App({ flags }: { flags: AppFlags }) {
  useEscapeClearsSelection();
  usePrintPicture();
  const narrow = useMediaQuery(NARROW_QUERY);
  const hydrated = useHydrated();
  if (flags.embed) return <EmbedLayout />;
  const timeline = (
    <ErrorBoundary part="The timeline">
      <Timeline />
    </ErrorBoundary>
  );
  const legend = (
    <ErrorBoundary part="The legend">
      <StanceFilters />
    </ErrorBoundary>
  );
  const downloads = (
    <ErrorBoundary part="The downloads">
      <DownloadMenu />
    </ErrorBoundary>
  );
  const list = (
    <ErrorBoundary part="The country list">
      <CountryList />
    </ErrorBoundary>
  );
  const panel = (
    <ErrorBoundary part="The panel">
      <Panel />
    </ErrorBoundary>
  );
  return (
    <div className="app" data-prerendered={hydrated ? undefined : ''}>
      <header className="app-header">
        <div>
          <h1>{dataset.coalition.title}</h1>
          <p className="app-lede">{APP_LEDE}</p>
        </div>
        <div className="header-actions">
          <Methodology />
          <EmbedDialog />
        </div>
      </header>
      <Notices />
      <main className="app-main">
        <div className="map-column">
          <ErrorBoundary part="The map">
            <MapArea />
          </ErrorBoundary>
          {!narrow && (
            <>
              {timeline}
              {legend}
              {downloads}
              {list}
            </>
          )}
        </div>
        {narrow ? (
          <AppSheet
            tabs={[
              { id: 'details', label: 'Details', content: panel },
              { id: 'countries', label: 'Countries', content: list },
              {
                id: 'key',
                label: 'Key',
                content: (
                  <>
                    {legend}
                    {downloads}
                    <CreditsFooter />
                  </>
                ),
              },
              { id: 'timeline', label: 'Timeline', content: timeline },
            ]}
          />
        ) : (
          panel
        )}
      </main>
      <ErrorBoundary part="The article reader">
        <ArticleReader />
      </ErrorBoundary>
      {!narrow && <CreditsFooter />}
      {!hydrated && <div className="sheet-peek-stand-in" aria-hidden="true" />}
    </div>
  );
}
