// When React cannot take the page at all (renderApp throws), the prerendered page would stay on
// screen looking alive: say what failed instead, and how to recover. (A missing map chunk is the
// map's own failure: MapArea says so where the map is, with a Retry.)
export function showStartFailure(root: HTMLElement, error: Error): void {
  console.error('The app could not start:', error);
  const message = document.createElement('p');
  message.className = 'start-failure';
  message.setAttribute('role', 'alert');
  message.dataset.testid = 'start-failure';
  message.textContent = `The interactive map could not load (${error.message}). Reload the page to try again.`;
  const status = root.querySelector('.map-status');
  if (status) status.replaceWith(message);
  else root.prepend(message);
}
