// Owns one MapLibre map, created in a mount-only effect and removed in the cleanup (StrictMode
// mounts twice in dev; the second mount gets a fresh map). This is the one way the map starts: the
// prerendered page hydrates, and this effect loads MapLibre's chunk (main.tsx has asked for it
// already, so it downloads while React hydrates) and starts the session. Until its first full
// frame the static first paint (FirstPaintMap) is the map. React renders only the frame around
// it; the map's element, camera and styling never pass through React.
import { type Ref, useCallback, useEffectEvent, useLayoutEffect, useRef, useState } from 'react';

import { MAP_LABEL } from '../app-text';
import { summary } from '../data/dataset';
import { appStore } from '../store/store';
import { useHydrated } from '../ui/use-hydrated';
import type { MapSession } from './map-session';
import { FirstPaintMap } from './static/FirstPaintMap';

interface Props {
  onError: (message: string) => void;
  /** The frame element, for MapArea to watch whether it is near the screen. */
  frameRef?: (element: HTMLDivElement | null) => void;
  /** Download the interior points again instead of reusing the first (failed) request. */
  retry: boolean;
}

/** The element MapLibre draws into (and the tests find the map by). */
function createMapContainer(): HTMLElement {
  const section = document.createElement('section');
  section.className = 'map-canvas';
  section.dataset.testid = 'map';
  section.setAttribute('aria-label', MAP_LABEL);
  return section;
}

export function CoalitionMap({ onError, retry, frameRef }: Props) {
  const frameElement = useRef<HTMLDivElement | null>(null);
  const sessionRef = useRef<MapSession | null>(null);
  const [ready, setReady] = useState(false);
  const hydrated = useHydrated();
  const reportError = useEffectEvent(onError);
  const retryOnMount = useEffectEvent(() => retry);
  const setFrame: Ref<HTMLDivElement> = useCallback(
    (element: HTMLDivElement | null) => {
      frameElement.current = element;
      frameRef?.(element);
    },
    [frameRef],
  );

  useLayoutEffect(() => {
    const frame = frameElement.current;
    if (!frame) return;
    const container = createMapContainer();
    frame.prepend(container);
    let disposed = false;
    import('./map-session').then(
      ({ startMapSession }) => {
        if (disposed) return;
        try {
          sessionRef.current = startMapSession(
            container,
            appStore,
            summary,
            { onReady: () => setReady(true), onError: reportError },
            retryOnMount(),
          );
        } catch (error) {
          reportError((error as Error).message);
        }
      },
      (error: Error) => reportError(`The map's code could not be loaded (${error.message}).`),
    );
    return () => {
      disposed = true;
      sessionRef.current?.dispose();
      sessionRef.current = null;
      container.remove();
    };
  }, []);

  return (
    <div ref={setFrame} className="map-frame">
      {!ready && <FirstPaintMap label={MAP_LABEL} />}
      {hydrated && !ready && (
        <p className="map-status" role="status">
          Loading the map…
        </p>
      )}
      {/* Offered once the map can be moved: the picture before it has no view of the reader's. */}
      {ready && (
        <button
          type="button"
          className="map-reset"
          data-testid="reset-view"
          onClick={() => sessionRef.current?.resetView()}
        >
          Reset view
        </button>
      )}
    </div>
  );
}
