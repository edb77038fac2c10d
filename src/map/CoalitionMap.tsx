// Owns one MapLibre map: adopted from main.tsx (early-map.ts) or created in a mount-only effect,
// removed in the cleanup (StrictMode mounts twice in dev; the second mount gets a fresh map).
// React renders only the frame around it; the map's element, camera and styling never pass
// through React.
import { type Ref, useCallback, useEffectEvent, useLayoutEffect, useRef, useState } from 'react';

import { dataset } from '../data/dataset';
import { appStore } from '../store/store';
import { claimEarlyMap, createMapContainer } from './early-map';
import { type MapSession, startMapSession } from './map-session';

interface Props {
  onError: (message: string) => void;
  /** The frame element, for MapArea to watch whether it is near the screen. */
  frameRef?: (element: HTMLDivElement | null) => void;
  /** Download the interior points again instead of reusing the first (failed) request. */
  retry: boolean;
}

export function CoalitionMap({ onError, retry, frameRef }: Props) {
  const frameElement = useRef<HTMLDivElement | null>(null);
  const sessionRef = useRef<MapSession | null>(null);
  const [ready, setReady] = useState(false);
  const reportError = useEffectEvent(onError);
  const retryOnMount = useEffectEvent(() => retry);
  const setFrame: Ref<HTMLDivElement> = useCallback(
    (element: HTMLDivElement | null) => {
      frameElement.current = element;
      frameRef?.(element);
    },
    [frameRef],
  );

  // A layout effect: an adopted map moves into this frame before the browser paints, so no frame
  // shows the page without it.
  useLayoutEffect(() => {
    const frame = frameElement.current;
    if (!frame) return;
    const events = { onReady: () => setReady(true), onError: reportError };
    const early = retryOnMount() ? null : claimEarlyMap();
    const container = early?.container ?? createMapContainer();
    frame.prepend(container);
    let session: MapSession | null;
    if (early) {
      session = early.session;
      early.listen(events);
    } else {
      try {
        session = startMapSession(
          container,
          appStore,
          // React renders once the dataset is loaded: the map starts with the store's view.
          { load: () => Promise.resolve(dataset), first: true },
          events,
          retryOnMount(),
        );
      } catch (error) {
        session = null;
        reportError((error as Error).message);
      }
    }
    sessionRef.current = session;
    return () => {
      sessionRef.current = null;
      session?.dispose();
      container.remove();
    };
  }, []);

  return (
    <div ref={setFrame} className="map-frame">
      {!ready && (
        <p className="map-status" role="status">
          Loading the map…
        </p>
      )}
      <button
        type="button"
        className="map-reset"
        data-testid="reset-view"
        onClick={() => sessionRef.current?.resetView()}
      >
        Reset view
      </button>
    </div>
  );
}
