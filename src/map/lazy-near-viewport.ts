// Whether the map's frame is on or near the screen, so an embedded map holds a WebGL context only
// while it can be seen. Browsers cap live contexts per page (Chromium about 16) and drop the
// oldest beyond that, leaving a blank map: a page with many embeds must release the ones far off
// screen (map.remove() loses the context) and build them again on the way back.
//
// Two observers give hysteresis: the map starts when its frame comes within ENTER_MARGIN of the
// viewport and is released only once it is beyond LEAVE_MARGIN, so scrolling to and fro a little
// never rebuilds it. The implicit root is the top-level viewport, also inside an iframe. Browsers
// apply the margins only to same-origin frames; in another site's page both mean "visible".
import { useEffect, useState } from 'react';

/** Start a little before the frame shows: the map takes a moment to build. */
export const ENTER_MARGIN = '50% 0px';
/** Release only when a full screen or more away. */
export const LEAVE_MARGIN = '100% 0px';

/** What the two observers last said about the frame; undefined: nothing new from that one. */
export interface Sighting {
  withinEnter?: boolean;
  withinLeave?: boolean;
}

/** null until the first sighting; then near once within ENTER, far once beyond LEAVE, else as was. */
export function nextNear(near: boolean | null, seen: Sighting): boolean | null {
  if (seen.withinEnter === true) return true;
  if (seen.withinLeave === false) return false;
  if (near === null && seen.withinLeave === true) return false;
  return near;
}

type ObserverClass = typeof IntersectionObserver;

/**
 * true: build the map; false: release it; null: not known yet (render neither). Always true when
 * `enabled` is false (the full app, which owns the page) or the browser has no IntersectionObserver.
 */
export function useNearViewport(
  element: Element | null,
  enabled: boolean,
  Observer: ObserverClass | undefined = globalThis.IntersectionObserver,
): boolean | null {
  const watching = enabled && Observer !== undefined;
  const [near, setNear] = useState<boolean | null>(watching ? null : true);

  useEffect(() => {
    if (!watching || !Observer) {
      setNear(true);
      return;
    }
    if (!element) return;
    const watch = (key: keyof Sighting, rootMargin: string) => {
      const observer = new Observer(
        (entries) => {
          const last = entries.at(-1);
          if (last) setNear((near) => nextNear(near, { [key]: last.isIntersecting }));
        },
        { rootMargin },
      );
      observer.observe(element);
      return observer;
    };
    const observers = [watch('withinEnter', ENTER_MARGIN), watch('withinLeave', LEAVE_MARGIN)];
    return () => {
      for (const observer of observers) observer.disconnect();
    };
  }, [element, watching, Observer]);

  return near;
}
