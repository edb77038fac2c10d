// The panel of an embed. In a narrow frame (embed.css, below 720 px) it is a bottom sheet: closed
// until a country is selected (a tap, the list of a host message), then over the map's lower part
// and the controls under it, with the country still in view above (sheet-camera.ts); the grab
// bar expands it over the whole frame; a swipe down, Close or Escape close it and clear the
// selection. The frame's height never changes with it (hosts size the frame to the content).
// Back does not apply: an embed's history is replace-only (embed-history.ts). In a wide frame
// the same element sits beside the map, always open, without bar or Close (embed.css).
import { type ReactNode, useId } from 'react';

import { SheetClose } from './SheetClose';
import { SheetHandle } from './SheetHandle';
import { useSheetState } from './use-sheet-state';
import './sheet.css';

export function EmbedSheet({ children }: { children: ReactNode }) {
  // A cleared selection (Escape, the host, "Coalition overview") closes it.
  const { state, close, change, sheetRef, sheetProps } = useSheetState<HTMLDivElement>({
    closeOnClear: true,
  });
  const id = useId();

  return (
    <div {...sheetProps} className="sheet embed-sheet" data-testid="embed.sheet">
      <div className="sheet-bar">
        <SheetHandle state={state} onChange={change} sheetRef={sheetRef} controls={`${id}-body`} />
        <SheetClose onClose={close} />
      </div>
      <div id={`${id}-body`} className="sheet-body">
        {children}
      </div>
    </div>
  );
}
