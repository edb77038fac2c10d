// A button that opens a native modal <dialog>: the browser traps focus inside it, makes the page
// behind it inert and closes it on Escape; we give focus back to the button ourselves as well,
// since not every browser restores it on close. The dialog's content mounts only while it is open.
import { type ReactNode, useEffect, useRef, useState } from 'react';

import './dialog.css';

interface DialogButtonProps {
  /** Class and test id of the button; the dialog gets `<className>-dialog` and `<testId>.dialog`. */
  name: string;
  testId: string;
  label: string;
  /** Id of the heading inside the content that names the dialog. */
  labelledBy: string;
  children: (close: () => void) => ReactNode;
}

export function DialogButton({ name, testId, label, labelledBy, children }: DialogButtonProps) {
  const [open, setOpen] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

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
        aria-labelledby={labelledBy}
        onClose={onClose}
      >
        {open && children(() => setOpen(false))}
      </dialog>
    </>
  );
}
