// A part of the prerendered page that React hydrates after the rest. Each boundary's markup stays
// on screen as the build rendered it; React takes the page's frame first (the map picture, the
// sheet, the panel's heading) in one pass, and these parts in later, interruptible ones. A tap or a
// key on a part not yet hydrated hydrates it at once and is then handled (React replays it). On a
// slow phone the first pass is what a reader waits for before the picture answers a tap, and the
// overview's quotes are more than half of the page: a tap on a country replaces them unhydrated.
// A Suspense boundary whose children never suspend: nothing here ever shows a fallback.
import { type ReactNode, Suspense } from 'react';

export function HydrateLater({ children }: { children: ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>;
}
