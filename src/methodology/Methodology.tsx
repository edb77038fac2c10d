// The "Methodology" button and the dialog it opens. A native modal <dialog>: the browser traps
// focus inside it, makes the page behind it inert, and closes it on Escape; we give focus back
// to the button ourselves as well, since not every browser restores it on close.
import { useEffect, useRef, useState } from 'react';

import './methodology.css';
import { MethodologyContent } from './MethodologyContent';

export function Methodology() {
  const [open, setOpen] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  // Runs for every way the dialog closes: Escape, the close button, or open turning false.
  const onClose = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="methodology-button"
        data-testid="methodology"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        Methodology
      </button>
      <dialog
        ref={dialogRef}
        className="methodology-dialog"
        data-testid="methodology.dialog"
        aria-labelledby="methodology-title"
        onClose={onClose}
      >
        {open && <MethodologyContent onClose={() => setOpen(false)} />}
      </dialog>
    </>
  );
}
