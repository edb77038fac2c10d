// The rendered size of an element, kept current with a ResizeObserver: the static map needs the
// same canvas size MapLibre would use to frame its bounds identically.
import { type RefObject, useLayoutEffect, useState } from 'react';

export type Size = { width: number; height: number };

/** {0, 0} until measured (and on the server, where layout effects do not run). */
export function useElementSize(ref: RefObject<Element | null>): Size {
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => {
      const { width, height } = element.getBoundingClientRect();
      setSize((previous) =>
        previous.width === width && previous.height === height ? previous : { width, height },
      );
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
