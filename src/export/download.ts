// Saving a file from the page. A blob: URL on a temporary <a download> is a same-origin download:
// nothing leaves the page, and the CSP (img-src blob:, no outside connect) has nothing to block.

/** `coalition-map-<date>.<ext>`, dated by the day the data shows (asOf) or was last updated. */
export function exportFileName(extension: 'csv' | 'json' | 'png', date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new Error(`exportFileName: date ${JSON.stringify(date)} is not written YYYY-MM-DD`);
  }
  return `coalition-map-${date}.${extension}`;
}

/**
 * Keeps the blob: URL alive after the click: Chromium starts reading it asynchronously, and
 * revoking at once can cancel the download (FileSaver.js waits 40 s for the same reason).
 */
const REVOKE_AFTER_MS = 40_000;

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}
