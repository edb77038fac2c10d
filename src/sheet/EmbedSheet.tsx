// The panel of an embed. In a narrow frame (embed.css, below 720 px) it is a bottom sheet: closed
// until a country is selected (a tap, the list of a host message), then over the map's lower part
// and the controls under it, with the country still in view above (sheet-camera.ts); the grab
// bar expands it over the whole frame; a swipe down, Close or Escape close it and clear the
// selection. The frame's height never changes with it (hosts size the frame to the content).
// Back does not apply: an embed's history is replace-only (embed-history.ts). In a wide frame
// the same element sits beside the map, always open, without bar or Close (embed.css).
import { type ReactNode, useId, useRef, useState } from 'react';

import { appStore, useAppStore } from '../store/store';
import { SheetHandle } from './SheetHandle';
import type { SheetState } from './sheet-state';
import { useSheetCamera } from './use-sheet-camera';
import { useSheetFocus } from './use-sheet-focus';
import './sheet.css';

export function EmbedSheet({ children }: { children: ReactNode }) {
  const selected = useAppStore((s) => s.selected);
  const select = useAppStore((s) => s.select);
  const [state, setState] = useState<SheetState>(selected ? 'half' : 'peek');
  const [seen, setSeen] = useState(selected);
  const sheetRef = useRef<HTMLDivElement>(null);
  const id = useId();

  // Opens on a new selection; a cleared selection (Escape, the host, "Coalition overview") closes it.
  if (seen !== selected) {
    setSeen(selected);
    setState(selected !== null ? 'half' : 'peek');
  }
  const close = () => {
    setState('peek');
    if (appStore.getState().selected !== null) select(null);
  };
  const change = (next: SheetState) => (next === 'peek' ? close() : setState(next));
  // Reading on (a finger or a wheel moving the content) expands a half-open sheet.
  const expandOnRead = (e: { target: EventTarget }) => {
    if (state === 'half' && e.target instanceof Element && e.target.closest('.sheet-body')) setState('full');
  };

  useSheetFocus(sheetRef, state !== 'peek');
  useSheetCamera(sheetRef, state, selected);

  return (
    <div
      ref={sheetRef}
      className="sheet embed-sheet"
      data-state={state}
      data-testid="embed.sheet"
      onTouchMove={expandOnRead}
      onWheel={expandOnRead}
    >
      <div className="sheet-bar">
        <SheetHandle state={state} onChange={change} sheetRef={sheetRef} controls={`${id}-body`} />
        <button type="button" className="sheet-close" data-testid="sheet.close" onClick={close}>
          <span aria-hidden="true">✕</span>
          <span className="visually-hidden">Close the panel</span>
        </button>
      </div>
      <div id={`${id}-body`} className="sheet-body">
        {children}
      </div>
    </div>
  );
}
