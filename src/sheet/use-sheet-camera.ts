// Tells the map how much of it a sheet covers whenever the sheet changes height or the selection
// changes (sheet-camera.ts does the camera part). Heights change in steps, not in an animation,
// so one measure after each commit is the sheet's resting place.
import { type RefObject, useEffect, useRef } from 'react';

import { coverMap } from './sheet-camera';

/**
 * How far the sheet's top edge reaches up into the map frame: 0 if the sheet is below the map,
 * beside it (a wide embed) or not shown.
 */
function coveredPx(sheet: HTMLElement | null): number {
  const frame = document.querySelector('.map-frame');
  if (!sheet || !frame) return 0;
  const map = frame.getBoundingClientRect();
  const over = sheet.getBoundingClientRect();
  const overlaps = over.height > 0 && over.left < map.right && over.right > map.left;
  return overlaps ? Math.max(0, Math.round(map.bottom - over.top)) : 0;
}

export function useSheetCamera(
  sheetRef: RefObject<HTMLElement | null>,
  state: string,
  selected: string | null,
): void {
  const applied = useRef(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new height or selection is measured anew.
  useEffect(() => {
    let cancel = () => {};
    const apply = () => {
      cancel();
      const covered = coveredPx(sheetRef.current);
      // Nothing covered before or now, and nothing to bring into sight: leave the camera alone.
      if (covered === 0 && applied.current === 0 && selected === null) return;
      applied.current = covered;
      cancel = coverMap(covered, selected);
    };
    apply();
    window.addEventListener('resize', apply);
    return () => {
      window.removeEventListener('resize', apply);
      cancel();
    };
  }, [state, selected]);
}
