// The map on paper. A WebGL canvas prints blank or stale: the page's print layout resizes the map,
// which clears its canvas, and without preserveDrawingBuffer its last frame is gone once shown
// anyway. So when printing starts (`beforeprint`, or the print media query matching, which is
// what page.pdf() and print emulation give) the map draws its current view at once (redraw(), in
// this task) and it is copied in the same task into a plain 2D canvas beside it, which print.css
// shows in the live canvas's place. The static SVG map (no WebGL) prints as it is.
import { useEffect } from 'react';

import { currentPalette } from '../theme/theme';
import type { MapPictureSource, SnapshotMap } from './map-picture';
import { providedMapPicture } from './map-registry';

/** The class of the copy print.css shows; it sits in the map's container. */
export const PRINT_PICTURE_CLASS = 'map-print-picture';

function pictureCanvas(container: HTMLElement): HTMLCanvasElement {
  const existing = container.querySelector<HTMLCanvasElement>(`:scope > canvas.${PRINT_PICTURE_CLASS}`);
  if (existing) return existing;
  const canvas = document.createElement('canvas');
  canvas.className = PRINT_PICTURE_CLASS;
  // A copy of the map's picture: the live map is what assistive technology is told about.
  canvas.setAttribute('aria-hidden', 'true');
  container.append(canvas);
  return canvas;
}

function copyFrame(map: SnapshotMap): void {
  const source = map.getCanvas();
  const target = pictureCanvas(map.getContainer());
  target.width = source.width;
  target.height = source.height;
  const context = target.getContext('2d');
  if (!context) return;
  // The map draws no sea (the frame's CSS ground shows through its transparent canvas).
  context.fillStyle = currentPalette().sea;
  context.fillRect(0, 0, target.width, target.height);
  context.drawImage(source, 0, 0);
}

/** Pictures the WebGL map's current view for print; nothing to do for the static map. */
export function preparePrintPicture(source: MapPictureSource | null): void {
  if (source?.kind !== 'webgl') return;
  const { map } = source;
  // MapLibre fires `render` right after drawing, in the same task: the pixels are still there.
  map.once('render', () => copyFrame(map));
  map.redraw();
}

/** Lets the copy's pixels go once printing is over. */
export function releasePrintPicture(source: MapPictureSource | null): void {
  if (source?.kind !== 'webgl') return;
  const canvas = source.map.getContainer().querySelector<HTMLCanvasElement>(`canvas.${PRINT_PICTURE_CLASS}`);
  if (canvas) {
    canvas.width = 0;
    canvas.height = 0;
  }
}

/** Keeps the printed map current: mount once, in the component that lays the page out. */
export function usePrintPicture(): void {
  useEffect(() => {
    // `beforeprint` and the media query both announce one print; the first one pictures the map.
    let printing = false;
    const start = () => {
      if (printing) return;
      printing = true;
      preparePrintPicture(providedMapPicture());
    };
    const end = () => {
      if (!printing) return;
      printing = false;
      releasePrintPicture(providedMapPicture());
    };
    const media = typeof matchMedia === 'function' ? matchMedia('print') : null;
    const onMedia = (e: MediaQueryListEvent) => (e.matches ? start() : end());
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    media?.addEventListener('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
      media?.removeEventListener('change', onMedia);
    };
  }, []);
}
