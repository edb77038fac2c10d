// How far the bottom sheet reaches up over the map (CSS px), for the static picture: before
// MapLibre has drawn, and when WebGL cannot run, it is the map, and it keeps the selected country
// in sight above the sheet as the WebGL map's camera does. useSheetCamera writes each measure;
// 0 where no sheet covers the map (a wide screen, a closed sheet) and on the server, so the
// prerendered picture and its hydration never move.
import { useSyncExternalStore } from 'react';

let covered = 0;
/** The value the picture reads: `covered` as of the last frame. */
let published = 0;
let pending = 0;
const listeners = new Set<() => void>();

function publish(): void {
  pending = 0;
  if (published === covered) return;
  published = covered;
  for (const listener of listeners) listener();
}

/**
 * The sheet's reach, measured. The picture hears of it in the next frame: the frame in which the
 * sheet opens (the panel answering the reader's tap) is painted first, and the picture's move,
 * which lays out its paths again, comes after it.
 */
export function setSheetCover(px: number): void {
  covered = px;
  if (pending === 0 && typeof requestAnimationFrame === 'function') pending = requestAnimationFrame(publish);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const current = () => published;
const none = () => 0;

export function useSheetCover(): number {
  return useSyncExternalStore(subscribe, current, none);
}
