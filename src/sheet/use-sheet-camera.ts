// Keeps the selection in sight whenever the sheet changes height or the selection changes
// (sheet-camera.ts does the camera part; the static picture reads the height from sheet-cover.ts). Heights change in steps, not in an animation, and a
// ResizeObserver on the sheet and the map's frame reports each resting size after layout, so
// measuring there costs no layout of its own (a measure right after a commit would force one).
// Where the element is not a sheet now (the full app on a wide screen) nothing is measured.
import { type RefObject, useEffect, useRef } from 'react';

import { coverMap } from './sheet-camera';
import { setSheetCover } from './sheet-cover';

/**
 * How far the sheet's top edge reaches up into the map frame: 0 if the sheet is below the map,
 * beside it (a wide embed) or not shown.
 */
function coveredPx(sheet: Element, frame: Element): number {
  const map = frame.getBoundingClientRect();
  const over = sheet.getBoundingClientRect();
  const overlaps = over.height > 0 && over.left < map.right && over.right > map.left;
  return overlaps ? Math.max(0, Math.round(map.bottom - over.top)) : 0;
}

export function useSheetCamera(
  sheetRef: RefObject<HTMLElement | null>,
  state: string,
  selected: string | null,
  isSheet: () => boolean,
): void {
  /** The last measure, and the sheet state it was taken in. */
  const measured = useRef<{ covered: number; state: string } | null>(null);
  const latest = useRef({ state, selected, isSheet });
  latest.current = { state, selected, isSheet };
  const cancel = useRef(() => {});
  const move = (covered: number) => {
    cancel.current();
    cancel.current = coverMap(covered, latest.current.selected);
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: observed once; `move` reads the latest props.
  useEffect(() => {
    const sheet = sheetRef.current;
    if (!sheet || typeof ResizeObserver !== 'function') return;
    // The map's frame is another element when the map replaces its first paint (MapArea.tsx): the
    // old one leaving is a size change too, and the new one is watched from then on.
    let frame: Element | null = null;
    const observer = new ResizeObserver(() => {
      const now = document.querySelector('.map-frame');
      if (now !== frame) {
        if (frame) observer.unobserve(frame);
        if (now) observer.observe(now);
        frame = now;
      }
      if (!latest.current.isSheet()) {
        measured.current = null;
        setSheetCover(0);
        return;
      }
      const covered = frame ? coveredPx(sheet, frame) : 0;
      measured.current = { covered, state: latest.current.state };
      setSheetCover(covered);
      move(covered);
    });
    observer.observe(sheet);
    return () => {
      observer.disconnect();
      cancel.current();
      setSheetCover(0);
    };
  }, []);

  // A new selection in a sheet of the height last measured: no new size will be reported, so the
  // camera moves now. In a sheet changing height, the observer moves it once the height is known.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the state or selection changes.
  useEffect(() => {
    const known = measured.current;
    if (known && known.state === state && isSheet()) move(known.covered);
  }, [state, selected]);
}
