// Keeps the selection in sight whenever the sheet changes height or the selection changes
// (sheet-camera.ts does the camera part). Heights change in steps, not in an animation,
// so one measure after each commit is the sheet's resting place.
import { type RefObject, useEffect } from 'react';

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
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new height or selection is measured anew.
  useEffect(() => {
    let cancel = () => {};
    const apply = () => {
      cancel();
      cancel = coverMap(coveredPx(sheetRef.current), selected);
    };
    apply();
    window.addEventListener('resize', apply);
    return () => {
      window.removeEventListener('resize', apply);
      cancel();
    };
  }, [state, selected]);
}
