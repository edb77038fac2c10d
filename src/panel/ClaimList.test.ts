// @vitest-environment jsdom
import { act, createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { setUpTestRoot } from '../../test-support/react-root';
import { dataset } from '../data/full-dataset';
import type { Claim } from '../data/schema';
import { CLAIMS_BEFORE_MORE, ClaimList } from './ClaimList';

// A country with far more claims than the list opens with: a real claim (its quotes and sources
// resolve) copied under distinct ids.
const country = dataset.countries[0];
const model = country?.claims[0];
if (!country || !model) throw new Error('the dataset has no claim to copy');
const claims: Claim[] = Array.from({ length: 25 }, (_, i) => ({ ...model, id: `copy-${i}` }));

const page = setUpTestRoot();

const shownIds = () =>
  [...page.container.querySelectorAll<HTMLElement>('[data-testid="panel.claim"]')].map(
    (li) => li.dataset.claimId,
  );
const moreButton = () => page.container.querySelector<HTMLButtonElement>('[data-testid="panel.more-claims"]');

function render(props: Partial<Parameters<typeof ClaimList>[0]> = {}) {
  act(() =>
    page.root.render(
      createElement(ClaimList, {
        claims,
        iso3: country?.iso3 ?? '',
        limit: CLAIMS_BEFORE_MORE,
        canExpand: true,
        ...props,
      }),
    ),
  );
}

describe('ClaimList', () => {
  it('opens with the first claims and a button that names how many more there are', () => {
    render();
    expect(shownIds()).toEqual(claims.slice(0, CLAIMS_BEFORE_MORE).map((c) => c.id));
    expect(moreButton()?.textContent).toBe(`Show ${claims.length - CLAIMS_BEFORE_MORE} more claims`);
  });

  it('shows every claim on the button, and moves focus to the first one it revealed', () => {
    render();
    act(() => moreButton()?.click());
    expect(shownIds()).toEqual(claims.map((c) => c.id));
    expect(moreButton()).toBeNull();
    expect(document.activeElement?.getAttribute('data-claim-id')).toBe(claims[CLAIMS_BEFORE_MORE]?.id);
  });

  it('shows the claim the map follows and the linked claim even past the limit, in their order', () => {
    render({ followedId: 'copy-20', linkedId: 'copy-15' });
    expect(shownIds()).toEqual([
      ...claims.slice(0, CLAIMS_BEFORE_MORE).map((c) => c.id),
      'copy-15',
      'copy-20',
    ]);
    expect(page.container.textContent).toContain('The map follows this claim');
    expect(moreButton()?.textContent).toBe(`Show ${claims.length - CLAIMS_BEFORE_MORE - 2} more claims`);
  });

  it('offers no button while it may not expand (the first frame), nor when every claim is shown', () => {
    render({ limit: 3, canExpand: false });
    expect(shownIds()).toHaveLength(3);
    expect(moreButton()).toBeNull();
    render({ claims: claims.slice(0, 4) });
    expect(shownIds()).toHaveLength(4);
    expect(moreButton()).toBeNull();
  });

  it('says "1 more claim" for one', () => {
    render({ claims: claims.slice(0, CLAIMS_BEFORE_MORE + 1) });
    expect(moreButton()?.textContent).toBe('Show 1 more claim');
  });
});
