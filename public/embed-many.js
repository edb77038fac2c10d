// Host-page script for embed-many.html: each caption shows what its map last reported (ready, the
// country shown). It listens to the frames' messages itself, from the start, so a frame that is
// ready before embed.js (async) has loaded is still heard. Text only, never markup.
(() => {
  const frames = [...document.querySelectorAll('iframe[data-coalition-map]')];

  window.addEventListener('message', (event) => {
    const iframe = frames.find((f) => f.contentWindow === event.source);
    const message = event.data;
    if (!iframe || typeof message !== 'object' || message === null) return;
    if (message.source !== 'coalition-map') return;
    const status = document.querySelector(`.status[data-frame="${iframe.id}"]`);
    if (!status) return;
    if (message.type === 'ready') {
      status.dataset.ready = 'true';
      status.textContent = 'Ready.';
    } else if (message.type === 'select' && (message.iso3 === null || typeof message.iso3 === 'string')) {
      status.dataset.selected = message.iso3 ?? '';
      status.textContent = `Ready, showing ${message.iso3 ?? 'the overview'}.`;
    }
  });
})();
