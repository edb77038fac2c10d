// The browser side of the embed bridge: message events, the content's height and the map's
// readiness, read from the real DOM. Kept apart from bridge.ts so that logic is unit-tested with
// fakes and this glue is tested where it runs (e2e/embed.spec.ts, through a real iframe).
import type { BridgeEnv } from './bridge';

/** The app marks its map container data-ready="true" once style, data and colours are in. */
export const READY_SELECTOR = '[data-ready="true"]';

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
      if (root.querySelector(READY_SELECTOR)) {
        onReady();
        return () => {};
      }
      const observer = new MutationObserver(() => {
        if (!root.querySelector(READY_SELECTOR)) return;
        observer.disconnect();
        onReady();
      });
      observer.observe(root, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['data-ready'],
      });
      return () => observer.disconnect();
    },
  };
}
