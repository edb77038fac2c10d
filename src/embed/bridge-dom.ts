// The browser side of the embed bridge: message events, the content's height and the map's
// readiness, read from the real DOM. Kept apart from bridge.ts so that logic is unit-tested with
// fakes and this glue is tested where it runs (e2e/embed.spec.ts, through a real iframe).
import type { BridgeEnv } from './bridge';
import { READY_MAPS, type ReadyMap } from './messages';

/** The app marks its map container data-ready="true" once style, data and colours are in. */
export const READY_SELECTOR = '[data-ready="true"]';
/** The static map (StaticFallback.tsx) marks its frame with what it stands for, once drawn. */
export const SHOWN_SELECTOR = '[data-map-shown]';

/** What the root's map slot shows, if it shows the data yet. */
export function shownMap(root: ParentNode): ReadyMap | null {
  if (root.querySelector(READY_SELECTOR)) return 'webgl';
  const shown = root.querySelector(SHOWN_SELECTOR)?.getAttribute('data-map-shown');
  return READY_MAPS.find((m) => m === shown) ?? null;
}

/**
 * `root` must be sized by its content, never by the viewport (no height: 100%/100vh): the frame is
 * resized to what we report, so a viewport-sized root would only ever report the frame's own
 * height back. embed.css resets html, body and #root for the embed layout.
 */
export function domBridgeEnv(win: Window, root: HTMLElement): BridgeEnv {
  return {
    listen(onMessage) {
      const handler = (event: MessageEvent) => onMessage({ data: event.data, source: event.source });
      win.addEventListener('message', handler);
      return () => win.removeEventListener('message', handler);
    },
    observeHeight(onHeight) {
      // A ResizeObserver reports once on observe(), then on every change of the root's box.
      const observer = new ResizeObserver(() => onHeight(root.getBoundingClientRect().height));
      observer.observe(root);
      return () => observer.disconnect();
    },
    whenReady(onReady) {
      const now = shownMap(root);
      if (now) {
        onReady(now);
        return () => {};
      }
      const observer = new MutationObserver(() => {
        const map = shownMap(root);
        if (!map) return;
        observer.disconnect();
        onReady(map);
      });
      observer.observe(root, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['data-ready', 'data-map-shown'],
      });
      return () => observer.disconnect();
    },
  };
}
