// Article texts are fetched when a reader asks for one, never with the page. The build copies
// data/sources/<id>.txt to articles/<id>.txt (scripts/vite-articles-plugin.ts).
import { siteUrl } from '../site-url';

const cache = new Map<string, Promise<string>>();

export function articleUrl(sourceId: string): string {
  return siteUrl(`articles/${encodeURIComponent(sourceId)}.txt`);
}

async function download(sourceId: string): Promise<string> {
  const url = articleUrl(sourceId);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: the server answered ${response.status} ${response.statusText}`);
  return response.text();
}

export function fetchArticle(sourceId: string): Promise<string> {
  let pending = cache.get(sourceId);
  if (!pending) {
    pending = download(sourceId);
    cache.set(sourceId, pending);
    // A failure is not cached: the reader's Retry asks again.
    pending.catch(() => cache.delete(sourceId));
  }
  return pending;
}
