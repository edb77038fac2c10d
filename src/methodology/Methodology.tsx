// The "Methodology" button and the dialog it opens.
import { DialogButton } from '../ui/DialogButton';
import './methodology.css';
import { MethodologyContent } from './MethodologyContent';

export function Methodology() {
  return (
    <DialogButton name="methodology" testId="methodology" label="Methodology" labelledBy="methodology-title">
      {(close) => <MethodologyContent onClose={close} />}
    </DialogButton>
  );
}
