// The full app's bottom sheet on a narrow screen (App.tsx, below NARROW_QUERY): over the map's
// foot it peeks with its tabs (the panel, the country list, the key, the timeline); selecting a
// country opens it at half height on the country, with the map's upper part (and the country,
// sheet-camera.ts) in view above. The grab bar expands it to read everything, scrolled inside.
// Dismissed by a swipe down, its Close button, Escape or Back, it returns to the map. Non-modal:
// a region the keyboard reaches in page order; focus moves into it on opening (the panel focuses
// the country's name) and back to where it was on closing.
import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';

import { appStore, useAppStore } from '../store/store';
import { SheetHandle } from './SheetHandle';
import { type SheetTab, SheetTabs } from './SheetTabs';
import type { SheetState } from './sheet-state';
import { useSheetCamera } from './use-sheet-camera';
import { useSheetFocus } from './use-sheet-focus';
import './sheet.css';

export function AppSheet({ tabs }: { tabs: readonly SheetTab[] }) {
  const selected = useAppStore((s) => s.selected);
  const select = useAppStore((s) => s.select);
  const [state, setState] = useState<SheetState>(selected ? 'half' : 'peek');
  const [tab, setTab] = useState(tabs[0]?.id ?? '');
  const [seen, setSeen] = useState(selected);
  const sheetRef = useRef<HTMLElement>(null);
  const id = useId();

  // A new selection (tap, list, link, host message) opens the sheet on it, in the same render as
  // the panel shows it. A cleared one leaves the sheet as it is (the panel's "Coalition
  // overview" link clears it to read the overview); the ways to close close it.
  if (seen !== selected) {
    setSeen(selected);
    if (selected !== null) {
      setState('half');
      setTab(tabs[0]?.id ?? '');
    }
  }

  // Closing returns to the map: the selection goes too (so tapping the country again reopens it).
  const close = () => {
    setState('peek');
    if (appStore.getState().selected !== null) select(null);
  };
  const change = (next: SheetState) => (next === 'peek' ? close() : setState(next));
  // Reading on (a finger or a wheel moving the content) expands a half-open sheet.
  const expandOnRead = (e: { target: EventTarget }) => {
    if (state === 'half' && e.target instanceof Element && e.target.closest('.sheet-body')) setState('full');
  };

  useSheetFocus(
    sheetRef,
    state !== 'peek',
    () => sheetRef.current?.querySelector<HTMLElement>('.sheet-handle') ?? null,
  );

  // Escape and Back close it (App's Escape handler and the URL clear the selection as well).
  // Listened to once, for the whole life of the sheet: App's handler runs first and re-renders
  // the sheet, and a listener swapped during that event's dispatch would never be called.
  const onEscape = useEffectEvent((e: KeyboardEvent) => {
    if (e.key !== 'Escape' || state === 'peek' || e.defaultPrevented) return;
    if (!document.querySelector('dialog[open]')) close();
  });
  const onBack = useEffectEvent(() => {
    if (state !== 'peek' && appStore.getState().selected === null) setState('peek');
  });
  useEffect(() => {
    const key = (e: KeyboardEvent) => onEscape(e);
    const back = () => onBack();
    document.addEventListener('keydown', key);
    window.addEventListener('popstate', back);
    return () => {
      document.removeEventListener('keydown', key);
      window.removeEventListener('popstate', back);
    };
  }, []);

  useSheetCamera(sheetRef, state, selected);

  const open = state !== 'peek';
  return (
    <section
      ref={sheetRef}
      className="sheet app-sheet"
      data-state={state}
      data-testid="sheet"
      aria-label="Map details"
      onTouchMove={expandOnRead}
      onWheel={expandOnRead}
    >
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
        after={
          open && (
            <button type="button" className="sheet-close" data-testid="sheet.close" onClick={close}>
              <span aria-hidden="true">✕</span>
              <span className="visually-hidden">Close the panel</span>
            </button>
          )
        }
      />
    </section>
  );
}
