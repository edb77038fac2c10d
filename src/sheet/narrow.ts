// Whether the full app is laid out as a bottom sheet over the map (a narrow screen). The layout
// itself is CSS's (narrow-layout.css, app-sheet.css): React renders one tree at every width, so
// what differs by width in behaviour (the sheet's camera and focus moves) asks at the time it acts.

/** Below this width the full app puts the panel, list, key and timeline in a bottom sheet. It is
 *  the width where app.css stacks the page in one column, which made the panel a long scroll away.
 *  The CSS says the same number in its media queries. */
export const NARROW_QUERY = '(max-width: 56rem)';

// One live list, made once: isNarrow() is asked on every wheel or finger move over a half-open
// sheet (use-sheet-state.ts), and a MediaQueryList's `matches` follows the screen by itself.
let narrowList: MediaQueryList | null = null;

/** True on a narrow screen (false where there is no matchMedia: the wide layout needs none). */
export function isNarrow(): boolean {
  if (typeof matchMedia !== 'function') return false;
  narrowList ??= matchMedia(NARROW_QUERY);
  return narrowList.matches;
}
