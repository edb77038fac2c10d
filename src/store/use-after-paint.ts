// A value that follows another one frame late: the frame that shows the change first paints
// what the reader is looking at, then this value's part of the page follows.
import { useEffect, useState } from 'react';

import { afterNextPaint } from './after-paint';

/**
 * `value` as of the last painted frame: a change shows here in a task after the next paint.
 * Changes that come faster than frames collapse into the latest one.
 */
export function useValueAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterNextPaint(() => setShown(value));
  }, [shown, value]);
  return shown;
}
