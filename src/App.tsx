// Layout only: header, the map with its legend and list, the side panel, the article reader and
// the credits. Each interactive part sits in its own error boundary.
import { useEffect } from 'react';
import { APP_LEDE } from './app-text';
import type { AppFlags } from './boot';
import { CreditsFooter } from './CreditsFooter';
import { dataset } from './data/dataset';
import { ErrorBoundary } from './ErrorBoundary';
import { EmbedDialog } from './embed/EmbedDialog';
import { EmbedLayout } from './embed/EmbedLayout';
import { DownloadMenu } from './export/DownloadMenu';
import { StanceFilters } from './filters/StanceFilters';
import { CountryList } from './list/CountryList';
import { MapArea } from './map/MapArea';
import { Methodology } from './methodology/Methodology';
import { Notices } from './Notices';
import { ArticleReader } from './panel/ArticleReader';
import { Panel } from './panel/Panel';
import { appStore } from './store/store';
import { Timeline } from './timeline/Timeline';

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
  if (flags.embed) return <EmbedLayout />;
  return (
    <div className="app">
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
          <ErrorBoundary part="The timeline">
            <Timeline />
          </ErrorBoundary>
          <ErrorBoundary part="The legend">
            <StanceFilters />
          </ErrorBoundary>
          <ErrorBoundary part="The downloads">
            <DownloadMenu />
          </ErrorBoundary>
          <ErrorBoundary part="The country list">
            <CountryList />
          </ErrorBoundary>
        </div>
        <ErrorBoundary part="The panel">
          <Panel />
        </ErrorBoundary>
      </main>
      <ErrorBoundary part="The article reader">
        <ArticleReader />
      </ErrorBoundary>
      <CreditsFooter />
    </div>
  );
}
