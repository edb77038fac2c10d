import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { parseThemeParam } from './theme';

describe('parseThemeParam', () => {
  it('reads light and dark, in any case, beside other parameters', () => {
    expect(parseThemeParam('?embed=1&theme=dark')).toEqual({ theme: 'dark', notice: null });
    expect(parseThemeParam('?theme=Light')).toEqual({ theme: 'light', notice: null });
  });
  it('follows the system when the URL says nothing', () => {
    expect(parseThemeParam('')).toEqual({ theme: null, notice: null });
    expect(parseThemeParam('?theme=')).toEqual({ theme: null, notice: null });
  });
  it('drops an unknown theme with a notice naming it', () => {
    const { theme, notice } = parseThemeParam('?theme=blue');
    expect(theme).toBeNull();
    expect(notice).toMatch(/“blue”.*light or dark/);
  });
});

/** A system colour-scheme setting the test can flip, as matchMedia reports it. */
function fakeSystem(dark: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    get matches() {
      return dark;
    },
    addEventListener: (_: 'change', l: () => void) => listeners.add(l),
    removeEventListener: (_: 'change', l: () => void) => listeners.delete(l),
  };
  vi.stubGlobal('matchMedia', (q: string) => {
    if (q !== '(prefers-color-scheme: dark)') throw new Error(`unexpected media query ${q}`);
    return query;
  });
  return {
    flip(to: boolean) {
      dark = to;
      for (const l of listeners) l();
    },
    listenerCount: () => listeners.size,
  };
}

describe('startTheme', () => {
  const props = new Map<string, string>();
  const root = {
    dataset: {} as Record<string, string>,
    style: { setProperty: (name: string, value: string) => props.set(name, value) },
  };
  beforeEach(() => {
    vi.resetModules();
    root.dataset = {};
    props.clear();
    vi.stubGlobal('document', { documentElement: root });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('follows the system scheme, live, and tells subscribers', async () => {
    const system = fakeSystem(true);
    const theme = await import('./theme');
    const seen: string[] = [];
    theme.subscribeTheme(() => seen.push(theme.currentTheme()));
    const stop = theme.startTheme(null);
    expect(root.dataset.theme).toBe('dark');
    const { DARK_PALETTE, LIGHT_PALETTE } = await import('./palette');
    expect(theme.currentPalette().sea).toBe(DARK_PALETTE.sea);
    expect(props.get('--map-sea')).toBe(DARK_PALETTE.sea);
    system.flip(false);
    expect(root.dataset.theme).toBe('light');
    expect(seen).toEqual(['dark', 'light']);
    expect(props.get('--map-sea')).toBe(LIGHT_PALETTE.sea);
    expect(theme.requestedTheme()).toBeNull();
    stop();
    expect(system.listenerCount()).toBe(0);
  });

  it('keeps the theme the URL asks for whatever the system does', async () => {
    const system = fakeSystem(true);
    const theme = await import('./theme');
    theme.startTheme('light');
    expect(root.dataset.theme).toBe('light');
    system.flip(false);
    system.flip(true);
    expect(theme.currentTheme()).toBe('light');
    expect(theme.requestedTheme()).toBe('light');
    expect(system.listenerCount()).toBe(0);
  });
});
