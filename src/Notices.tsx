// Messages the reader must see, such as a link naming a country this map does not have. Visible
// until dismissed; the text comes from the URL parser and is rendered as text, never as HTML.
import { useShallow } from 'zustand/react/shallow';

import { useAppStore } from './store/store';

export function Notices() {
  const notices = useAppStore(useShallow((s) => s.notices));
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <ul className="notices" aria-label="Notices">
      {notices.map((text, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: notices can repeat; the position is their identity
        <li key={i} className="notice" data-testid="notice" role="status">
          <span>{text}</span>
          <button type="button" onClick={() => dismiss(i)} aria-label="Dismiss this notice">
            Dismiss
          </button>
        </li>
      ))}
    </ul>
  );
}
