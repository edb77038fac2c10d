/*
 * Coalition Map embed helper, for the page that hosts the map in an iframe.
 * Include it once, anywhere: <script src="https://MAP-HOST/embed.js" async></script>
 *
 * - Resizes each map iframe to the height its content needs (the frame posts it).
 * - Re-dispatches every message a map frame posts as a "coalition-map:message" DOM event on
 *   its iframe element (event.detail is a copy of the message: ready, height, select, filter).
 * - window.CoalitionMap.select(iframe, "GBR" | null) and .filter(iframe, ["troops", ...]) drive a
 *   frame as a click would.
 *
 * Only messages tagged source: "coalition-map" that come from one of this page's iframes are
 * used, and only in the documented shapes; everything else is ignored. Including the file twice
 * is harmless (the second copy finds window.CoalitionMap and stops). No other global is defined.
 */
(() => {
  if (window.CoalitionMap) return;

  const SOURCE = 'coalition-map';
  const MIN_HEIGHT = 100;
  const MAX_HEIGHT = 10000;

  /** The iframe whose window posted the message, marked ones first; null if none of ours. */
  function frameOf(win) {
    if (!win) return null;
    const marked = document.querySelectorAll('iframe[data-coalition-map]');
    // Listen generally too: a map pasted without the data attribute still sizes itself.
    const all = document.querySelectorAll('iframe');
    for (const list of [marked, all]) {
      for (const iframe of list) if (iframe.contentWindow === win) return iframe;
    }
    return null;
  }

  /** A clean copy of a message in one of the shapes a map frame posts, or null. */
  function readMessage(data) {
    if (typeof data !== 'object' || data === null || data.source !== SOURCE) return null;
    switch (data.type) {
      case 'ready':
        // map: what the frame shows, "webgl", "static" (no WebGL) or "offscreen" (paused far away).
        if (data.map !== 'webgl' && data.map !== 'static' && data.map !== 'offscreen') return null;
        return { source: SOURCE, type: 'ready', map: data.map };
      case 'height':
        if (typeof data.height !== 'number' || !Number.isFinite(data.height)) return null;
        if (data.height < MIN_HEIGHT || data.height > MAX_HEIGHT) return null;
        return { source: SOURCE, type: 'height', height: Math.ceil(data.height) };
      case 'select':
        if (data.iso3 !== null && (typeof data.iso3 !== 'string' || !/^[A-Z]{3}$/.test(data.iso3)))
          return null;
        return { source: SOURCE, type: 'select', iso3: data.iso3 };
      case 'filter':
        if (!Array.isArray(data.stances) || data.stances.length > 20) return null;
        if (!data.stances.every((stance) => typeof stance === 'string')) return null;
        return { source: SOURCE, type: 'filter', stances: data.stances.slice() };
      default:
        return null;
    }
  }

  window.addEventListener('message', (event) => {
    let message;
    try {
      message = readMessage(event.data);
    } catch (_error) {
      return; // a hostile object (getters, proxies) from some other frame: not ours
    }
    if (!message) return;
    const iframe = frameOf(event.source);
    if (!iframe) return;
    if (message.type === 'height') iframe.style.height = `${message.height}px`;
    iframe.dispatchEvent(new CustomEvent('coalition-map:message', { detail: message }));
  });

  /**
   * Posts to a map frame. targetOrigin is "*" because a sandboxed frame's origin is opaque, so
   * naming the map's origin would drop the message; the frame checks every message it gets.
   */
  function send(iframe, message) {
    if (!iframe?.contentWindow) throw new TypeError('CoalitionMap: pass the map <iframe> element');
    iframe.contentWindow.postMessage(message, '*');
  }

  window.CoalitionMap = Object.freeze({
    select: (iframe, iso3) =>
      send(iframe, { source: SOURCE, type: 'select', iso3: iso3 === undefined ? null : iso3 }),
    filter: (iframe, stances) =>
      send(iframe, { source: SOURCE, type: 'filter', stances: Array.from(stances) }),
  });
})();
