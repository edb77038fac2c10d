// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { dataset } from '../data/dataset';
import { appStore } from '../store/store';
import { CountryDetail, FIRST_FRAME_CLAIMS } from './CountryDetail';

// The real dataset's country with the most claims (more than the first frame shows).
const country = [...dataset.countries].sort((a, b) => b.claims.length - a.claims.length)[0];

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
  appStore.getState().select(null);
  vi.unstubAllGlobals();
});

const claimsShown = () => container.querySelectorAll('[data-testid="panel.claim"]').length;

/** The browser paints the frame, then runs the tasks queued after it. */
async function paint() {
  await act(async () => {
    for (const cb of frames.splice(0)) cb(0);
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
}

describe('CountryDetail', () => {
  it('opens with its first claims and adds the rest once that frame is painted', async () => {
    if (!country || country.claims.length <= FIRST_FRAME_CLAIMS)
      throw new Error('needs more claims than the first frame shows');
    act(() => root.render(createElement(CountryDetail, { country, headingRef: null })));
    expect(claimsShown()).toBe(FIRST_FRAME_CLAIMS);
    expect(container.textContent).toContain(`${country.claims.length} claims in the sources`);
    await paint();
    expect(claimsShown()).toBe(country.claims.length);
  });
  it('shows every claim at once when it opens on a claim permalink', () => {
    if (!country) throw new Error('no country');
    const last = country.claims.at(-1);
    if (!last) throw new Error('no claim');
    appStore.getState().showClaim(country.iso3, last.id);
    act(() => root.render(createElement(CountryDetail, { country, headingRef: null })));
    expect(claimsShown()).toBe(country.claims.length);
  });
});
