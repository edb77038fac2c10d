// @vitest-environment jsdom
import { act, createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { setUpTestRoot } from '../../test-support/react-root';
import type { Correction } from '../data/schema';
import { CorrectionMark } from './CorrectionMark';

const page = setUpTestRoot();

const wording: Correction = {
  date: '2026-12-07',
  kind: 'claim',
  id: 'gbr-x',
  field: 'statement',
  old: 'It said <b>more</b> than the quote.',
  new: 'It says what the quote says.',
  reason: 'The statement went past its quote.',
};
const stance: Correction = {
  ...wording,
  date: '2026-12-09',
  field: 'stance',
  old: 'troops',
  new: 'other-support',
  reason: 'The words support no troops.',
};

const render = (entries: Correction[] | undefined) =>
  act(() => page.root.render(createElement(CorrectionMark, { entries })));
const mark = () => page.container.querySelector<HTMLElement>('[data-testid="panel.correction"]');

describe('CorrectionMark', () => {
  it('shows nothing for an item the log does not name', () => {
    render(undefined);
    expect(mark()).toBeNull();
    render([]);
    expect(mark()).toBeNull();
  });

  it('says "Corrected <date>: <why>", the old wording inside a closed <details>, as text', () => {
    render([wording]);
    expect(mark()?.querySelector('.correction-head')?.textContent).toBe(
      'Corrected 7 Dec 2026: The statement went past its quote.',
    );
    expect(mark()?.dataset.serious).toBe('false');
    const details = mark()?.querySelector('details');
    expect(details?.open).toBe(false);
    expect(details?.querySelector('dd')?.textContent).toBe('It said <b>more</b> than the quote.');
    expect(details?.querySelector('b')).toBeNull();
  });

  it('marks a changed stance as a serious correction, boxed and dated by the newest entry', () => {
    render([stance, wording]);
    expect(mark()?.dataset.serious).toBe('true');
    expect(mark()?.classList.contains('correction-serious')).toBe(true);
    expect(mark()?.getAttribute('role')).toBe('note');
    expect(mark()?.querySelector('.correction-head')?.textContent).toBe(
      'Correction 9 Dec 2026: The words support no troops.',
    );
    expect([...(mark()?.querySelectorAll('dt') ?? [])].map((dt) => dt.textContent)).toEqual([
      'Stance (until 9 Dec 2026)',
      'Statement (until 7 Dec 2026)',
    ]);
  });
});
