// The full app's bottom sheet on a narrow screen (below NARROW_QUERY, with scripts): over the
// map's foot it peeks with its tabs (the panel, the country list, the key, the timeline);
// selecting a country opens it at half height on the country, with the map's upper part (and the
// country, sheet-camera.ts) in view above. The grab bar expands it to read everything, scrolled
// inside. Dismissed by a swipe down, its Close button, Escape or Back, it returns to the map.
// Non-modal: a region the keyboard reaches in page order; focus moves into it on opening (the
// panel focuses the country's name) and back to where it was on closing.
// The same markup at every width: on a wide screen (and without scripts) app-sheet.css hides its
// grab bar, tabs and Close and the page lays its panels out around the map (app.css), so its
// state only shows, and its camera and focus moves only act, on a narrow screen.
import { useId, useState } from 'react';

import { isNarrow } from './narrow';
import { SheetClose } from './SheetClose';
import { SheetHandle } from './SheetHandle';
import { type SheetTab, SheetTabs } from './SheetTabs';
import { useSheetState } from './use-sheet-state';
import './sheet.css';
import './app-sheet.css';

interface Props {
  tabs: readonly SheetTab[];
  /** The panels' order in the page (the wide layout's reading order), if not the tabs'. */
  panelOrder?: readonly string[];
}

export function AppSheet({ tabs, panelOrder }: Props) {
  const [tab, setTab] = useState(tabs[0]?.id ?? '');
  // A new selection opens the sheet on the country's panel (the first tab). A cleared one leaves
  // the sheet as it is (the panel's "Coalition overview" link clears it to read the overview);
  // the ways to close close it.
  const { state, setState, close, change, sheetRef, sheetProps } = useSheetState<HTMLElement>({
    closeOnClear: false,
    onOpen: () => setTab(tabs[0]?.id ?? ''),
    isSheet: isNarrow,
  });
  const id = useId();

  const open = state !== 'peek';
  return (
    <section {...sheetProps} className="app-sheet" data-testid="sheet" aria-label="Map details">
      <SheetHandle state={state} onChange={change} sheetRef={sheetRef} controls={`${id}-body`} />
      <SheetTabs
        id={id}
        tabs={tabs}
        current={tab}
        open={open}
        onPick={(next) => {
          setTab(next);
          if (!open) setState('half');
        }}
        after={open && <SheetClose onClose={close} />}
        panelOrder={panelOrder}
      />
    </section>
  );
}
