// The "Methodology" button and the dialog it opens. The dialog's text and its stylesheet load
// with its content, after the map is drawn or when the dialog is first opened.
import { DialogButton } from '../ui/DialogButton';
import { lazyComponent, lazyModule, usePrefetchAfterMap } from '../ui/lazy-part';

const loadContent = lazyModule(() => import('./MethodologyContent'));
const MethodologyContent = lazyComponent(loadContent, (module) => module.MethodologyContent);

// The content's heading, here so the dialog can show it before its content arrives.
const METHODOLOGY_TITLE = 'How this map is made';

export function Methodology() {
  usePrefetchAfterMap(loadContent);
  return (
    <DialogButton
      name="methodology"
      testId="methodology"
      label="Methodology"
      title={METHODOLOGY_TITLE}
      closeLabel="Close methodology"
      part="The methodology"
      widthRem={44}
    >
      {() => <MethodologyContent />}
    </DialogButton>
  );
}
