// "Download CSV / JSON / PNG" for the view on screen: the files hold what the stance filter
// shows on the timeline's date, so a reader's download matches what they were looking at.
import { useState } from 'react';

import { dataset } from '../data/dataset';
import type { Stance } from '../data/schema';
import { useAppStore } from '../store/store';
import { currentPalette } from '../theme/theme';
import { datasetCsv } from './csv';
import { downloadBlob, downloadText, exportFileName } from './download';
import './download-menu.css';
import { type ExportFilter, filterDataset } from './filter-dataset';
import { datasetJson } from './json';
import { providedMapPicture } from './map-registry';
import { renderViewPng } from './png';
import { viewCaption } from './view-caption';

function currentFilter(stances: readonly Stance[], asOf: string | null): ExportFilter {
  // The timeline's date (null: the latest, everything): the files hold what the map shows.
  return { stances, asOf };
}

function fileDate(filter: ExportFilter): string {
  return filter.asOf ?? dataset.coalition.updated;
}

export function DownloadMenu() {
  const stances = useAppStore((s) => s.stances);
  const asOf = useAppStore((s) => s.asOf);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const subset = () => filterDataset(dataset.coalition, dataset.sources, currentFilter(stances, asOf));

  const downloadCsv = () => {
    const filter = currentFilter(stances, asOf);
    downloadText(datasetCsv(subset()), exportFileName('csv', fileDate(filter)), 'text/csv;charset=utf-8');
    setStatus('');
  };

  const downloadJson = () => {
    const filter = currentFilter(stances, asOf);
    downloadText(datasetJson(subset()), exportFileName('json', fileDate(filter)), 'application/json');
    setStatus('');
  };

  const downloadPng = async () => {
    const source = providedMapPicture();
    if (!source) {
      setStatus('The map is still being drawn. Try again in a moment.');
      return;
    }
    const filter = currentFilter(stances, asOf);
    setBusy(true);
    setStatus('Preparing the image…');
    try {
      // Drawn in the theme the map is in: its colours, its background and text.
      const palette = currentPalette();
      const caption = viewCaption(dataset.coalition, dataset.sources, filter, palette);
      const { background, text, muted } = palette;
      const blob = await renderViewPng({ source, ...caption, ink: { background, text, muted } });
      downloadBlob(blob, exportFileName('png', fileDate(filter)));
      setStatus('');
    } catch (error) {
      setStatus(`The image could not be made: ${(error as Error).message}.`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="download-menu">
      <legend>Download this view</legend>
      <button type="button" data-testid="download.csv" onClick={downloadCsv}>
        Download CSV
      </button>
      <button type="button" data-testid="download.json" onClick={downloadJson}>
        Download JSON
      </button>
      <button type="button" data-testid="download.png" onClick={downloadPng} disabled={busy} aria-busy={busy}>
        Download PNG
      </button>
      <p className="download-status" role="status" data-testid="download.status">
        {status}
      </p>
    </fieldset>
  );
}
