// React and everything it renders: a chunk of its own, which main.tsx loads once the map is drawn
// (or sooner, see there). React replaces the inlined first paint with the app in one commit, and
// CoalitionMap adopts the map.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { AppFlags } from './boot';
import { dataset } from './data/dataset';
import { startEmbedBridge } from './embed/bridge';
import { selectableIso3 } from './store/selectors';
import { appStore } from './store/store';

export function renderApp(root: HTMLElement, flags: AppFlags): void {
  createRoot(root).render(
    <StrictMode>
      <App flags={flags} />
    </StrictMode>,
  );

  // In another site's frame: report height, readiness and the view; take its select/filter messages.
  if (flags.embed && window.parent !== window) {
    startEmbedBridge(appStore, { target: window.parent, validIso3: selectableIso3(dataset) });
  }
}
