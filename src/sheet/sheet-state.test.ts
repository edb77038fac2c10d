import { describe, expect, it } from 'vitest';

import { afterDrag, handleLabel, SWIPE_PX, stepSheet } from './sheet-state';

describe('stepSheet', () => {
  it('moves one step and stops at the ends', () => {
    expect(stepSheet('peek', 'up')).toBe('half');
    expect(stepSheet('half', 'up')).toBe('full');
    expect(stepSheet('full', 'up')).toBe('full');
    expect(stepSheet('full', 'down')).toBe('half');
    expect(stepSheet('half', 'down')).toBe('peek');
    expect(stepSheet('peek', 'down')).toBe('peek');
  });
});

describe('afterDrag', () => {
  it('a swipe down closes a half sheet and shrinks a full one', () => {
    expect(afterDrag('half', SWIPE_PX)).toBe('peek');
    expect(afterDrag('full', 200)).toBe('half');
  });
  it('a swipe up opens and expands', () => {
    expect(afterDrag('peek', -SWIPE_PX)).toBe('half');
    expect(afterDrag('half', -120)).toBe('full');
  });
  it('a tap opens a peeking sheet and toggles an open one', () => {
    expect(afterDrag('peek', 0)).toBe('half');
    expect(afterDrag('half', 3)).toBe('full');
    expect(afterDrag('full', -SWIPE_PX + 1)).toBe('half');
  });
});

describe('handleLabel', () => {
  it('names what a tap does', () => {
    expect(handleLabel('peek')).toBe('Open the panel');
    expect(handleLabel('half')).toBe('Expand the panel');
    expect(handleLabel('full')).toBe('Shrink the panel');
  });
});
