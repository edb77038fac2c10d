// The "Embed" button of the full app and its dialog. The code builder (EmbedDialogContent.tsx,
// with snippet.ts) loads after the map is drawn or when the dialog is first opened.
import { DialogButton } from '../ui/DialogButton';
import { lazyComponent, lazyModule, usePrefetchAfterMap } from '../ui/lazy-part';

const loadContent = lazyModule(() => import('./EmbedDialogContent'));
const EmbedCode = lazyComponent(loadContent, (module) => module.EmbedCode);

export function EmbedDialog() {
  usePrefetchAfterMap(loadContent);
  return (
    <DialogButton
      name="embed"
      testId="embed"
      label="Embed"
      title="Embed this map"
      closeLabel="Close embed code"
      part="The embed code"
      widthRem={40}
    >
      {() => <EmbedCode />}
    </DialogButton>
  );
}
