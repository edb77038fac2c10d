// React takes the page: it hydrates the markup the build prerendered (scripts/prerender) when the
// page has it and it is this layout's, else it renders from scratch (?embed=1 on a full page, whose
// layout that page does not hold; the dev server). The hydrating render must be the prerender's render,
// so the store holds the prerendered page's state until React has hydrated; only then is the
// address (a hash, Back/Forward) read into the store, and the page follows it.
import { createRoot, hydrateRoot } from 'react-dom/client';
import { AppRoot } from './AppRoot';
import type { AppFlags } from './boot';
import { loadCountryClaims, loadDataset } from './data/claims';
import { summary } from './data/dataset';
import { startEmbedBridge } from './embed/bridge';
import { replaceOnlyHistory } from './embed/embed-history';
import { answerEarlyTap, stopNotingEarlyTaps } from './map/static/early-tap';
import { takeOutlinesFromPage } from './map/static/first-paint-paths';
import { afterNextPaint } from './store/after-paint';
import { selectableIso3 } from './store/selectors';
import { appStore, enterPageState } from './store/store';
import { bindUrl } from './store/url-sync';

export function renderApp(root: HTMLElement, flags: AppFlags, notices: readonly string[] = []): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    appStore.getState().addNotices(notices);
    bindUrl(
      appStore,
      { ...summary.coalition, sources: summary.sources, dates: summary.dates },
      flags.embed ? replaceOnlyHistory(window) : window,
      afterNextPaint,
      () => loadDataset().then((dataset) => ({ ...dataset.coalition, sources: dataset.sources })),
    );
    // In another site's frame: report height, readiness and the view; take its select/filter messages.
    if (flags.embed && window.parent !== window) {
      startEmbedBridge(appStore, { target: window.parent, validIso3: selectableIso3(summary) });
    }
    // After the address: the reader's tap is newer than the link they came by. In a microtask, so
    // the picture's click is handled after React's effects, not inside them.
    queueMicrotask(() => answerEarlyTap(root));
  };
  const country = root.dataset.country ?? null;
  // A country's page hydrates its prerendered claims only once their file is here, and React drops
  // a click on them until then: its head preloads the file (scripts/prerender/write-pages.ts), and
  // this takes it up now, alongside the hydration, not when React reaches them.
  if (country !== null) loadCountryClaims(country).catch(() => {});
  const tree = <AppRoot flags={flags} country={country} onFirstCommit={start} />;

  // The first paint's outlines are in the prerendered picture (any layout's): read them once, before
  // React takes or replaces that markup, so the main script need not carry them.
  takeOutlinesFromPage(root);
  stopNotingEarlyTaps();
  // The page is prerendered in this layout (the full app's pages, or the embed/ page's embed).
  const prerendered =
    root.dataset.prerendered !== undefined && (root.dataset.embed !== undefined) === flags.embed;
  if (prerendered) {
    // The prerendered page's own state: its country (a country's page) selected, all else default.
    enterPageState(country);
    hydrateRoot(root, tree);
  } else {
    root.replaceChildren();
    createRoot(root).render(tree);
  }
}
