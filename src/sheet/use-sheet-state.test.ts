// @vitest-environment jsdom
// The sheet behaviour both sheets share (use-sheet-state.ts), on a bare element: a selection opens
// it at half height, the ways to close close it and clear the selection, and a cleared selection
// closes it only where the sheet says so (the embed) or on Back.
import { act, createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setUpTestRoot } from '../../test-support/react-root';
import { appStore } from '../store/store';
import { useSheetState } from './use-sheet-state';

const page = setUpTestRoot();

afterEach(() => act(() => appStore.getState().select(null)));

interface Props {
  closeOnClear: boolean;
  onOpen?: () => void;
  isSheet?: () => boolean;
}

function Sheet({ closeOnClear, onOpen, isSheet }: Props) {
  const { close, change, sheetProps } = useSheetState<HTMLDivElement>({ closeOnClear, onOpen, isSheet });
  return createElement(
    'div',
    { ...sheetProps, 'data-testid': 'sheet' },
    createElement('button', { type: 'button', className: 'close', onClick: close }),
    createElement('button', { type: 'button', className: 'expand', onClick: () => change('full') }),
    createElement('div', { className: 'sheet-body' }, createElement('p', null, 'text')),
  );
}

const render = (props: Props) => act(() => page.root.render(createElement(Sheet, props)));
const state = () => page.container.querySelector('[data-testid="sheet"]')?.getAttribute('data-state');
const selected = () => appStore.getState().selected;
const select = (iso3: string | null) => act(() => appStore.getState().select(iso3));
const click = (name: string) => act(() => page.container.querySelector<HTMLElement>(`.${name}`)?.click());
/** Back: the popstate event, and the tasks after it. */
const back = () =>
  act(async () => {
    window.dispatchEvent(new PopStateEvent('popstate'));
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
const pressEscape = () => act(() => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' })));

describe.each([true, false])('closeOnClear %s', (closeOnClear) => {
  it('opens at half height on a new selection, and calls onOpen', () => {
    const onOpen = vi.fn();
    render({ closeOnClear, onOpen });
    expect(state()).toBe('peek');
    select('FRA');
    expect(state()).toBe('half');
    expect(onOpen).toHaveBeenCalledTimes(1);
    select('GBR');
    expect(onOpen).toHaveBeenCalledTimes(2);
  });

  it('starts open on a selection made before it', () => {
    select('FRA');
    render({ closeOnClear });
    expect(state()).toBe('half');
  });

  it('Close closes it and clears the selection', () => {
    render({ closeOnClear });
    select('FRA');
    click('expand');
    expect(state()).toBe('full');
    click('close');
    expect(state()).toBe('peek');
    expect(selected()).toBeNull();
  });

  it('Escape closes it and clears the selection, unless a dialog is open or Escape was taken', () => {
    render({ closeOnClear });
    select('FRA');
    const dialog = document.createElement('dialog');
    dialog.setAttribute('open', '');
    document.body.append(dialog);
    pressEscape();
    expect(state()).toBe('half');
    dialog.remove();
    const taken = new KeyboardEvent('keydown', { key: 'Escape', cancelable: true });
    taken.preventDefault();
    act(() => document.dispatchEvent(taken));
    expect(state()).toBe('half');
    pressEscape();
    expect(state()).toBe('peek');
    expect(selected()).toBeNull();
  });

  it('Back closes it once the selection is gone, whichever listener clears it', async () => {
    render({ closeOnClear });
    select('FRA');
    await back();
    expect(state()).toBe('half');
    // The URL's listener (url-sync.ts) is bound after the sheet's, and clears the selection.
    const clear = () => appStore.getState().select(null);
    window.addEventListener('popstate', clear);
    await back();
    window.removeEventListener('popstate', clear);
    expect(state()).toBe('peek');
  });

  it('reading on in the body expands a half-open sheet', () => {
    render({ closeOnClear });
    select('FRA');
    act(() => page.container.querySelector('p')?.dispatchEvent(new WheelEvent('wheel', { bubbles: true })));
    expect(state()).toBe('full');
  });

  it('where it is not a sheet now (a wide screen), reading on leaves it as it is', () => {
    render({ closeOnClear, isSheet: () => false });
    select('FRA');
    act(() => page.container.querySelector('p')?.dispatchEvent(new WheelEvent('wheel', { bubbles: true })));
    expect(state()).toBe('half');
  });
});

it('a cleared selection closes the sheet that says so, and leaves the other open', () => {
  render({ closeOnClear: true });
  select('FRA');
  select(null);
  expect(state()).toBe('peek');
  render({ closeOnClear: false });
  select('FRA');
  select(null);
  expect(state()).toBe('half');
});
