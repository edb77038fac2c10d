// Serves the article texts (data/sources/<id>.txt) at articles/<id>.txt: from the folder in dev,
// as emitted assets in the build. The page fetches one only when a reader opens it, so the texts
// never weigh on the first load and are never bundled into the JavaScript.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** Source ids are kebab-case (schema.ts), which also keeps paths from escaping the folder. */
const ARTICLE_PATH = /^\/([a-z0-9]+(?:-[a-z0-9]+)*)\.txt$/;

export function articlesPlugin(dir = 'data/sources'): Plugin {
  return {
    name: 'coalition-articles',
    configureServer(server) {
      server.middlewares.use('/articles', (req, res) => {
        const match = ARTICLE_PATH.exec((req.url ?? '').split('?')[0] ?? '');
        const file = match ? join(dir, `${match[1]}.txt`) : null;
        if (!file || !existsSync(file)) {
          // Not the SPA fallback: a missing article is a 404, as it is on a static host.
          res.statusCode = 404;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end(`No article at /articles${req.url ?? ''}`);
          return;
        }
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      if (!existsSync(dir))
        this.error(`${dir}: the article folder is missing, so the reader would have nothing to show`);
      for (const name of readdirSync(dir)) {
        if (!ARTICLE_PATH.test(`/${name}`)) continue;
        this.emitFile({ type: 'asset', fileName: `articles/${name}`, source: readFileSync(join(dir, name)) });
      }
    },
  };
}
