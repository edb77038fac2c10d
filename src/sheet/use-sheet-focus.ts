// Focus around a sheet: when it opens, remember where focus was; when it closes with focus inside
// it (or lost with the content it hid), give focus back there if that is still shown (a tab of the
// peeking sheet, a button on the page), else to `fallback` (the grab bar). The panel moves focus
// in on its own (to the country's name, Panel.tsx); a tab or the grab bar that opened the sheet
// keeps it. Where the element is not a sheet now (`isSheet`: the full app's on a wide screen),
// nothing opens or closes for the reader, and focus is left alone.
import { type RefObject, useLayoutEffect, useRef } from 'react';

function shown(element: HTMLElement | null): element is HTMLElement {
  return element?.isConnected === true && element.getClientRects().length > 0;
}

export function useSheetFocus(
  sheetRef: RefObject<HTMLElement | null>,
  open: boolean,
  fallback: () => HTMLElement | null = () => null,
  isSheet: () => boolean = () => true,
): void {
  const returnTo = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(open);
  useLayoutEffect(() => {
    if (open === wasOpen.current) return;
    wasOpen.current = open;
    if (!isSheet()) {
      returnTo.current = null;
      return;
    }
    if (open) {
      const active = document.activeElement;
      returnTo.current = active instanceof HTMLElement && active !== document.body ? active : null;
    }
    if (!open) {
      const target = returnTo.current;
      returnTo.current = null;
      const active = document.activeElement;
      const lost =
        !active ||
        active === document.body ||
        (sheetRef.current?.contains(active) && !shown(active as HTMLElement));
      if (lost) {
        const next = shown(target) ? target : fallback();
        next?.focus({ preventScroll: true });
      }
    }
  });
}
