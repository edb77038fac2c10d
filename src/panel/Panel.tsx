// The side panel: the overview or the selected country ("details"), or the sources index, under
// two tabs that are part of the URL (#view=sources). When a country gets selected, focus moves to
// its name (so keyboard and screen-reader users land on what they asked for); when the selection
// clears, focus goes back to where it came from. A claim permalink brings that claim into view.
import { type RefObject, useEffect, useRef } from 'react';

import { loadDataset } from '../data/claims';
import { summary } from '../data/dataset';
import { afterNextPaint } from '../store/after-paint';
import { selectedCountry, selectedSupported, selectionName } from '../store/selectors';
import { useAppStore } from '../store/store';
import { usePrefetchAfterMap } from '../ui/lazy-part';
import { CountryDetail } from './CountryDetail';
import { Overview } from './Overview';
import { SourcesView } from './SourcesView';
import { SupportedCountryDetail } from './SupportedCountryDetail';
import './panel-extras.css';
import { scrollIntoPanel } from './scroll-into-panel';

function PanelTabs() {
  const view = useAppStore((s) => s.view);
  const selected = useAppStore((s) => s.selected);
  const showDetails = useAppStore((s) => s.showDetails);
  const showSources = useAppStore((s) => s.showSources);
  const name = selectionName(summary, selected);
  return (
    <nav className="panel-tabs" aria-label="Panel">
      <button
        type="button"
        data-testid="panel.tab-details"
        aria-current={view === 'map' ? 'page' : undefined}
        onClick={showDetails}
      >
        {name ?? 'Overview'}
      </button>
      <button
        type="button"
        data-testid="panel.tab-sources"
        aria-current={view === 'sources' ? 'page' : undefined}
        onClick={() => showSources(null)}
      >
        Sources ({summary.sources.length})
      </button>
    </nav>
  );
}

/**
 * Back to the panel's top, if it is scrolled at all. Only then: reading scrollTop, or calling
 * scrollTo, lays the page out at once, in the task of the click that opens a country.
 */
function scrollToTop(panel: HTMLElement | null, scrolled: RefObject<boolean>): void {
  if (!scrolled.current) return;
  panel?.scrollTo?.({ top: 0 });
  scrolled.current = false;
}

/**
 * Whether the reader has clicked, tapped or pressed a key in this page (user activation). Where a
 * browser cannot tell, as if they had: the focus then follows every selection, as it always did.
 */
function readerHasActed(): boolean {
  const activation = (navigator as Navigator & { userActivation?: { hasBeenActive: boolean } })
    .userActivation;
  return activation?.hasBeenActive ?? true;
}

export function Panel() {
  const selected = useAppStore((s) => s.selected);
  const claim = useAppStore((s) => s.claim);
  const view = useAppStore((s) => s.view);
  const country = selectedCountry(summary, selected);
  const supported = selectedSupported(summary, selected);
  const panelRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const previous = useRef(selected);
  const previousClaim = useRef(claim);
  const returnTo = useRef<HTMLElement | null>(null);
  // Whether the panel is scrolled, as its scroll events last said (see scrollToTop).
  const scrolled = useRef(false);
  // The claims, so the first country a reader opens after the map is drawn shows them at once.
  usePrefetchAfterMap(loadDataset);

  useEffect(() => {
    // Compare with the last value rather than skip the first run: a selection from the link on
    // page load must not steal focus, even when StrictMode runs this effect twice.
    if (previous.current === selected) return;
    previous.current = selected;
    const panel = panelRef.current;
    const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (selected !== null) {
      if (active && !panel?.contains(active)) returnTo.current = active;
      scrollToTop(panel, scrolled);
      // A claim permalink focuses the claim instead (the effect below).
      // Only when this document has focus: a page embedding the map that selects a country through
      // a message must not lose its own focus (and scroll position) to the frame.
      // After the frame that shows the country: focus() lays the page out to scroll the heading
      // into view, and in the click's task that layout would come before the paint, not with it.
      // And only once the reader has used the page (a click, tap or key): before that the selection
      // came with the address (#country=, after the prerendered page hydrated), not from them.
      if (claim === null && document.hasFocus() && readerHasActed())
        return afterNextPaint(() => headingRef.current?.focus());
    } else {
      const target = returnTo.current;
      returnTo.current = null;
      const focusLost = !active || active === document.body || panel?.contains(active);
      if (target?.isConnected && focusLost) target.focus();
    }
  }, [selected, claim]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new view starts at its top.
  useEffect(() => {
    scrollToTop(panelRef.current, scrolled);
  }, [view]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new country renders its claims anew.
  useEffect(() => {
    // After the effects above (declaration order), so their scroll to the top does not undo this.
    const changed = previousClaim.current !== claim;
    previousClaim.current = claim;
    if (claim === null || view !== 'map') return;
    const item = panelRef.current?.querySelector<HTMLElement>(
      `[data-testid="panel.claim"][data-claim-id="${CSS.escape(claim)}"]`,
    );
    if (!item) return;
    scrollIntoPanel(item);
    // Focus only for a claim picked here; one from the link on page load is only scrolled to.
    if (changed && document.hasFocus()) item.focus({ preventScroll: true });
  }, [claim, selected, view]);

  return (
    <aside
      ref={panelRef}
      className="panel"
      data-testid="panel"
      aria-label="Details"
      onScroll={(e) => {
        scrolled.current = e.currentTarget.scrollTop > 0;
      }}
    >
      <PanelTabs />
      {view === 'sources' ? (
        <SourcesView />
      ) : country ? (
        <CountryDetail key={country.iso3} country={country} headingRef={headingRef} />
      ) : supported ? (
        <SupportedCountryDetail supported={supported} headingRef={headingRef} />
      ) : (
        <Overview />
      )}
    </aside>
  );
}
