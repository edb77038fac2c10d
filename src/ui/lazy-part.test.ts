// @vitest-environment jsdom
// A dialog whose content is a lazily loaded chunk: while it loads the dialog has its title and
// Close button; a chunk that fails to load is reported in place, never a blank dialog, and Retry
// asks for the chunk again.
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { DialogButton } from './DialogButton';
import { failedChunkUrl, lazyComponent, lazyModule } from './lazy-part';

let container: HTMLElement;
let root: Root;

beforeEach(() => {
  // jsdom has <dialog> but not its modal methods; the browser's focus trap is not under test here.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  // The boundary and React report the caught load failure on the console; expected here.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.restoreAllMocks();
});

const Content = () => createElement('p', { 'data-testid': 'content' }, 'The content');

/** A stand-in for import(): each call takes the next outcome, true loading, false failing. */
function chunk(outcomes: boolean[]) {
  const importer = vi.fn(async () => {
    if (!outcomes.shift()) throw new Error('Failed to fetch dynamically imported module');
    return { Content };
  });
  return { importer, load: lazyModule(importer) };
}

function renderDialog(load: () => Promise<{ Content: typeof Content }>) {
  const LazyContent = lazyComponent(load, (module) => module.Content);
  const props = {
    name: 'test',
    testId: 'test',
    label: 'Open',
    title: 'The title',
    closeLabel: 'Close test',
    part: 'The test content',
    widthRem: 30,
    children: () => createElement(LazyContent),
  };
  act(() => root.render(createElement(DialogButton, props)));
}

const find = (selector: string) => container.querySelector<HTMLElement>(selector);

/** Lets the stand-in import settle and React render what follows from it. */
async function flush(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

describe('lazyModule', () => {
  it('imports once for every caller, and again after a failure', async () => {
    const { importer, load } = chunk([false, true]);
    await expect(load()).rejects.toThrow('Failed to fetch');
    await Promise.all([load(), load()]);
    expect(importer).toHaveBeenCalledTimes(2);
  });
  it('retries a chunk the failure names under a fresh URL (the browser may keep the failure)', async () => {
    const url = 'https://maps.example/assets/MethodologyContent-abc.js';
    const importer = vi.fn(async () => {
      throw new TypeError(`Failed to fetch dynamically imported module: ${url}`);
    });
    const fresh = vi.fn(async (at: string) => {
      if (at.endsWith('retry=1')) throw new TypeError('Failed to fetch dynamically imported module');
      return { Content };
    });
    const load = lazyModule(importer, fresh);
    await expect(load()).rejects.toThrow(url);
    await expect(load()).rejects.toThrow('Failed to fetch');
    await expect(load()).resolves.toEqual({ Content });
    expect(importer).toHaveBeenCalledTimes(1);
    expect(fresh.mock.calls).toEqual([[`${url}?retry=1`], [`${url}?retry=2`]]);
  });
});

describe('failedChunkUrl', () => {
  it("reads the chunk's URL from Chromium's and Firefox's messages, and nothing from others", () => {
    const url = 'http://127.0.0.1:4179/assets/ArticleText-x1.js';
    expect(failedChunkUrl(new TypeError(`Failed to fetch dynamically imported module: ${url}`))).toBe(url);
    expect(failedChunkUrl(new TypeError(`error loading dynamically imported module: ${url}`))).toBe(url);
    expect(failedChunkUrl(new TypeError('Importing a module script failed.'))).toBeNull();
  });
});

describe('a DialogButton with lazy content', () => {
  it('shows its title and Close while loading, then the content', async () => {
    const { load } = chunk([true]);
    renderDialog(load);
    act(() => find('[data-testid="test"]')?.click());
    expect(find('#test-title')?.textContent).toBe('The title');
    expect(find('[data-testid="test.close"]')).not.toBeNull();
    expect(find('[role="status"]')?.textContent).toBe('Loading…');
    await flush();
    expect(find('[data-testid="content"]')?.textContent).toBe('The content');
  });

  it('says in place that the content could not be loaded, and Retry loads it again', async () => {
    const { importer, load } = chunk([false, true]);
    renderDialog(load);
    act(() => find('[data-testid="test"]')?.click());
    await flush();
    const alert = find('[data-testid="test.dialog"] [role="alert"]');
    expect(alert?.textContent).toMatch(/The test content could not be shown \(Failed to fetch/);
    // Still a dialog the reader can read and leave.
    expect(find('#test-title')?.textContent).toBe('The title');
    expect(find('[data-testid="test.close"]')).not.toBeNull();
    // A missing chunk is not asked for again and again, only when the reader retries.
    await flush();
    expect(importer).toHaveBeenCalledTimes(1);

    act(() => alert?.querySelector('button')?.click());
    await flush();
    expect(importer).toHaveBeenCalledTimes(2);
    expect(find('[role="alert"]')).toBeNull();
    expect(find('[data-testid="content"]')?.textContent).toBe('The content');
  });
});
