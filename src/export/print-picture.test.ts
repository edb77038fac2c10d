// @vitest-environment jsdom
import { act, createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { setUpTestRoot } from '../../test-support/react-root';
import type { SnapshotMap } from './map-picture';
import { provideMapPicture } from './map-registry';
import { PRINT_PICTURE_CLASS, usePrintPicture } from './print-picture';

/** A map whose redraw() draws and fires `render` at once, as MapLibre's does. */
function fakeMap() {
  const container = document.createElement('section');
  const canvas = document.createElement('canvas');
  canvas.width = 640;
  canvas.height = 400;
  container.append(canvas);
  let onRender: (() => void) | null = null;
  const map: SnapshotMap = {
    getCanvas: () => canvas,
    getContainer: () => container,
    once: (_type, listener) => {
      onRender = listener;
    },
    triggerRepaint: () => {},
    redraw: vi.fn(() => {
      const listener = onRender;
      onRender = null;
      listener?.();
    }),
  };
  return { map, canvas, container };
}

// jsdom has no 2D canvas: a stand-in records what is drawn.
const drawn: CanvasImageSource[] = [];
beforeEach(() => {
  drawn.length = 0;
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(
    () =>
      ({
        fillRect: () => {},
        drawImage: (image: CanvasImageSource) => drawn.push(image),
      }) as unknown as CanvasRenderingContext2D,
  );
});

let withdraw: (() => void) | null = null;
afterEach(() => {
  withdraw?.();
  withdraw = null;
  vi.restoreAllMocks();
});

function Host() {
  usePrintPicture();
  return null;
}

const page = setUpTestRoot();
const picture = (container: HTMLElement) =>
  container.querySelector<HTMLCanvasElement>(`canvas.${PRINT_PICTURE_CLASS}`);

describe('usePrintPicture', () => {
  it('copies the map, drawn at once, into the picture print.css shows when printing starts', () => {
    const { map, canvas, container } = fakeMap();
    withdraw = provideMapPicture({ kind: 'webgl', map });
    act(() => page.root.render(createElement(Host)));
    window.dispatchEvent(new Event('beforeprint'));
    expect(map.redraw).toHaveBeenCalledTimes(1);
    expect(drawn).toEqual([canvas]);
    const copy = picture(container);
    expect([copy?.width, copy?.height]).toEqual([640, 400]);
    expect(copy?.getAttribute('aria-hidden')).toBe('true');
    // Printing again reuses the one picture.
    window.dispatchEvent(new Event('afterprint'));
    expect([copy?.width, copy?.height]).toEqual([0, 0]);
    window.dispatchEvent(new Event('beforeprint'));
    expect(container.querySelectorAll(`canvas.${PRINT_PICTURE_CLASS}`)).toHaveLength(1);
    expect(drawn).toEqual([canvas, canvas]);
  });

  it('does nothing for the static map (it prints as it is) or before a map is drawn', () => {
    act(() => page.root.render(createElement(Host)));
    window.dispatchEvent(new Event('beforeprint'));
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    withdraw = provideMapPicture({ kind: 'svg', svg });
    window.dispatchEvent(new Event('afterprint'));
    window.dispatchEvent(new Event('beforeprint'));
    expect(drawn).toEqual([]);
  });

  it('stops listening when unmounted', () => {
    const { map } = fakeMap();
    withdraw = provideMapPicture({ kind: 'webgl', map });
    act(() => page.root.render(createElement(Host)));
    act(() => page.root.render(null));
    window.dispatchEvent(new Event('beforeprint'));
    expect(map.redraw).not.toHaveBeenCalled();
  });
});
