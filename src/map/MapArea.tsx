// The map's slot in the page: the WebGL map, or, when it cannot run (no WebGL, the boundaries did
// not load), the static fallback with the reason and a Retry. The list and panel work either way.
import { useState } from 'react';

import { CoalitionMap } from './CoalitionMap';
import { StaticFallback } from './StaticFallback';

export function MapArea() {
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<string | null>(null);

  if (error) {
    const retry = () => {
      setError(null);
      setAttempt((n) => n + 1);
    };
    return <StaticFallback message={error} onRetry={retry} />;
  }
  return <CoalitionMap key={attempt} retry={attempt > 0} onError={setError} />;
}
