// For a part that is large but mostly below the fold: show its start in the frame that opens it
// and the rest in a task after that frame has been painted (store/after-paint.ts), so a click is
// answered on screen without waiting for the whole part to be built and laid out.
import { useEffect, useState } from 'react';

import { afterNextPaint } from '../store/after-paint';

/** False while the component's first frame is being built; true once it has been painted. */
export function useFirstPaintDone(): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => afterNextPaint(() => setDone(true)), []);
  return done;
}
