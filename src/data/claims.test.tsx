// @vitest-environment jsdom
// The claims' loader (claims.ts): one request at a time, a failure shown by the boundary that was
// handed it (not asked for again at every render), Retry asking again, and a failure nobody was
// shown (the prefetch's) asked for again by the first component that needs the claims.
import { act, Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { setUpTestRoot } from '../../test-support/react-root';
import { ErrorBoundary } from '../ErrorBoundary';
import type { DatasetIndex } from './indexes';

/** Each request the loader makes, settled by the test. */
const requests: { resolve: (m: { dataset: DatasetIndex }) => void; reject: (e: Error) => void }[] = [];
vi.mock('../ui/lazy-part', () => ({
  lazyModule: () => () =>
    new Promise((resolve, reject) => {
      requests.push({ resolve, reject });
    }),
}));

const { loadDataset, retryDataset, useDataset } = await import('./claims');
const page = setUpTestRoot();
const fake = { countries: [{ iso3: 'FRA' }] } as unknown as DatasetIndex;

function Claims() {
  return <p data-testid="claims">{useDataset().countries.length}</p>;
}
const tree = () => (
  <ErrorBoundary part="The claims" onRetry={retryDataset}>
    <Suspense fallback={<p>Loading</p>}>
      <Claims />
    </Suspense>
  </ErrorBoundary>
);
const flush = () => act(async () => {});

describe('the claims loader', () => {
  // One test: the loader keeps its state for the page's life, as the module does.
  it('asks once at a time, shows a failure once, asks again on Retry or after a prefetch failed', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    // A prefetch that fails, shown to no component.
    const prefetch = loadDataset();
    expect(loadDataset()).toBe(prefetch);
    expect(requests).toHaveLength(1);
    requests[0]?.reject(new Error('offline'));
    await expect(prefetch).rejects.toThrow('offline');

    // The first component that needs the claims asks again, and is shown that failure.
    await act(async () => page.root.render(tree()));
    expect(requests).toHaveLength(2);
    expect(page.container.textContent).toBe('Loading');
    await act(async () => requests[1]?.reject(new Error('still offline')));
    await flush();
    expect(page.container.textContent).toContain('The claims could not be shown (still offline)');
    // Rendered again without Retry: the failure stands, with no new request.
    await act(async () => page.root.render(tree()));
    expect(requests).toHaveLength(2);

    // Retry asks again; this time the claims arrive.
    const retry = page.container.querySelector('button');
    await act(async () => retry?.click());
    expect(requests).toHaveLength(3);
    await act(async () => requests[2]?.resolve({ dataset: fake }));
    await flush();
    expect(page.container.querySelector('[data-testid="claims"]')?.textContent).toBe('1');
    await expect(loadDataset()).resolves.toBe(fake);
    expect(requests).toHaveLength(3);
  });
});
