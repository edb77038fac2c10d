// @vitest-environment jsdom
// Quotes carry their article's language (`lang`), which need not be the page's: a screen reader
// then reads them with the right voice, and the browser hyphenates and spell-checks them as such.
// Here the two test articles are French and German, so nothing falls back to the page's English.
import { act, createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setUpTestRoot } from '../../test-support/react-root';
import { APP_LANGUAGE } from '../app-text';
import { appStore } from '../store/store';
import { ArticleText } from './ArticleText';
import { ClaimItem } from './ClaimItem';
import { SourceArticle } from './SourceArticle';

const LANGUAGE: Record<string, string> = { 'original-report': 'fr', 'rewrite-report': 'de' };

vi.mock('../data/full-dataset', async () => {
  const { buildIndex } = await import('../data/indexes');
  const { fixtureCoalition, fixtureSources } = await import('../../test-support/dataset-fixture');
  const coalition = structuredClone(fixtureCoalition);
  // The UK's planning claim quotes the original too, so one passage there backs a claim and a fact.
  const lead = coalition.countries[0]?.claims[1];
  if (lead) lead.evidence = [{ source: 'original-report', quote: 'spearheaded by the UK and France' }];
  const sources = fixtureSources.map((s) => ({
    ...s,
    language: s.id === 'original-report' ? 'fr' : 'de',
  }));
  return { dataset: buildIndex(coalition, sources) };
});
vi.mock('../data/dataset', async () => {
  const { indexCorrections } = await import('../data/corrections');
  const { summaryIndexOf } = await import('../data/summary');
  const { dataset } = await import('../data/full-dataset');
  return { summary: summaryIndexOf(dataset), corrections: indexCorrections([]) };
});

const ORIGINAL_TEXT =
  'Leaders met. They spoke of boots on the ground and planes in the air. The effort is spearheaded by the UK and France, ' +
  'though Italy will not send troops. Turkey is open to peacekeeping; leaders of Canada attended. There are about 30 countries involved.';

vi.mock('./article-text', () => ({ fetchArticle: async () => ORIGINAL_TEXT }));

const { dataset } = await import('../data/full-dataset');
const page = setUpTestRoot();

afterEach(() => {
  appStore.getState().select(null);
});

const quotes = () => [...page.container.querySelectorAll<HTMLElement>('[data-testid="panel.quote"]')];

describe('quotes carry their source language', () => {
  it("a country's claim: each quote in its own article's language", () => {
    const gbr = dataset.countryByIso3.get('GBR');
    const claim = gbr?.claims[0];
    if (!gbr || !claim) throw new Error('fixture has no GBR claim');
    act(() => page.root.render(createElement(ClaimItem, { item: claim, iso3: 'GBR' })));
    expect(quotes().map((q) => q.lang)).toEqual(claim.evidence.map((e) => LANGUAGE[e.source]));
    expect(quotes()[0]?.lang).toBe('fr');
    // The statement is ours, in the page's language.
    expect(page.container.querySelector('.claim-statement')?.closest('[lang]')).toBeNull();
  });

  it("a statement of Ukraine's leaders and a fact about the coalition", () => {
    const statement = dataset.coalition.supported.statements[0];
    const fact = dataset.coalition.facts.find((f) => f.evidence[0]?.source === 'original-report');
    if (!statement || !fact) throw new Error('fixture lacks a statement or a fact');
    act(() => page.root.render(createElement(ClaimItem, { item: statement })));
    expect(quotes().map((q) => q.lang)).toEqual(['de']);
    act(() => page.root.render(createElement(ClaimItem, { item: fact })));
    expect(quotes().map((q) => q.lang)).toEqual(['fr']);
  });

  it('the article reader: the text and its marked quote', async () => {
    await act(async () => {
      page.root.render(
        createElement(ArticleText, {
          sourceId: 'original-report',
          quote: 'planes in the air',
          onRetry: () => {},
        }),
      );
    });
    const mark = page.container.querySelector<HTMLElement>('[data-testid="article.mark"]');
    expect(mark?.textContent).toBe('planes in the air');
    expect(mark?.closest<HTMLElement>('[lang]')?.lang).toBe('fr');
    expect(page.container.querySelector<HTMLElement>('.article-text')?.textContent).toBe(ORIGINAL_TEXT);
  });

  it("the sources tab: the article's text and every mark; the app's own note after a mark stays in the page's language", async () => {
    await act(async () => {
      page.root.render(createElement(SourceArticle, { sourceId: 'original-report', headingRef: null }));
    });
    const marks = [...page.container.querySelectorAll<HTMLElement>('[data-testid="sources.mark"]')];
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.closest<HTMLElement>('[lang]')?.lang).toBe('fr');
    const note = page.container.querySelector<HTMLElement>('.mark-targets');
    expect(note?.textContent).toContain('quoted for');
    expect(note?.lang).toBe(APP_LANGUAGE);
    // The heading and the source's details are ours.
    expect(page.container.querySelector('#source-heading')?.closest('[lang]')).toBeNull();
  });
});
