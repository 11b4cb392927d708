// Serves a built dist/ folder on loopback with the headers a deployment
// should send. Used by `scripts/serve.sh` and by the browser tests.
//   node scripts/static-server.mjs [dir] [port]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

// Trunk names hashed files `name-<hex>.ext` (up to 16 hex digits, leading
// zeros dropped): those never change, so they may be cached forever;
// everything else must be revalidated.
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/;

/**
 * The page's own policy (the meta tag tools/postbuild wrote, with the boot
 * script's hash) plus what only a header can say: who may frame the page.
 * Only the iframe page, embed.html, may be framed by other sites.
 */
export function cspHeader(html, embed) {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
  if (!meta) return null;
  return `${meta[1]}; frame-ancestors ${embed ? '*' : "'self'"}`;
}

export function headersFor(path) {
  const headers = {
    'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
    // The custom-element embed imports the module and WASM from blog pages
    // on other origins; these are public static files.
    'Access-Control-Allow-Origin': '*',
  };
  return headers;
}

/**
 * Starts serving `root`. The returned server's `setRoot(dir)` switches what
 * it serves without changing the origin (tests use it to deploy an update).
 */
export function startServer({ root, port = 0, host = '127.0.0.1' }) {
  let base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let path = normalize(join(base, decodeURIComponent(url.pathname)));
      if (path !== base && !path.startsWith(base + sep)) {
        res.writeHead(403).end('Forbidden');
        return;
      }
      if ((await stat(path).catch(() => null))?.isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      const headers = headersFor(path);
      if (path.endsWith('.html')) {
        const csp = cspHeader(body.toString('utf8'), path.endsWith('embed.html'));
        if (csp) headers['Content-Security-Policy'] = csp;
      }
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });
  server.setRoot = (dir) => {
    base = resolve(dir);
  };
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [root = 'dist', port = '8080'] = process.argv.slice(2);
  const server = await startServer({ root, port: Number(port) });
  const { address, port: bound } = server.address();
  console.log(`Versus is being served at http://${address}:${bound}/ (Ctrl+C stops it)`);
}
