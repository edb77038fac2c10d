// Shared set-up for unit tests that render React into jsdom: a fresh root per test, unmounted
// after it, and, for components that wait for a painted frame, animation frames held until the
// test paints one.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, vi } from 'vitest';

export interface TestRoot {
  /** The element rendered into, attached to the document. */
  readonly container: HTMLElement;
  readonly root: Root;
  /**
   * With `holdFrames`: runs the frames requested so far, as the browser paints one, then the
   * tasks queued after it (src/store/after-paint.ts).
   */
  paint: () => Promise<void>;
}

/** Registers the hooks that give each test a fresh root; read its fields inside a test. */
export function setUpTestRoot({ holdFrames = false } = {}): TestRoot {
  let container: HTMLElement | null = null;
  let root: Root | null = null;
  let frames: FrameRequestCallback[] = [];
  beforeEach(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    if (holdFrames) {
      frames = [];
      vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
      vi.stubGlobal('cancelAnimationFrame', () => {});
    }
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    // Unmounted first: effects cleaning up may still cancel a held frame.
    const mounted = root;
    if (mounted) act(() => mounted.unmount());
    container?.remove();
    container = null;
    root = null;
    if (holdFrames) vi.unstubAllGlobals();
  });
  const need = <T>(value: T | null): T => {
    if (value === null) throw new Error('setUpTestRoot: read the root inside a test, not at load');
    return value;
  };
  return {
    get container() {
      return need(container);
    },
    get root() {
      return need(root);
    },
    paint: async () => {
      await act(async () => {
        for (const cb of frames.splice(0)) cb(0);
        await new Promise((resolve) => setTimeout(resolve, 10));
      });
    },
  };
}
