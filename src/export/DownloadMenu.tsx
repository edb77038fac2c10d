// "Download CSV / JSON / PNG" for the view on screen: the files hold what the stance filter
// shows on the timeline's date, so a reader's download matches what they were looking at.
// The buttons are drawn at once; the code that writes the files (download-actions.ts) loads
// after the map is drawn or on the first click.
import { useState } from 'react';

import type { Stance } from '../data/schema';
import { useAppStore } from '../store/store';
import { lazyModule, usePrefetchAfterMap } from '../ui/lazy-part';
import './download-menu.css';
import type { ExportFilter } from './filter-dataset';
import { providedMapPicture } from './map-registry';

const loadActions = lazyModule(() => import('./download-actions'));
type Actions = Awaited<ReturnType<typeof loadActions>>;

function currentFilter(stances: readonly Stance[], asOf: string | null): ExportFilter {
  // The timeline's date (null: the latest, everything): the files hold what the map shows.
  return { stances, asOf };
}

/** The download's own failure, or its code's (a chunk that did not arrive). */
class LoadFailure extends Error {}

async function actions(): Promise<Actions> {
  try {
    return await loadActions();
  } catch (error) {
    throw new LoadFailure((error as Error).message);
  }
}

function failureStatus(what: string, error: unknown): string {
  const message = (error as Error).message;
  return error instanceof LoadFailure
    ? `${what} could not be made: the code that writes it did not load (${message}). Try again, or reload the page.`
    : `${what} could not be made: ${message}.`;
}

export function DownloadMenu() {
  const stances = useAppStore((s) => s.stances);
  const asOf = useAppStore((s) => s.asOf);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  usePrefetchAfterMap(loadActions);

  const downloadData = async (format: 'csv' | 'json') => {
    const filter = currentFilter(stances, asOf);
    try {
      const { saveCsv, saveJson } = await actions();
      await (format === 'csv' ? saveCsv : saveJson)(filter);
      setStatus('');
    } catch (error) {
      setStatus(failureStatus(`The ${format.toUpperCase()} file`, error));
    }
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
      await (await actions()).savePng(source, filter);
      setStatus('');
    } catch (error) {
      setStatus(failureStatus('The image', error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="download-menu">
      <legend>Download this view</legend>
      <button type="button" data-testid="download.csv" onClick={() => downloadData('csv')}>
        Download CSV
      </button>
      <button type="button" data-testid="download.json" onClick={() => downloadData('json')}>
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
