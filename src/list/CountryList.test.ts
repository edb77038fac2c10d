// @vitest-environment jsdom
import { act, createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { setUpTestRoot } from '../../test-support/react-root';
import { dataset } from '../data/full-dataset';
import { STANCES } from '../data/stances';
import { appStore } from '../store/store';
import { CountryList } from './CountryList';

const page = setUpTestRoot({ holdFrames: true });

afterEach(() => {
  appStore.getState().setStances(STANCES);
});

const listed = () =>
  [...page.container.querySelectorAll<HTMLElement>('[data-testid="list.item"]')].map((b) => b.dataset.iso3);

describe('CountryList', () => {
  it('follows a filter click once the frame that shows the map has been painted', async () => {
    const troops = dataset.countries.filter((c) => c.stance === 'troops').map((c) => c.iso3);
    if (troops.length === 0) throw new Error('the dataset has no troops country to filter out');
    act(() => page.root.render(createElement(CountryList)));
    expect(listed()).toHaveLength(dataset.countries.length);

    act(() => appStore.getState().toggleStance('troops'));
    expect(listed()).toHaveLength(dataset.countries.length);
    await page.paint();
    expect(listed()).toHaveLength(dataset.countries.length - troops.length);
    expect(listed().some((iso3) => iso3 !== undefined && troops.includes(iso3))).toBe(false);
    expect(page.container.textContent).toContain(
      `${dataset.countries.length - troops.length} of ${dataset.countries.length} countries`,
    );
  });

  it('takes only the last of several filter clicks made within one frame', async () => {
    act(() => page.root.render(createElement(CountryList)));
    act(() => appStore.getState().toggleStance('troops'));
    act(() => appStore.getState().toggleStance('troops'));
    await page.paint();
    expect(listed()).toHaveLength(dataset.countries.length);
  });

  it('lists Ukraine first, apart from the stances: no filter hides it and the count leaves it out', async () => {
    act(() => page.root.render(createElement(CountryList)));
    const first = page.container.querySelector<HTMLElement>('.list-items > li button');
    expect(first?.dataset.testid).toBe('list.supported');
    expect(first?.dataset.iso3).toBe('UKR');
    expect(first?.textContent).toContain('The country the coalition supports');
    act(() => appStore.getState().setStances([]));
    await page.paint();
    expect(listed()).toEqual([]);
    expect(page.container.querySelector('[data-testid="list.supported"]')).not.toBeNull();
    expect(page.container.textContent).toContain(`0 of ${dataset.countries.length} countries`);
  });
});
