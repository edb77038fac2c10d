// Taking a picture of the map as it is on screen, from the WebGL map or the static SVG fallback.
//
// The WebGL canvas is created without preserveDrawingBuffer (keeping the buffer costs every
// frame), so its pixels only exist between MapLibre drawing a frame and the browser compositing
// it. We ask for a repaint and copy the canvas inside the `render` event, which MapLibre fires in
// the same task right after drawing (mapbox-gl-js issue 2766; react-map-gl issue 2485).

import { currentPalette } from '../theme/theme';

/** The few MapLibre Map methods the picture needs (a maplibregl.Map satisfies it). */
export interface SnapshotMap {
  getCanvas(): HTMLCanvasElement;
  getContainer(): HTMLElement;
  once(type: 'render', listener: () => void): unknown;
  triggerRepaint(): void;
  /** Draws a frame at once, in this task (print-picture.ts). */
  redraw(): unknown;
}

export type MapPictureSource = { kind: 'webgl'; map: SnapshotMap } | { kind: 'svg'; svg: SVGSVGElement };

export interface MapPicture {
  image: CanvasImageSource;
  /** Size on screen in CSS pixels. */
  cssWidth: number;
  cssHeight: number;
  /** Image pixels per CSS pixel (the device pixel ratio the map drew at). */
  scale: number;
}

/** A map that never draws again (its WebGL context was lost) must not hang the download. */
const RENDER_WAIT_MS = 10_000;

function copyWebglFrame(map: SnapshotMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('The map did not redraw, so it cannot be pictured')),
      RENDER_WAIT_MS,
    );
    map.once('render', () => {
      clearTimeout(timer);
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      const context = copy.getContext('2d');
      if (!context) {
        reject(new Error('This browser gave no 2D canvas to copy the map into'));
        return;
      }
      // The map draws no sea (the frame's CSS ground shows through its transparent canvas).
      context.fillStyle = currentPalette().sea;
      context.fillRect(0, 0, copy.width, copy.height);
      context.drawImage(source, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}

// Presentation properties the static map may set from the stylesheet; the serialized SVG is
// drawn as an image, a separate document that does not see the page's CSS, so they are inlined.
const SVG_PAINT_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'opacity',
  'visibility',
  'display',
] as const;

function inlinePaint(original: Element, clone: Element): void {
  const computed = getComputedStyle(original);
  for (const property of SVG_PAINT_PROPERTIES) {
    const value = computed.getPropertyValue(property);
    if (value !== '') clone.setAttribute(property, value);
  }
  const children = original.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    const cloneChild = clone.children[i];
    if (child && cloneChild) inlinePaint(child, cloneChild);
  }
}

async function svgImage(svg: SVGSVGElement, width: number, height: number): Promise<HTMLImageElement> {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlinePaint(svg, clone);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const markup = new XMLSerializer().serializeToString(clone);
  // A blob: URL, not a data: URL: same-origin, so the canvas it is drawn on stays readable.
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function takeMapPicture(source: MapPictureSource): Promise<MapPicture> {
  if (source.kind === 'webgl') {
    const container = source.map.getContainer();
    const image = await copyWebglFrame(source.map);
    const cssWidth = container.clientWidth;
    const cssHeight = container.clientHeight;
    return { image, cssWidth, cssHeight, scale: cssWidth > 0 ? image.width / cssWidth : 1 };
  }
  const rect = source.svg.getBoundingClientRect();
  const scale = window.devicePixelRatio || 1;
  const image = await svgImage(source.svg, rect.width, rect.height);
  return { image, cssWidth: rect.width, cssHeight: rect.height, scale };
}
