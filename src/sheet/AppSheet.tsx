// The full app's bottom sheet on a narrow screen (App.tsx, below NARROW_QUERY): over the map's
// foot it peeks with its tabs (the panel, the country list, the key, the timeline); selecting a
// country opens it at half height on the country, with the map's upper part (and the country,
// sheet-camera.ts) in view above. The grab bar expands it to read everything, scrolled inside.
// Dismissed by a swipe down, its Close button, Escape or Back, it returns to the map. Non-modal:
// a region the keyboard reaches in page order; focus moves into it on opening (the panel focuses
// the country's name) and back to where it was on closing.
import { useId, useState } from 'react';

import { SheetClose } from './SheetClose';
import { SheetHandle } from './SheetHandle';
import { type SheetTab, SheetTabs } from './SheetTabs';
import { useSheetState } from './use-sheet-state';
import './sheet.css';

export function AppSheet({ tabs }: { tabs: readonly SheetTab[] }) {
  const [tab, setTab] = useState(tabs[0]?.id ?? '');
  // A new selection opens the sheet on the country's panel (the first tab). A cleared one leaves
  // the sheet as it is (the panel's "Coalition overview" link clears it to read the overview);
  // the ways to close close it.
  const { state, setState, close, change, sheetRef, sheetProps } = useSheetState<HTMLElement>({
    closeOnClear: false,
    onOpen: () => setTab(tabs[0]?.id ?? ''),
  });
  const id = useId();

  const open = state !== 'peek';
  return (
    <section {...sheetProps} className="sheet app-sheet" data-testid="sheet" aria-label="Map details">
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
      />
    </section>
  );
}
