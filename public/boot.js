// Runs before the page is first drawn (a blocking script in <head>, so it is tiny and has no
// imports; the build puts it inline in every page, scripts/vite-csp-plugin.ts, the dev server
// serves it as this file). It tells the CSS three things, so the prerendered page's first paint
// is already right: scripts run (data-js: on a narrow screen the page is one screen with a bottom sheet,
// src/sheet/narrow-layout.css; without scripts it stays one readable column), an embed
// (the embed/ page, or ?embed=1) hides the full page, which the embed's own layout replaces, and the theme
// (?theme=light|dark, else the system's) colours it. src/main.tsx and src/theme/theme.ts make the
// same decisions (e2e/first-paint.spec.ts checks they agree) and keep them current afterwards.
// Until the app has started it also notes a tap on the map picture, for the app to answer.
(() => {
  const params = new URLSearchParams(location.search);
  const root = document.documentElement;
  root.dataset.js = '';
  const embed = params.get('embed');
  const embedPage = /\/embed\/(?:index\.html)?$/.test(location.pathname);
  if (embedPage || (embed !== null && embed !== '0' && embed !== 'false')) root.dataset.embed = '';
  let theme = (params.get('theme') || '').toLowerCase();
  if (theme !== 'light' && theme !== 'dark') {
    theme =
      typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches
        ? 'dark'
        : 'light';
  }
  root.dataset.theme = theme;
  // A tap on a country of the map picture before the app has taken the page (its script still on
  // the way over a slow network) is noted on <html data-early-tap>, the last one counting; the app
  // answers it once it has (src/map/static/early-tap.ts), so the reader need not tap again.
  const noteEarlyTap = (event) => {
    if (root.dataset.appStarted !== undefined) {
      document.removeEventListener('click', noteEarlyTap, true);
      return;
    }
    const country = event.target instanceof Element && event.target.closest('.first-paint [data-iso3]');
    if (country) root.dataset.earlyTap = country.getAttribute('data-iso3');
  };
  document.addEventListener('click', noteEarlyTap, true);
})();
