// Layout only: header, the map with its legend and list, the side panel, the article reader and
// the credits. Each interactive part sits in its own error boundary. One tree at every width, so
// the tree React hydrates is the tree it keeps: the map's column, then the sheet (AppSheet) whose
// tabs hold the panel, the list, the key and the timeline. CSS places it: on a narrow screen with
// scripts a bottom sheet over the map (narrow-layout.css, app-sheet.css); on a wide one the
// timeline, key and list under the map, the panel beside it and the credits at the foot (app.css).
import { useEffect } from 'react';
import { APP_LEDE } from './app-text';
import type { AppFlags } from './boot';
import { CreditsFooter } from './CreditsFooter';
import { summary } from './data/dataset';
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
import { appStore } from './store/store';
import { Timeline } from './timeline/Timeline';
import { HydrateLater } from './ui/HydrateLater';

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

/** The panels in the order a wide screen reads them: under the map the timeline, the key and the
 *  list, then the panel beside it (the tabs keep the sheet's order: the panel first). */
const PANEL_ORDER = ['timeline', 'key', 'countries', 'details'];

export function App({ flags }: { flags: AppFlags }) {
  useEscapeClearsSelection();
  usePrintPicture();
  if (flags.embed) return <EmbedLayout />;
  return (
    <div className="app">
      <header className="app-header">
        <div>
          <h1>{summary.coalition.title}</h1>
          <p className="app-lede">{APP_LEDE}</p>
        </div>
        <div className="header-actions">
          <HydrateLater>
            <Methodology />
            <EmbedDialog />
          </HydrateLater>
        </div>
      </header>
      <Notices />
      <main className="app-main">
        <div className="map-column">
          <ErrorBoundary part="The map">
            <MapArea />
          </ErrorBoundary>
        </div>
        <AppSheet
          tabs={[
            {
              id: 'details',
              label: 'Details',
              content: (
                <ErrorBoundary part="The panel">
                  <Panel />
                </ErrorBoundary>
              ),
            },
            {
              id: 'countries',
              label: 'Countries',
              content: (
                <HydrateLater>
                  <ErrorBoundary part="The country list">
                    <CountryList />
                  </ErrorBoundary>
                </HydrateLater>
              ),
            },
            {
              id: 'key',
              label: 'Key',
              content: (
                <HydrateLater>
                  {/* One box under the map on a wide screen; the credits go to the page's foot. */}
                  <div className="key-parts">
                    <ErrorBoundary part="The legend">
                      <StanceFilters />
                    </ErrorBoundary>
                    <ErrorBoundary part="The downloads">
                      <DownloadMenu />
                    </ErrorBoundary>
                  </div>
                  <CreditsFooter />
                </HydrateLater>
              ),
            },
            {
              id: 'timeline',
              label: 'Timeline',
              content: (
                <HydrateLater>
                  <ErrorBoundary part="The timeline">
                    <Timeline />
                  </ErrorBoundary>
                </HydrateLater>
              ),
            },
          ]}
          panelOrder={PANEL_ORDER}
        />
      </main>
      <HydrateLater>
        <ErrorBoundary part="The article reader">
          <ArticleReader />
        </ErrorBoundary>
      </HydrateLater>
    </div>
  );
}
