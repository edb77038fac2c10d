// Whether a media query matches, followed live (a phone turned sideways, a window resized).
import { useSyncExternalStore } from 'react';

/** Below this width the full app puts the panel, list, key and timeline in a bottom sheet. It is
 *  the width where app.css stacks the page in one column, which made the panel a long scroll away. */
export const NARROW_QUERY = '(max-width: 56rem)';

/** False where there is no matchMedia (the wide layout is the one that needs none). */
export function useMediaQuery(query: string): boolean {
  const supported = typeof matchMedia === 'function';
  return useSyncExternalStore(
    (onChange) => {
      if (!supported) return () => {};
      const list = matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => supported && matchMedia(query).matches,
    () => false,
  );
}
