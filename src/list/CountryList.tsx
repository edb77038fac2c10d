// The country list: the accessible alternative to the canvas. Search by name, move with the
// arrow keys (Home/End too), select with Enter or Space. It shows what the filter shows, as of
// the timeline's date (a country with no claim yet is not listed), the filter a frame after the
// map: the rows a filter click adds and removes (hundreds, with every country in the data) cost
// more layout than the map's restyle, and would hold up the frame that shows it.
import { type KeyboardEvent, memo, useId, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { summary } from '../data/dataset';
import type { CountrySummary } from '../data/summary';
import { StanceBadge, Swatch } from '../filters/StanceSwatch';
import { foldForSearch, searchCountries, visibleCountries } from '../store/selectors';
import { useAppStore } from '../store/store';
import { useValueAfterPaint } from '../store/use-after-paint';
import { useSnapshot } from '../store/use-snapshot';
import './country-list.css';

const MOVES: Record<string, (i: number, last: number) => number> = {
  ArrowDown: (i, last) => Math.min(i + 1, last),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_, last) => last,
};

/** One row; it alone re-renders when the selection moves to or from it, not the whole list. */
const CountryRow = memo(function CountryRow({ country }: { country: CountrySummary }) {
  const current = useAppStore((s) => s.selected === country.iso3);
  const select = useAppStore((s) => s.select);
  return (
    <li>
      <button
        type="button"
        data-testid="list.item"
        data-iso3={country.iso3}
        aria-current={current ? 'true' : undefined}
        onClick={() => select(country.iso3)}
      >
        <span className="list-name">{country.name}</span>
        <StanceBadge stance={country.stance} />
      </button>
    </li>
  );
});

/**
 * The country the coalition supports, first and apart: it has no stance, so no filter hides it
 * and the count of countries leaves it out.
 */
function SupportedRow({ iso3, name }: { iso3: string; name: string }) {
  const current = useAppStore((s) => s.selected === iso3);
  const select = useAppStore((s) => s.select);
  return (
    <li className="list-supported">
      <button
        type="button"
        data-testid="list.supported"
        data-iso3={iso3}
        aria-current={current ? 'true' : undefined}
        onClick={() => select(iso3)}
      >
        <span className="list-name">{name}</span>
        <span className="stance-badge">
          <Swatch fill="supported" />
          The country the coalition supports
        </span>
      </button>
    </li>
  );
}

function matchesSupported(query: string): boolean {
  const q = foldForSearch(query);
  const { iso3, name } = summary.coalition.supported;
  return q === '' || foldForSearch(name).includes(q) || iso3.toLowerCase() === q;
}

export function CountryList() {
  const stances = useValueAfterPaint(useAppStore(useShallow((s) => s.stances)));
  const [query, setQuery] = useState('');
  const listRef = useRef<HTMLUListElement>(null);
  const searchId = useId();
  const snapshot = useSnapshot();
  const countries = useMemo(
    () => searchCountries(visibleCountries(snapshot, stances), query),
    [snapshot, stances, query],
  );

  const supported = matchesSupported(query) ? summary.coalition.supported : null;

  const buttons = () => Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);
  const onListKey = (e: KeyboardEvent) => {
    const move = MOVES[e.key];
    if (!move) return;
    const all = buttons();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    all[move(Math.max(at, 0), all.length - 1)]?.focus();
    e.preventDefault();
  };
  const onSearchKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown') return;
    buttons()[0]?.focus();
    e.preventDefault();
  };

  return (
    <section className="country-list" data-testid="list" aria-labelledby="list-heading">
      <h2 id="list-heading">Countries</h2>
      <label htmlFor={searchId} className="list-search-label">
        Find a country
      </label>
      <input
        id={searchId}
        type="search"
        data-testid="list.search"
        value={query}
        autoComplete="off"
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onSearchKey}
      />
      <p className="list-count" aria-live="polite">
        {countries.length} of {snapshot.countries.length} countries
      </p>
      <ul ref={listRef} className="list-items" onKeyDown={onListKey}>
        {supported && <SupportedRow iso3={supported.iso3} name={supported.name} />}
        {countries.map((c) => (
          <CountryRow key={c.iso3} country={c} />
        ))}
      </ul>
      {countries.length === 0 && !supported && (
        <p className="muted">No country matches the search and the filter.</p>
      )}
    </section>
  );
}
