// "Download PNG": the map as the reader sees it, with the title, the date it shows, the legend
// and the credits drawn around it on a 2D canvas, so the image stands on its own when shared.
import { type MapPictureSource, takeMapPicture } from './map-picture';
import {
  BACKGROUND,
  type DrawOp,
  type FontSpec,
  type Ink,
  type LegendEntry,
  layoutView,
  type Measure,
} from './png-layout';

export interface ViewPngOptions {
  source: MapPictureSource;
  title: string;
  /** The line under the title, e.g. "As of 10 April 2025". */
  subtitle: string;
  legend: readonly LegendEntry[];
  credits: readonly string[];
  /** Background and text colours around the map: the current theme's. */
  ink?: Ink;
}

/** The page's own typeface (no font is fetched); a generic family when the page sets none. */
function fontFamily(): string {
  const family = getComputedStyle(document.body).fontFamily;
  return family === '' ? 'sans-serif' : family;
}

function cssFont(font: FontSpec, family: string): string {
  return `${font.weight} ${font.size}px ${family}`;
}

function draw(context: CanvasRenderingContext2D, op: DrawOp, map: CanvasImageSource, family: string): void {
  switch (op.kind) {
    case 'fill':
      context.globalAlpha = op.alpha;
      context.fillStyle = op.color;
      context.fillRect(op.x, op.y, op.width, op.height);
      context.globalAlpha = 1;
      return;
    case 'text':
      context.font = cssFont(op.font, family);
      context.fillStyle = op.color;
      context.fillText(op.text, op.x, op.y);
      return;
    case 'map':
      context.drawImage(map, op.x, op.y, op.width, op.height);
      return;
  }
}

function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error('The browser could not encode the image as PNG (is it too large?)'));
    }, 'image/png');
  });
}

/** Renders the current view to a PNG at the map's own resolution (its device pixel ratio). */
export async function renderViewPng(options: ViewPngOptions): Promise<Blob> {
  const picture = await takeMapPicture(options.source);
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser gave no 2D canvas to draw the image on');

  const family = fontFamily();
  const measure: Measure = (text, font) => {
    context.font = cssFont(font, family);
    return context.measureText(text).width;
  };
  const layout = layoutView(
    {
      mapWidth: picture.cssWidth,
      mapHeight: picture.cssHeight,
      title: options.title,
      subtitle: options.subtitle,
      legend: options.legend,
      credits: options.credits,
      ...(options.ink ? { ink: options.ink } : {}),
    },
    measure,
  );

  // Resizing the canvas resets the context, so size first, then set the drawing state.
  canvas.width = Math.round(layout.width * picture.scale);
  canvas.height = Math.round(layout.height * picture.scale);
  context.scale(picture.scale, picture.scale);
  context.textBaseline = 'top';
  context.fillStyle = options.ink?.background ?? BACKGROUND;
  context.fillRect(0, 0, layout.width, layout.height);
  for (const op of layout.ops) draw(context, op, picture.image, family);
  return canvasToPng(canvas);
}
