// Focus around a sheet: when it opens, remember where focus was (outside the sheet); when it
// closes with focus inside it (or lost with the hidden content), give focus back there. The
// panel moves focus in on its own (to the country's name, Panel.tsx); a tab or the grab bar that
// opened the sheet keeps it.
import { type RefObject, useLayoutEffect, useRef } from 'react';

export function useSheetFocus(sheetRef: RefObject<HTMLElement | null>, open: boolean): void {
  const returnTo = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(open);
  useLayoutEffect(() => {
    if (open && !wasOpen.current) {
      const active = document.activeElement;
      returnTo.current =
        active instanceof HTMLElement && active !== document.body && !sheetRef.current?.contains(active)
          ? active
          : null;
    }
    if (!open && wasOpen.current) {
      const target = returnTo.current;
      returnTo.current = null;
      const active = document.activeElement;
      const lost = !active || active === document.body || sheetRef.current?.contains(active);
      if (lost && target?.isConnected) target.focus({ preventScroll: true });
    }
    wasOpen.current = open;
  }, [open, sheetRef]);
}
