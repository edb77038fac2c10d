// When the app's own chunk cannot be loaded (a deploy replaced it, a proxy dropped it), the
// first paint would stay on screen looking alive: say what failed instead, and how to recover.
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
