import { describe, expect, it } from 'vitest';

import { firstClearOffset, LABEL_OFFSETS } from './place-label';

describe('firstClearOffset', () => {
  it('keeps the label centred when nothing coloured is under it', () => {
    expect(firstClearOffset(LABEL_OFFSETS, () => true)).toEqual([0, 0]);
  });
  it('takes the first offset in order that is clear', () => {
    const clear = LABEL_OFFSETS[3];
    expect(firstClearOffset(LABEL_OFFSETS, (o) => o === clear)).toEqual(clear);
  });
  it('is null (the label hides) when no offset is clear', () => {
    expect(firstClearOffset(LABEL_OFFSETS, () => false)).toBeNull();
  });
});
