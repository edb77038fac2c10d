// @vitest-environment jsdom
// A country's claims (claims.ts): its own file, asked for once; a failure shown by its boundary and
// asked for again on Retry; read from the whole dataset instead once that is here; nothing asked
// for a country the dataset has no entry for.
import { act, Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { setUpTestRoot } from '../../test-support/react-root';
import { ErrorBoundary } from '../ErrorBoundary';
import { summary } from './dataset';
import type { DatasetIndex } from './indexes';
import type { Country } from './schema';

/** The whole dataset's chunk, settled by the test. */
const datasetRequests: { resolve: (m: { dataset: DatasetIndex }) => void }[] = [];
vi.mock('../ui/lazy-part', () => ({
  lazyModule: () => () =>
    new Promise((resolve) => {
      datasetRequests.push({ resolve });
    }),
}));

/** Each country file the loader asks for, answered by the test. */
const fetches: { url: string; answer: (response: Response) => void; fail: (e: Error) => void }[] = [];
vi.stubGlobal(
  'fetch',
  (url: string) =>
    new Promise<Response>((answer, fail) => {
      fetches.push({ url: String(url), answer, fail });
    }),
);

const { loadDataset, loadCountryClaims, retryCountryClaims, useCountryClaims } = await import('./claims');
const page = setUpTestRoot();

const [first, second, third] = summary.countries;
if (!first || !second || !third) throw new Error('country-claims.test.tsx: needs three countries');
const entry = (iso3: string, claims: number) =>
  ({
    iso3,
    name: iso3,
    claims: Array.from({ length: claims }, (_, i) => ({ id: `${iso3}-${i}` })),
  }) as unknown as Country;
const json = (value: unknown) => new Response(JSON.stringify(value), { status: 200 });

function Claims({ iso3 }: { iso3: string }) {
  const country = useCountryClaims(iso3);
  return <p data-testid="claims">{country ? country.claims.length : 'none'}</p>;
}
const tree = (iso3: string) => (
  <ErrorBoundary part="The claims" onRetry={() => retryCountryClaims(iso3)}>
    <Suspense fallback={<p>Loading</p>}>
      <Claims iso3={iso3} />
    </Suspense>
  </ErrorBoundary>
);
const shown = () => page.container.textContent;

afterEach(() => {
  vi.restoreAllMocks();
});

describe("a country's claims", () => {
  // One test: the loader keeps its state for the page's life, as the module does.
  it('come from their own file, once; a failure waits for Retry; then the whole dataset serves', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    // The first country: its own file, asked for once however often it is wanted.
    const early = loadCountryClaims(first.iso3);
    expect(loadCountryClaims(first.iso3)).toBe(early);
    await act(async () => page.root.render(tree(first.iso3)));
    expect(fetches.map((f) => f.url)).toEqual([
      expect.stringMatching(new RegExp(`/claims/\\w+/${first.iso3}\\.json$`)),
    ]);
    expect(shown()).toBe('Loading');
    await act(async () => fetches[0]?.answer(json(entry(first.iso3, 3))));
    expect(shown()).toBe('3');
    expect(datasetRequests).toHaveLength(0);

    // The second: a failed file is shown once, not asked for again at every render.
    await act(async () => page.root.render(tree(second.iso3)));
    expect(fetches).toHaveLength(2);
    await act(async () => fetches[1]?.answer(new Response('gone', { status: 404, statusText: 'Not Found' })));
    expect(shown()).toContain('The claims could not be shown');
    expect(shown()).toContain(`${second.iso3}.json: the server answered 404 Not Found`);
    await act(async () => page.root.render(tree(second.iso3)));
    expect(fetches).toHaveLength(2);
    // Retry asks again.
    await act(async () => page.container.querySelector('button')?.click());
    expect(fetches).toHaveLength(3);
    await act(async () => fetches[2]?.answer(json(entry(second.iso3, 2))));
    expect(shown()).toBe('2');

    // Once the whole dataset is here, a country not yet loaded is read from it: no file.
    const whole = loadDataset();
    const full = {
      countryByIso3: new Map([[third.iso3, entry(third.iso3, 5)]]),
    } as unknown as DatasetIndex;
    await act(async () => datasetRequests[0]?.resolve({ dataset: full }));
    await whole;
    await act(async () => page.root.render(tree(third.iso3)));
    expect(shown()).toBe('5');
    expect(fetches).toHaveLength(3);
    // A country already loaded keeps its own entry.
    await act(async () => page.root.render(tree(first.iso3)));
    expect(shown()).toBe('3');

    // The supported country has no entry in the dataset, so no file.
    await act(async () => page.root.render(tree(summary.coalition.supports)));
    expect(shown()).toBe('none');
    expect(fetches).toHaveLength(3);
  });
});
