// A small static file server for dist/ (no dependencies): used by `scripts/serve.sh`
// and by the end-to-end tests. Serves on loopback only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Starts serving `dir`; resolves to { url, close }. `headers` (an object, or a function of
 *  the path returning one) are added to every response. `inject`, a script file's path
 *  (tests only), is served as /__test.js and loaded first by every HTML page. A file's
 *  precompressed copy (`.br`, else `.gz`: scripts/precompress.mjs) is sent in its place
 *  when the browser accepts that encoding, as a static host set up for it would;
 *  `precompressed: false` sends the file as it is, and `gzip` (the benchmark's network
 *  figures) every file gzip-compressed at level 9, the encoding the size bars count. */
export function serve(dir, { port = 0, host = '127.0.0.1', headers = {}, inject = null, gzip = false, precompressed = true } = {}) {
  const root = resolve(dir);
  const server = createServer({ maxHeaderSize: 64 * 1024 }, async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      if (inject && path === '/__test.js') file = inject;
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      let encoding = null;
      if (inject && extname(file) === '.html') {
        body = Buffer.from(body.toString('utf8').replace(/<head>/i, '<head><script src="/__test.js"></script>'));
      } else if (gzip) {
        [body, encoding] = [gzipSync(body, { level: 9 }), 'gzip'];
      } else if (precompressed) {
        const accepted = String(req.headers['accept-encoding'] ?? '').split(',').map((e) => e.trim().split(';')[0]);
        for (const [name, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
          const copy = accepted.includes(name) && (await readFile(file + suffix).catch(() => null));
          if (copy) {
            [body, encoding] = [copy, name];
            break;
          }
        }
      }
      res.writeHead(200, {
        ...(encoding ? { 'content-encoding': encoding } : {}),
        vary: 'accept-encoding',
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        // Script embedding from other origins and sandboxed (opaque-origin) frames fetch
        // the module and the wasm in CORS mode.
        'access-control-allow-origin': '*',
        ...(typeof headers === 'function' ? headers(path) : headers),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => {
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      ok({ url: `http://${host}:${actual}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', port = '8080'] = process.argv.slice(2);
  const { url } = await serve(dir, { port: Number(port) });
  console.log(`secworth served at ${url}/  (one widget alone: ${url}/index.html?w=maturity)`);
}
