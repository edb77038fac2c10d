// In an iframe, every history.pushState adds an entry to the TAB's history (the joint session
// history): the reader's Back button would step back through their clicks on the map before it
// left the article. So in embed mode the URL sync keeps the frame's hash current (the "Open full
// map" link and a reload still show the view) but never adds entries: push becomes replace.
import type { UrlWindow } from '../store/url-sync';

export function replaceOnlyHistory(win: UrlWindow): UrlWindow {
  return {
    // The live location object, not a copy: the sync reads the hash after every change.
    location: win.location,
    history: {
      pushState: (data, unused, url) => win.history.replaceState(data, unused, url),
      replaceState: (data, unused, url) => win.history.replaceState(data, unused, url),
    },
    addEventListener: (type, listener) => win.addEventListener(type, listener),
    removeEventListener: (type, listener) => win.removeEventListener(type, listener),
  };
}
