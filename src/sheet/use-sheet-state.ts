// What the full app's sheet (AppSheet) and an embed's (EmbedSheet) do alike: open at half height
// on a new selection; close (and clear the selection, so tapping the country again reopens it) by
// the grab bar's swipe down, the Close button, Escape or Back; expand when the reader reads on;
// move focus in and back out (use-sheet-focus.ts); keep the country in sight (use-sheet-camera.ts).
// They differ only in what a cleared selection does to an open sheet, and what opening resets.
import { useEffect, useEffectEvent, useRef, useState } from 'react';

import { appStore, useAppStore } from '../store/store';
import type { SheetState } from './sheet-state';
import { useSheetCamera } from './use-sheet-camera';
import { useSheetFocus } from './use-sheet-focus';

interface Options {
  /** True: a cleared selection (the host, Escape, "Coalition overview") closes the sheet. False:
   *  it leaves the sheet as it is (the full app's overview is read in the open sheet). */
  closeOnClear: boolean;
  /** Called, during the render, when a new selection opens the sheet (the app shows its first tab). */
  onOpen?: () => void;
  /** Whether the element is laid out as a sheet now, asked when it would act on the page (the
   *  camera, focus, reading on): the full app's is one only on a narrow screen. Its state is kept
   *  at every width all the same, so a window made narrow shows the sheet as it stands. */
  isSheet?: () => boolean;
}

const always = () => true;

export function useSheetState<E extends HTMLElement>({ closeOnClear, onOpen, isSheet = always }: Options) {
  const selected = useAppStore((s) => s.selected);
  const select = useAppStore((s) => s.select);
  const [state, setState] = useState<SheetState>(selected ? 'half' : 'peek');
  const [seen, setSeen] = useState(selected);
  const sheetRef = useRef<E>(null);

  // A new selection (tap, list, link, host message) opens the sheet on it, in the same render as
  // the panel shows it.
  if (seen !== selected) {
    setSeen(selected);
    if (selected !== null) {
      setState('half');
      onOpen?.();
    } else if (closeOnClear) setState('peek');
  }

  const close = () => {
    setState('peek');
    if (appStore.getState().selected !== null) select(null);
  };
  /** Where the grab bar moves the sheet (SheetHandle.tsx). */
  const change = (next: SheetState) => (next === 'peek' ? close() : setState(next));
  // Reading on (a finger or a wheel moving the content) expands a half-open sheet.
  const expandOnRead = (e: { target: EventTarget }) => {
    if (state !== 'half' || !(e.target instanceof Element) || !e.target.closest('.sheet-body')) return;
    if (isSheet()) setState('full');
  };

  // Focus lost with the content a closing sheet hid goes to the grab bar, if it is shown.
  useSheetFocus(
    sheetRef,
    state !== 'peek',
    () => sheetRef.current?.querySelector<HTMLElement>('.sheet-handle') ?? null,
    isSheet,
  );

  // Escape and Back close it (App's Escape handler and the URL clear the selection as well).
  // Listened to once, for the whole life of the sheet: a listener swapped during an event's
  // dispatch (App's Escape handler re-renders the sheet) would never be called.
  const onEscape = useEffectEvent((e: KeyboardEvent) => {
    if (e.key !== 'Escape' || state === 'peek' || e.defaultPrevented) return;
    if (!document.querySelector('dialog[open]')) close();
  });
  const onBack = useEffectEvent(() => {
    if (state !== 'peek' && appStore.getState().selected === null) setState('peek');
  });
  useEffect(() => {
    const key = (e: KeyboardEvent) => onEscape(e);
    // Looked at once the whole event is handled: the URL's own listener (url-sync.ts, bound after
    // the first commit, so after this one) is what clears the selection.
    let later = 0;
    const back = () => {
      clearTimeout(later);
      later = window.setTimeout(() => onBack());
    };
    document.addEventListener('keydown', key);
    window.addEventListener('popstate', back);
    return () => {
      clearTimeout(later);
      document.removeEventListener('keydown', key);
      window.removeEventListener('popstate', back);
    };
  }, []);

  useSheetCamera(sheetRef, state, selected, isSheet);

  /** The sheet element's own props: its ref, its state for the CSS, reading on expands it. */
  const sheetProps = { ref: sheetRef, 'data-state': state, onTouchMove: expandOnRead, onWheel: expandOnRead };
  return { state, setState, close, change, sheetRef, sheetProps };
}
