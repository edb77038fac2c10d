// A button that opens a native modal <dialog>: the browser traps focus inside it, makes the page
// behind it inert and closes it on Escape; we give focus back to the button ourselves as well,
// since not every browser restores it on close. The dialog's content mounts only while it is open.
//
// The title and Close button are drawn here, at once; the content may come from a chunk loaded
// on first open (lazy-part.tsx), so the dialog says "Loading…" meanwhile, and if the chunk cannot
// be loaded it says so in place, with a Retry, and can still be closed.
import { type ReactNode, useEffect, useRef, useState } from 'react';

import { ErrorBoundary } from '../ErrorBoundary';
import './dialog.css';

interface DialogButtonProps {
  /**
   * Class of the button (`<name>-button`) and the dialog (`<name>-dialog`), and the id of its
   * title (`<name>-title`).
   */
  name: string;
  /** Test id of the button; the dialog is `<testId>.dialog`, its Close button `<testId>.close`. */
  testId: string;
  label: string;
  /** The dialog's heading, which also names it for screen readers. */
  title: string;
  /** The Close button's accessible name, e.g. "Close methodology". */
  closeLabel: string;
  /** What the reader loses if the content fails, e.g. "The methodology". */
  part: string;
  /** Widest the dialog gets, in rem (narrow screens get the screen's width less a margin). */
  widthRem: number;
  children: (close: () => void) => ReactNode;
}

export function DialogButton(props: DialogButtonProps) {
  const { name, testId, label, title, closeLabel, part, widthRem, children } = props;
  const [open, setOpen] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  // Through CSSOM, not a style attribute: the prerendered page's CSP allows no inline styles.
  useEffect(() => {
    dialogRef.current?.style.setProperty('--dialog-width', `${widthRem}rem`);
  }, [widthRem]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  // Runs for every way the dialog closes: Escape, a close button, or open turning false.
  const onClose = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const close = () => setOpen(false);

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={`app-dialog-button ${name}-button`}
        data-testid={testId}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      <dialog
        ref={dialogRef}
        className={`app-dialog ${name}-dialog`}
        data-testid={`${testId}.dialog`}
        aria-labelledby={`${name}-title`}
        onClose={onClose}
      >
        {/* The title bar is a div: a <header> outside an article would be the page's banner. */}
        {open && (
          <>
            <div className="app-dialog-header">
              <h2 id={`${name}-title`}>{title}</h2>
              <button type="button" data-testid={`${testId}.close`} aria-label={closeLabel} onClick={close}>
                Close
              </button>
            </div>
            <div className="app-dialog-content">
              <ErrorBoundary part={part}>{children(close)}</ErrorBoundary>
            </div>
          </>
        )}
      </dialog>
    </>
  );
}
