// False while React renders on the server (the prerender) and while it hydrates that markup, true
// from the first render after: controls that need JavaScript (Reset view, "Loading the map…")
// appear only once they work, and the hydrating render matches the prerendered HTML exactly.
import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
