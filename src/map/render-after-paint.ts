// MapLibre draws a change in the next animation frame, the same frame that shows the DOM change
// (the panel) made with it. With software WebGL a MapLibre render costs tens of milliseconds of
// GPU-process time, and the compositor commit of the frame that holds it waits for that, so the
// panel would show that much later. Postponing the map's render to the frame after lets the panel
// go first; the map's state (feature state, camera) is already changed and readable meanwhile.
import type { Map as MapLibreMap } from 'maplibre-gl';

import type { DeferredSlot } from '../store/after-paint';

/**
 * Cancels the render MapLibre has scheduled for the next frame, if any. `_frameRequest` is
 * MapLibre's own handle (what `redraw()` and `remove()` cancel); a later `triggerRepaint()`
 * schedules the render again, and everything waiting for it (feature state, queued handler
 * work, a camera animation) is drawn then.
 */
function cancelScheduledRender(map: MapLibreMap): boolean {
  const scheduled = map as unknown as { _frameRequest: AbortController | null };
  if (!scheduled._frameRequest) return false;
  scheduled._frameRequest.abort();
  scheduled._frameRequest = null;
  return true;
}

/** Moves a render scheduled for the next frame to after that frame's paint (through `slot`). */
export function renderAfterPaint(map: MapLibreMap, slot: DeferredSlot): void {
  if (cancelScheduledRender(map)) slot.schedule(() => map.triggerRepaint());
}
