// The Embed dialog's content: the code a newsroom pastes into its article, an iframe of the view
// on screen (country and filter) and the optional resize script. A chunk of its own, loaded when
// the dialog is first wanted; EmbedDialog.tsx draws the button, the title and Close.
import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { summary } from '../data/dataset';
import { isDefaultFilter, selectionName } from '../store/selectors';
import { useAppStore } from '../store/store';
import { stateToHash, urlStateOf } from '../store/url';
import type { ThemeName } from '../theme/palette';
import { requestedTheme } from '../theme/theme';
import './embed-dialog.css';
import { fullSnippet } from './snippet';

const BASE_TITLE = "Map: who backs Ukraine's “coalition of the willing” (2025)";

type CopyStatus = 'idle' | 'copied' | 'selected';
type ThemeChoice = ThemeName | 'system';

/** The frame's title names the country shown, so a screen reader says more than "map". */
export function frameTitle(countryName: string | null): string {
  return countryName ? `${BASE_TITLE}, showing ${countryName}` : BASE_TITLE;
}

export function EmbedCode() {
  // The whole view the URL holds (country, claim, filter, timeline date, panel view).
  const view = useAppStore(useShallow(urlStateOf));
  const { selected, stances } = view;
  const countryName = selectionName(summary, selected);
  // Light unless this page was itself opened in a theme: most article pages are light, and a frame
  // that followed the reader's system could turn dark inside a light page.
  const [theme, setTheme] = useState<ThemeChoice>(requestedTheme() ?? 'light');
  const code = fullSnippet(window.location, {
    hash: stateToHash(view),
    title: frameTitle(countryName),
    theme: theme === 'system' ? null : theme,
  });
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState<CopyStatus>('idle');

  // The view can change behind the dialog (Back/Forward): a stale "Copied" would be a lie.
  // biome-ignore lint/correctness/useExhaustiveDependencies: code is the trigger, not a value read.
  useEffect(() => setStatus('idle'), [code]);

  const selectAll = () => {
    codeRef.current?.focus();
    codeRef.current?.select();
    setStatus('selected');
  };

  const copy = async () => {
    try {
      // Missing outside secure contexts, and refused when the page may not write the clipboard.
      if (!navigator.clipboard) throw new Error('no clipboard API');
      await navigator.clipboard.writeText(code);
      setStatus('copied');
    } catch {
      selectAll();
    }
  };

  return (
    <div className="embed-code">
      <p>
        Paste this into your page. It shows the view on screen now
        {countryName ? ` (${countryName}` : ' (the overview'}
        {isDefaultFilter(stances) ? ')' : ', with the current filter)'}. The script is optional: it sizes the
        frame to fit its content.
      </p>
      <label htmlFor="embed-theme">Colours</label>
      <select
        id="embed-theme"
        data-testid="embed.theme"
        value={theme}
        onChange={(e) => setTheme(e.currentTarget.value as ThemeChoice)}
      >
        <option value="light">Light</option>
        <option value="dark">Dark</option>
        <option value="system">The reader's system setting</option>
      </select>
      <label htmlFor="embed-code-text">Embed code</label>
      <textarea
        id="embed-code-text"
        ref={codeRef}
        data-testid="embed.code"
        readOnly
        rows={5}
        spellCheck={false}
        value={code}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="embed-code-actions">
        <button type="button" data-testid="embed.copy" onClick={copy}>
          Copy code
        </button>
        <span role="status" data-testid="embed.status">
          {status === 'copied' && 'Copied to the clipboard.'}
          {status === 'selected' && 'The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.'}
        </span>
      </div>
    </div>
  );
}
