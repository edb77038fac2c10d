// The map's slot in the page: the WebGL map, or, when it cannot run (no WebGL, the boundaries did
// not load), a clear message and a Retry. The list and the panel work either way.
import { useState } from 'react';

import { CoalitionMap } from './CoalitionMap';

export function MapArea() {
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<string | null>(null);

  if (error) {
    return (
      <div className="map-frame map-failed" data-testid="map-error" role="alert">
        <p>{error}</p>
        <p>Use the country list to explore the coalition.</p>
        <button
          type="button"
          onClick={() => {
            setError(null);
            setAttempt((n) => n + 1);
          }}
        >
          Retry
        </button>
      </div>
    );
  }
  return <CoalitionMap key={attempt} retry={attempt > 0} onError={setError} />;
}
