// The download writers (CSV, JSON, the PNG's drawing), in a chunk of their own: DownloadMenu loads
// it after the map is drawn or on the first click, so none of it weighs on the first screen. The
// files hold the claims, so each waits for them (claims.ts) if they have not arrived yet.
import { loadDataset } from '../data/claims';
import { corrections, summary } from '../data/dataset';
import { currentPalette } from '../theme/theme';
import { datasetCsv } from './csv';
import { downloadBlob, downloadText, exportFileName } from './download';
import { type ExportFilter, filterDataset } from './filter-dataset';
import { datasetJson } from './json';
import type { MapPictureSource } from './map-picture';
import { renderViewPng } from './png';
import { viewCaption } from './view-caption';

function fileDate(filter: ExportFilter): string {
  return filter.asOf ?? summary.coalition.updated;
}

async function subset(filter: ExportFilter) {
  const dataset = await loadDataset();
  return filterDataset(dataset.coalition, dataset.sources, filter, corrections.all);
}

export async function saveCsv(filter: ExportFilter): Promise<void> {
  const data = await subset(filter);
  downloadText(datasetCsv(data), exportFileName('csv', fileDate(filter)), 'text/csv;charset=utf-8');
}

export async function saveJson(filter: ExportFilter): Promise<void> {
  const data = await subset(filter);
  downloadText(datasetJson(data), exportFileName('json', fileDate(filter)), 'application/json');
}

export async function savePng(source: MapPictureSource, filter: ExportFilter): Promise<void> {
  // Drawn in the theme the map is in: its colours, its background and text.
  const palette = currentPalette();
  const dataset = await loadDataset();
  const caption = viewCaption(dataset.coalition, dataset.sources, filter, palette);
  const { background, text, muted } = palette;
  const blob = await renderViewPng({ source, ...caption, ink: { background, text, muted } });
  downloadBlob(blob, exportFileName('png', fileDate(filter)));
}
