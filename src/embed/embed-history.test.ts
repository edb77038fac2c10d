import { describe, expect, it } from 'vitest';

import { dataset } from '../data/full-dataset';
import { createAppStore } from '../store/store';
import { bindUrl, type UrlWindow } from '../store/url-sync';
import { replaceOnlyHistory } from './embed-history';

function fakeWindow(hash = '') {
  const calls: string[] = [];
  const navigate = (kind: string, url: string) => {
    calls.push(`${kind} ${url}`);
    const i = url.indexOf('#');
    win.location.hash = i < 0 ? '' : url.slice(i);
  };
  const win: UrlWindow = {
    location: { hash, pathname: '/', search: '?embed=1' },
    history: {
      pushState: (_d, _u, url) => navigate('push', url),
      replaceState: (_d, _u, url) => navigate('replace', url),
    },
    addEventListener: () => {},
    removeEventListener: () => {},
  };
  return { win, calls };
}

describe('replaceOnlyHistory', () => {
  it('keeps the hash in step with the view without adding history entries', () => {
    const { win, calls } = fakeWindow();
    const store = createAppStore();
    bindUrl(store, dataset.coalition, replaceOnlyHistory(win));
    store.getState().select('GBR');
    store.getState().toggleStance('opposed');
    expect(calls.every((c) => c.startsWith('replace '))).toBe(true);
    expect(calls).toContain('replace /?embed=1#country=GBR');
    expect(win.location.hash).toBe('#country=GBR&stance=troops,peacekeeping-only,other-support,unstated');
  });
});
