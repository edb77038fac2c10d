// A small static server for the benchmark: one built folder at the root of a random free port on
// 127.0.0.1; gzip for text types, every file compressed once at start like precompressed files on
// a real host (so the 2-core machine spends its CPU on the browser); cacheable responses (every
// run has a fresh browser context, so it starts cold, but within a page a preloaded file is reused
// as on a real host, where no-store would fetch it twice); and a log of what it served when, which
// is how the runner counts the bytes loaded before the map was ready (the page's own Resource
// Timing cannot see what MapLibre's worker fetches).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg', '.txt']);

export interface Served {
  /** URL path as requested, without the query. */
  path: string;
  status: number;
  /** Date.now() when the request arrived: compared with the page's timeOrigin + readyMs. */
  at: number;
  rawBytes: number;
  /** The body gzipped by us (level 9) whatever the client asked for: one consistent figure. */
  gzipBytes: number;
}

export interface StaticServer {
  url: string;
  /** Everything served so far, in order of arrival. */
  log: Served[];
  close: () => Promise<void>;
}

interface FileEntry {
  raw: Buffer;
  gzip: Buffer;
  type: string;
  compressible: boolean;
}

/** The file a URL path names inside root, or undefined when it is missing or would escape root. */
function resolveFile(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const file = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  if (!existsSync(file)) return undefined;
  if (statSync(file).isDirectory()) {
    const index = path.join(file, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return file;
}

export function startStaticServer(dir: string): Promise<StaticServer> {
  const root = path.resolve(dir);
  if (!existsSync(root)) {
    return Promise.reject(new Error(`bench/serve: ${root} does not exist; build it first`));
  }
  const cache = new Map<string, FileEntry>();
  const log: Served[] = [];

  const entryFor = (file: string): FileEntry => {
    let entry = cache.get(file);
    if (!entry) {
      const raw = readFileSync(file);
      const ext = path.extname(file).toLowerCase();
      entry = {
        raw,
        gzip: gzipSync(raw, { level: 9 }),
        type: TYPES[ext] ?? 'application/octet-stream',
        compressible: COMPRESSIBLE.has(ext),
      };
      cache.set(file, entry);
    }
    return entry;
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const at = Date.now();
    const urlPath = (req.url ?? '/').split('?')[0] ?? '/';
    const file = req.method === 'GET' || req.method === 'HEAD' ? resolveFile(root, urlPath) : undefined;
    if (!file) {
      const body = Buffer.from(`not found: ${urlPath}\n`);
      log.push({ path: urlPath, status: 404, at, rawBytes: body.length, gzipBytes: body.length });
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    const entry = entryFor(file);
    const gzip = entry.compressible && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? entry.gzip : entry.raw;
    log.push({
      path: urlPath,
      status: 200,
      at,
      rawBytes: entry.raw.length,
      gzipBytes: entry.compressible ? entry.gzip.length : entry.raw.length,
    });
    res.writeHead(200, {
      'Content-Type': entry.type,
      'Content-Length': body.length,
      'Cache-Control': 'public, max-age=3600',
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const precompress = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) precompress(file);
      else entryFor(file);
    }
  };
  precompress(root);

  return new Promise((resolve, reject) => {
    const server = createServer(handle);
    server.on('error', reject);
    // Port 0: the OS picks a free port, so parallel test servers (e2e on 4179) never collide.
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        log,
        close: () =>
          new Promise<void>((done, fail) => {
            server.closeAllConnections();
            server.close((error) => (error ? fail(error) : done()));
          }),
      });
    });
  });
}
