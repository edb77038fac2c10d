// Owns one MapLibre map: created once in a mount-only effect, removed in the cleanup (StrictMode
// mounts twice in dev; the second mount gets a fresh map). React renders only the frame around
// it; camera and styling never pass through React state.
import { type Ref, useEffect, useEffectEvent, useRef, useState } from 'react';

import { dataset } from '../data/dataset';
import { appStore } from '../store/store';
import { type MapSession, startMapSession } from './map-session';

interface Props {
  onError: (message: string) => void;
  /** The frame element, for MapArea to watch whether it is near the screen. */
  frameRef?: Ref<HTMLDivElement>;
  /** Download the boundaries again instead of reusing the first (failed) request. */
  retry: boolean;
}

export function CoalitionMap({ onError, retry, frameRef }: Props) {
  const containerRef = useRef<HTMLElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const sessionRef = useRef<MapSession | null>(null);
  const [ready, setReady] = useState(false);
  const reportError = useEffectEvent(onError);
  const retryOnMount = useEffectEvent(() => retry);

  useEffect(() => {
    const container = containerRef.current;
    const tooltip = tooltipRef.current;
    if (!container || !tooltip) return;
    let session: MapSession;
    try {
      session = startMapSession(
        container,
        tooltip,
        appStore,
        dataset,
        { onReady: () => setReady(true), onError: reportError },
        retryOnMount(),
      );
    } catch (error) {
      reportError((error as Error).message);
      return;
    }
    sessionRef.current = session;
    return () => {
      sessionRef.current = null;
      session.dispose();
    };
  }, []);

  return (
    <div ref={frameRef} className="map-frame">
      <section
        ref={containerRef}
        className="map-canvas"
        data-testid="map"
        aria-label="Map of the coalition: countries coloured by what the sources say they commit. The country list offers the same choices."
      />
      <div ref={tooltipRef} className="map-tooltip" data-testid="tooltip" role="tooltip" hidden>
        <strong />
        <span />
      </div>
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
