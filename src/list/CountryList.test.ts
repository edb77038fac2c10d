// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { dataset } from '../data/dataset';
import { STANCES } from '../data/stances';
import { appStore } from '../store/store';
import { CountryList } from './CountryList';

let container: HTMLElement;
let root: Root;
let frames: FrameRequestCallback[];

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  vi.stubGlobal('cancelAnimationFrame', () => {});
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  appStore.getState().setStances(STANCES);
  vi.unstubAllGlobals();
});

const listed = () =>
  [...container.querySelectorAll<HTMLElement>('[data-testid="list.item"]')].map((b) => b.dataset.iso3);

/** The browser paints the frame, then runs the tasks queued after it. */
async function paint() {
  await act(async () => {
    for (const cb of frames.splice(0)) cb(0);
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
}

describe('CountryList', () => {
  it('follows a filter click once the frame that shows the map has been painted', async () => {
    const troops = dataset.countries.filter((c) => c.stance === 'troops').map((c) => c.iso3);
    if (troops.length === 0) throw new Error('the dataset has no troops country to filter out');
    act(() => root.render(createElement(CountryList)));
    expect(listed()).toHaveLength(dataset.countries.length);

    act(() => appStore.getState().toggleStance('troops'));
    expect(listed()).toHaveLength(dataset.countries.length);
    await paint();
    expect(listed()).toHaveLength(dataset.countries.length - troops.length);
    expect(listed().some((iso3) => iso3 !== undefined && troops.includes(iso3))).toBe(false);
    expect(container.textContent).toContain(
      `${dataset.countries.length - troops.length} of ${dataset.countries.length} countries`,
    );
  });

  it('takes only the last of several filter clicks made within one frame', async () => {
    act(() => root.render(createElement(CountryList)));
    act(() => appStore.getState().toggleStance('troops'));
    act(() => appStore.getState().toggleStance('troops'));
    await paint();
    expect(listed()).toHaveLength(dataset.countries.length);
  });
});
