// Host-page script for embed-example.html (a real newsroom page would inline it). It logs every
// message the page receives and wires the buttons that drive the first map through embed.js.
(() => {
  const log = document.querySelector('[data-testid="host-log"]');
  const frames = ['map-a', 'map-b', 'map-c'].map((id) => document.getElementById(id));

  /** Which of our frames sent a message: "map-a", "map-b", "map-c", or "other". */
  function senderOf(source) {
    const frame = frames.find((f) => f && f.contentWindow === source);
    return frame ? frame.id : 'other';
  }

  function asText(data) {
    try {
      return typeof data === 'string' ? data : JSON.stringify(data);
    } catch (_error) {
      return String(data);
    }
  }

  window.addEventListener('message', (event) => {
    const item = document.createElement('li');
    const type = event.data && typeof event.data === 'object' ? String(event.data.type) : '';
    item.dataset.frame = senderOf(event.source);
    item.dataset.type = type;
    // textContent, never innerHTML: a message is untrusted text.
    item.textContent = `${item.dataset.frame}: ${asText(event.data)}`;
    log.append(item);
  });

  const first = frames[0];
  /** embed.js loads async; the buttons only work once it has. */
  function withApi(action) {
    return () => {
      if (!window.CoalitionMap) {
        console.warn('embed.js has not loaded yet');
        return;
      }
      action(window.CoalitionMap);
    };
  }

  document.getElementById('select-fra').addEventListener(
    'click',
    withApi((api) => api.select(first, 'FRA')),
  );
  document.getElementById('select-none').addEventListener(
    'click',
    withApi((api) => api.select(first, null)),
  );
  document.getElementById('filter-troops').addEventListener(
    'click',
    withApi((api) => api.filter(first, ['troops'])),
  );
  // Tagged as ours but wrong in every field: the map must ignore it and change nothing.
  document.getElementById('send-malformed').addEventListener('click', () => {
    first.contentWindow.postMessage({ source: 'coalition-map', type: 'select', iso3: 'ATLANTIS' }, '*');
    first.contentWindow.postMessage({ source: 'coalition-map', type: 'filter', stances: 'all' }, '*');
    first.contentWindow.postMessage('select FRA', '*');
  });
})();
