// The sheet's Close button: returns to the map (the sheet closes and the selection goes).
export function SheetClose({ onClose }: { onClose: () => void }) {
  return (
    <button type="button" className="sheet-close" data-testid="sheet.close" onClick={onClose}>
      <span aria-hidden="true">✕</span>
      <span className="visually-hidden">Close the panel</span>
    </button>
  );
}
