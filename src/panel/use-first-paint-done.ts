// For a part that is large but mostly below the fold: show its start in the frame that opens it
// and the rest in a task after that frame has been painted (store/after-paint.ts), so a click is
// answered on screen without waiting for the whole part to be built and laid out. A prerendered
// page has it whole (a reader without JavaScript reads every claim), and so has the render that
// hydrates it, which must match.
import { useEffect, useState } from 'react';

import { afterNextPaint } from '../store/after-paint';
import { useHydrated } from '../ui/use-hydrated';

/** False while the component's first frame is being built in the browser; true once painted. */
export function useFirstPaintDone(): boolean {
  // Mounted during hydration (or on the server): whole from the start.
  const [done, setDone] = useState(!useHydrated());
  useEffect(() => {
    if (!done) return afterNextPaint(() => setDone(true));
  }, [done]);
  return done;
}
