// The sheet's tabs (WAI-ARIA tabs: arrow keys, Home and End move between them) and their panels.
// Every panel is in the markup, always: the wide layout and readers without scripts show them
// all. The narrow sheet's CSS (app-sheet.css) shows only the current one ([data-current]), and
// none while the sheet peeks; the list keeps its search and the panel its focus bookkeeping.
import { type KeyboardEvent, type ReactNode, useRef } from 'react';

export interface SheetTab {
  id: string;
  label: string;
  content: ReactNode;
}

interface Props {
  /** Prefix of the tabs' and panels' ids. */
  id: string;
  tabs: readonly SheetTab[];
  current: string;
  /** False while the sheet peeks: no tab is selected (and the CSS shows no panel). */
  open: boolean;
  onPick: (id: string) => void;
  /** Shown at the end of the tabs' row (the sheet's Close button). */
  after?: ReactNode;
  /** The panels' order in the page, if not the tabs' (the order the wide layout reads them in). */
  panelOrder?: readonly string[];
}

const MOVES: Record<string, (i: number, last: number) => number> = {
  ArrowRight: (i, last) => (i >= last ? 0 : i + 1),
  ArrowLeft: (i, last) => (i <= 0 ? last : i - 1),
  Home: () => 0,
  End: (_, last) => last,
};

export function SheetTabs({ id, tabs, current, open, onPick, after, panelOrder }: Props) {
  const listRef = useRef<HTMLDivElement>(null);
  const onKey = (e: KeyboardEvent) => {
    const move = MOVES[e.key];
    if (!move) return;
    e.preventDefault();
    const at = tabs.findIndex((t) => t.id === current);
    const next = tabs[move(Math.max(at, 0), tabs.length - 1)];
    if (!next) return;
    onPick(next.id);
    listRef.current?.querySelector<HTMLElement>(`[data-tab="${next.id}"]`)?.focus();
  };
  return (
    <>
      <div className="sheet-tab-row">
        <div ref={listRef} className="sheet-tabs" role="tablist" aria-label="Map details" onKeyDown={onKey}>
          {tabs.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={`${id}-tab-${t.id}`}
              data-tab={t.id}
              data-testid={`sheet.tab-${t.id}`}
              aria-selected={open && t.id === current}
              aria-controls={`${id}-panel-${t.id}`}
              tabIndex={t.id === current ? 0 : -1}
              onClick={() => onPick(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
        {after}
      </div>
      <div id={`${id}-body`} className="sheet-body">
        {inOrder(tabs, panelOrder).map((t) => (
          <div
            key={t.id}
            role="tabpanel"
            id={`${id}-panel-${t.id}`}
            aria-labelledby={`${id}-tab-${t.id}`}
            className={`sheet-panel sheet-panel-${t.id}`}
            data-testid={`sheet.panel-${t.id}`}
            data-current={t.id === current ? '' : undefined}
          >
            {t.content}
          </div>
        ))}
      </div>
    </>
  );
}

/** The tabs in `order` (by id), any not named there after them. */
function inOrder(tabs: readonly SheetTab[], order: readonly string[] = []): readonly SheetTab[] {
  const at = (t: SheetTab) => {
    const i = order.indexOf(t.id);
    return i < 0 ? order.length : i;
  };
  return [...tabs].sort((a, b) => at(a) - at(b));
}
