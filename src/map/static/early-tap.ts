// A tap on the map picture before the app has started is not lost. On a slow network the
// prerendered page, picture and all, is on screen a second or more before its script has run, and
// the picture is what a reader taps. The page's boot script (public/boot.js) notes the country
// tapped on <html data-early-tap> until React takes the page; once React has hydrated it, the app
// answers that tap as the tap it was: a click on that country in the picture, which the picture
// handles like any other (the panel, the sheet, the address). A tap while React hydrates needs no
// note: the browser delivers it after hydration, to React's own listeners.

/** React is about to take the page: from here on its listeners get the taps, not boot.js's note. */
export function stopNotingEarlyTaps(): void {
  document.documentElement.dataset.appStarted = '';
}

/** After React's first commit: answer the tap noted before it, if there was one. */
export function answerEarlyTap(root: ParentNode): void {
  const html = document.documentElement;
  const iso3 = html.dataset.earlyTap;
  delete html.dataset.earlyTap;
  if (!iso3) return;
  const country = root.querySelector(`.first-paint [data-iso3="${CSS.escape(iso3)}"]`);
  country?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
}
