// Links to the site's own pages (a country's page, country/IRL/), which work without JavaScript:
// the prerendered page's links are relative to it, as the build wrote it, so the hydrating render
// matches; once hydrated they are absolute, from the scripts' address (the address bar may by then
// be at the site's root, where a relative link from a country page would point elsewhere). With
// JavaScript a plain click selects the country in place instead of loading its page.
import { createContext, type MouseEvent, type ReactNode, useContext } from 'react';

import { siteUrl } from '../site-url';
import { countryPagePath } from '../store/page-url';
import { useAppStore } from '../store/store';
import { useHydrated } from './use-hydrated';

/** The site's root relative to the prerendered page: '' for the overview, '../../' for a country's. */
const PageBase = createContext('');
export const PageBaseProvider = PageBase.Provider;

/** The path from a prerendered page (a country's, the embed's, or the overview) to the site's root. */
export function pageBaseOf(page: { country: string | null; embed: boolean }): string {
  if (page.country !== null) return '../../';
  return page.embed ? '../' : '';
}

/** The site's root relative to the page, as prerendered: for links written before hydration. */
export function usePageBase(): string {
  return useContext(PageBase);
}

export function useSitePageHref(path: string): string {
  const base = useContext(PageBase);
  return useHydrated() ? siteUrl(path) : `${base}${path}`;
}

/** A click the browser would open elsewhere (a new tab, a window) is left to the browser. */
const opensElsewhere = (e: MouseEvent) => e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey;

export function CountryLink(props: {
  iso3: string;
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  const { iso3, className, testId, children } = props;
  const href = useSitePageHref(countryPagePath(iso3));
  const select = useAppStore((s) => s.select);
  return (
    <a
      href={href}
      className={className}
      data-testid={testId}
      onClick={(e) => {
        if (opensElsewhere(e)) return;
        e.preventDefault();
        select(iso3);
      }}
    >
      {children}
    </a>
  );
}
