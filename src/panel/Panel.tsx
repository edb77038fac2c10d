// The side panel: the overview, or the selected country. When a country gets selected, focus
// moves to its name (so keyboard and screen-reader users land on what they asked for); when the
// selection clears, focus goes back to where it came from.
import { useEffect, useRef } from 'react';

import { dataset } from '../data/dataset';
import { selectedCountry } from '../store/selectors';
import { useAppStore } from '../store/store';
import { CountryDetail } from './CountryDetail';
import { Overview } from './Overview';

export function Panel() {
  const selected = useAppStore((s) => s.selected);
  const country = selectedCountry(dataset, selected);
  const panelRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const previous = useRef(selected);
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    // Compare with the last value rather than skip the first run: a selection from the link on
    // page load must not steal focus, even when StrictMode runs this effect twice.
    if (previous.current === selected) return;
    previous.current = selected;
    const panel = panelRef.current;
    const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (selected !== null) {
      if (active && !panel?.contains(active)) returnTo.current = active;
      // Only when this document has focus: a page embedding the map that selects a country through
      // a message must not lose its own focus (and scroll position) to the frame.
      if (document.hasFocus()) headingRef.current?.focus();
      panel?.scrollTo?.({ top: 0 });
    } else {
      const target = returnTo.current;
      returnTo.current = null;
      const focusLost = !active || active === document.body || panel?.contains(active);
      if (target?.isConnected && focusLost) target.focus();
    }
  }, [selected]);

  return (
    <aside ref={panelRef} className="panel" data-testid="panel" aria-label="Details">
      {country ? (
        <CountryDetail key={country.iso3} country={country} headingRef={headingRef} />
      ) : (
        <Overview />
      )}
    </aside>
  );
}
