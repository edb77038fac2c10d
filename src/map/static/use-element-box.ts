// The rendered size of an element, and the box of its parent it sits in, kept current with a
// ResizeObserver: the static map needs the same canvas size MapLibre would use to frame its bounds
// identically, and the map area's box (the parent's: the first paint's picture is inset in it by
// the fitting padding) to keep a country in sight above a sheet as MapLibre's camera would.
import { type RefObject, useLayoutEffect, useState } from 'react';

/** The parent's box, and where the element's top-left corner sits in it (CSS px). */
export type Area = { width: number; height: number; left: number; top: number };
export type ElementBox = { width: number; height: number; area: Area };

const UNMEASURED: ElementBox = { width: 0, height: 0, area: { width: 0, height: 0, left: 0, top: 0 } };

const sameBox = (a: ElementBox, b: ElementBox) =>
  a.width === b.width &&
  a.height === b.height &&
  a.area.width === b.area.width &&
  a.area.height === b.area.height &&
  a.area.left === b.area.left &&
  a.area.top === b.area.top;

/** Zeros until measured (and on the server, where layout effects do not run). */
export function useElementBox(ref: RefObject<Element | null>): ElementBox {
  const [box, setBox] = useState<ElementBox>(UNMEASURED);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const parent = element.parentElement;
    const update = () => {
      const own = element.getBoundingClientRect();
      // One read of each, after the same layout: the parent's box costs no layout of its own.
      const outer = parent?.getBoundingClientRect() ?? own;
      const next = {
        width: own.width,
        height: own.height,
        area: {
          width: outer.width,
          height: outer.height,
          left: own.left - outer.left,
          top: own.top - outer.top,
        },
      };
      setBox((previous) => (sameBox(previous, next) ? previous : next));
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(element);
    if (parent) observer.observe(parent);
    return () => observer.disconnect();
  }, [ref]);
  return box;
}
