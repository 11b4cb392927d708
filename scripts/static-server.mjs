// Serves a built dist/ folder on loopback with the headers its `_headers`
// file names (written by tools/postbuild: the one definition of what a
// deployment sends), and Content-Type by extension, as static hosts do.
// Used by `scripts/serve.sh` and by the browser tests.
//   node scripts/static-server.mjs [dir] [port] [--loopback-data] [--compress]
// --loopback-data (the serve command, and the tests by default) lets pages
// load datasets from http://localhost and http://127.0.0.1 too, for an
// author's file served on their own machine. A deployed build never does.
// --compress (the serve command and the benchmark) sends brotli to browsers
// that accept it, as a static host does; the tests read raw bodies.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { brotliCompressSync, constants } from 'node:zlib';
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
  '.md': 'text/plain; charset=utf-8',
};

// What every response carries even where the folder has no `_headers`
// (a test's stand-in blog): the server always sets Content-Type, so
// browsers must not second-guess it.
const DEFAULTS = { 'x-content-type-options': 'nosniff' };

const LOOPBACK = 'http://localhost:* http://127.0.0.1:*';

/** A page's or a header's CSP with loopback added to `connect-src`. */
export function withLoopbackData(text) {
  return text.replace(/connect-src ([^;"]*)/g, `connect-src $1 ${LOOPBACK}`);
}

/**
 * Parses a `_headers` file (the Netlify and Cloudflare Pages format, which
 * tools/postbuild writes): a line with a URL path, where `*` matches any
 * characters, then its headers on indented `Name: value` lines. Comments
 * start with `#`. Throws on a line that fits neither, naming it.
 */
export function parseHeaders(text) {
  const rules = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      const pattern = line.trim().split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
      rules.push({ path: line.trim(), pattern: new RegExp(`^${pattern}$`), headers: [] });
      return;
    }
    const header = /^\s+([!#$%&'*+.^_`|~0-9A-Za-z-]+):\s*(.*?)\s*$/.exec(line);
    if (!header || !rules.length) throw new Error(`_headers line ${i + 1} is neither a path nor an indented "Name: value": ${line}`);
    rules.at(-1).headers.push([header[1], header[2]]);
  });
  return rules;
}

/**
 * The headers (names in lower case) `rules` give the URL path `path`. A
 * header named by several matching rules gets their values joined by
 * commas, as Cloudflare Pages does (postbuild never writes such a file).
 */
export function headersFor(rules, path) {
  const headers = {};
  for (const rule of rules.filter((r) => r.pattern.test(path))) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers[key] = key in headers ? `${headers[key]}, ${value}` : value;
    }
  }
  return headers;
}

/** The Content-Type static hosts send for `path`, by its extension. */
export function contentType(path) {
  return TYPES[extname(path)] ?? 'application/octet-stream';
}

/** The rules of `root`/_headers, or none where the folder has no such file. */
async function rulesOf(root) {
  const text = await readFile(join(root, '_headers'), 'utf8').catch((e) => {
    if (e.code === 'ENOENT') return '';
    throw e;
  });
  return parseHeaders(text);
}

/**
 * Starts serving `root`. The returned server's `setRoot(dir)` switches what
 * it serves without changing the origin (tests use it to deploy an update).
 * `intercept(pathname)`, for tests, may return an HTML page to answer
 * instead of the file, as a Wi-Fi login page or a broken proxy would.
 */
export function startServer({ root, port = 0, host = '127.0.0.1', intercept = () => null, loopbackData = false, compress = false }) {
  let base = resolve(root);
  // Long URLs are accepted (1 MiB, not Node's 16 KiB) so tests can send the
  // hostile, oversized settings a page must survive.
  const server = createServer({ maxHeaderSize: 1 << 20 }, async (req, res) => {
    let rules;
    try {
      rules = await rulesOf(base);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', ...DEFAULTS }).end(e.message);
      return;
    }
    try {
      const url = new URL(req.url, 'http://localhost');
      const replaced = intercept(url.pathname);
      if (replaced !== null) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...DEFAULTS }).end(replaced);
        return;
      }
      let path = normalize(join(base, decodeURIComponent(url.pathname)));
      if (path !== base && !path.startsWith(base + sep)) {
        res.writeHead(403, DEFAULTS).end('Forbidden');
        return;
      }
      // Hosts read _headers and never serve it.
      if (path === join(base, '_headers')) throw new Error('not served');
      if ((await stat(path).catch(() => null))?.isDirectory()) path = join(path, 'index.html');
      let body = await readFile(path);
      const headers = { 'content-type': contentType(path), ...DEFAULTS, ...headersFor(rules, url.pathname) };
      if (loopbackData && headers['content-security-policy']) headers['content-security-policy'] = withLoopbackData(headers['content-security-policy']);
      if (loopbackData && path.endsWith('.html')) body = withLoopbackData(body.toString('utf8'));
      if (compress && COMPRESSIBLE.test(path) && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = await brotli(path, body);
        headers['content-encoding'] = 'br';
        headers.vary = 'Accept-Encoding';
      }
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...DEFAULTS }).end('Not found');
    }
  });
  server.setRoot = (dir) => {
    base = resolve(dir);
  };
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

// What a static host compresses (`--compress`): text and WASM, at brotli's
// quality 11 as a host serving pre-compressed files does, and as the size
// test counts. Each body is compressed once per version of its file.
const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|json|svg|md|webmanifest|txt)$/;
const compressed = new Map();
async function brotli(path, body) {
  const key = `${path}:${body.length}:${(await stat(path)).mtimeMs}`;
  if (!compressed.has(key)) {
    compressed.set(key, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
  return compressed.get(key);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const [root = 'dist', port = '8080'] = args.filter((a) => !a.startsWith('--'));
  const server = await startServer({ root, port: Number(port), loopbackData: args.includes('--loopback-data'), compress: args.includes('--compress') });
  const { address, port: bound } = server.address();
  console.log(`Versus is being served at http://${address}:${bound}/ (Ctrl+C stops it)`);
}
