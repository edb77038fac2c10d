// The map's slot in the page: the WebGL map, or, when it cannot run (no WebGL, the boundaries did
// not load), the static fallback with the reason and a Retry. The list and panel work either way.
// With `releaseOffscreen` (embeds: a page may hold many), the WebGL map exists only while its
// frame is near the screen and the static map stands in meanwhile (lazy-near-viewport.ts).
import { useState } from 'react';

import { MAP_LABEL } from '../app-text';
import { CoalitionMap } from './CoalitionMap';
import { useNearViewport } from './lazy-near-viewport';
import { StaticFallback } from './StaticFallback';
import { FirstPaintMap } from './static/FirstPaintMap';

export function MapArea({ releaseOffscreen = false }: { releaseOffscreen?: boolean }) {
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<string | null>(null);
  // State, not a ref: the frame element changes with what is shown, and must be watched anew.
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const near = useNearViewport(frame, releaseOffscreen);

  if (error) {
    const retry = () => {
      setError(null);
      setAttempt((n) => n + 1);
    };
    return <StaticFallback frameRef={setFrame} failure={{ message: error, onRetry: retry }} />;
  }
  if (near === null) {
    // Not yet known whether the frame is on screen (and, prerendered, not until a browser has it):
    // the static first paint, and neither map is started yet.
    return (
      <div ref={setFrame} className="map-frame">
        <FirstPaintMap label={MAP_LABEL} />
      </div>
    );
  }
  if (!near) return <StaticFallback frameRef={setFrame} />;
  return <CoalitionMap key={attempt} frameRef={setFrame} retry={attempt > 0} onError={setError} />;
}
