// The tree React renders, the same on the server (entry-server.tsx, at build) and in the browser
// (render-app.tsx): hydration matches markup by the tree's shape (useId's ids included), so both
// render exactly this.
import { StrictMode, useEffect } from 'react';

import { App } from './App';
import type { AppFlags } from './boot';
import { PageBaseProvider, pageBaseOf } from './ui/site-links';

/** Runs `start` once React has committed the first render (hydrated, or rendered). */
function AfterFirstCommit({ start }: { start: () => void }) {
  useEffect(() => start(), [start]);
  return null;
}

export interface AppRootProps {
  flags: AppFlags;
  /** The prerendered page's country (its own page), or null: the overview. */
  country: string | null;
  /** What must wait for the first commit (reading the address into the store). */
  onFirstCommit: () => void;
}

export function AppRoot({ flags, country, onFirstCommit }: AppRootProps) {
  return (
    <StrictMode>
      <PageBaseProvider value={pageBaseOf({ country, embed: flags.embed })}>
        <App flags={flags} />
        <AfterFirstCommit start={onFirstCommit} />
      </PageBaseProvider>
    </StrictMode>
  );
}
