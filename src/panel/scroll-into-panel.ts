// Brings an element of the panel into view without `scrollIntoView`, which would also scroll the
// page around an embedded frame: the panel's own scroller is scrolled, and the page only when
// the app is the top-level page (the narrow layout, where the panel does not scroll by itself).

/** The nearest ancestor that scrolls vertically, or null. */
function scrollerOf(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight)
      return node;
  }
  return null;
}

/** Space left above the element, so its top edge is not flush with the scroller's. */
const MARGIN = 12;

export function scrollIntoPanel(element: HTMLElement): void {
  const scroller = scrollerOf(element);
  if (scroller) {
    const offset = element.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    scroller.scrollTop += offset - MARGIN;
  }
  if (window.parent !== window) return;
  const { top, bottom } = element.getBoundingClientRect();
  if (top < 0 || bottom > window.innerHeight) window.scrollBy({ top: top - MARGIN });
}
