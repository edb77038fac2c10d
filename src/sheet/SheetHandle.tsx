// The sheet's grab bar: a button (a tap or Enter opens, expands or shrinks the sheet) that also
// follows a finger or a mouse: a swipe down closes or shrinks, a swipe up opens or expands.
// Pointer events with touch-action: none (sheet.css), so the browser does not scroll the page
// instead; while the finger is down the sheet follows it (a transform, written outside React).
import { type PointerEvent, type RefObject, useRef } from 'react';

import { afterDrag, handleLabel, type SheetState, SWIPE_PX } from './sheet-state';

interface Props {
  state: SheetState;
  onChange: (next: SheetState) => void;
  /** The element that moves with the finger. */
  sheetRef: RefObject<HTMLElement | null>;
  /** The id of what the sheet shows (aria-controls). */
  controls: string;
}

export function SheetHandle({ state, onChange, sheetRef, controls }: Props) {
  const drag = useRef<{ id: number; y: number } | null>(null);
  // A swipe ends with a click on the handle too; that click must not toggle the sheet again.
  const swiped = useRef(false);

  const follow = (dy: number) => {
    const sheet = sheetRef.current;
    if (sheet) sheet.style.transform = dy > 0 ? `translateY(${dy}px)` : '';
  };
  const end = (e: PointerEvent<HTMLButtonElement>, apply: boolean) => {
    const start = drag.current;
    if (!start || start.id !== e.pointerId) return;
    drag.current = null;
    follow(0);
    const dy = e.clientY - start.y;
    if (!apply || Math.abs(dy) < SWIPE_PX) return;
    swiped.current = true;
    onChange(afterDrag(state, dy));
  };

  return (
    <button
      type="button"
      className="sheet-handle"
      data-testid="sheet.handle"
      aria-label={handleLabel(state)}
      aria-expanded={state !== 'peek'}
      aria-controls={controls}
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        drag.current = { id: e.pointerId, y: e.clientY };
        swiped.current = false;
        // Keeps the moves coming when the finger leaves the bar (it throws for a pointer that is
        // no longer down, which then needs no capture).
        try {
          e.currentTarget.setPointerCapture(e.pointerId);
        } catch {}
      }}
      onPointerMove={(e) => {
        const start = drag.current;
        if (start?.id === e.pointerId) follow(e.clientY - start.y);
      }}
      onPointerUp={(e) => end(e, true)}
      onPointerCancel={(e) => end(e, false)}
      onClick={() => {
        if (swiped.current) swiped.current = false;
        else onChange(afterDrag(state, 0));
      }}
    />
  );
}
