// Versus service worker. tools/postbuild fills in VERSION and PRECACHE from
// the real build (never edit the list by hand), writing dist/sw.js.
//
// - Install precaches every file of this build into a cache named for it.
// - A new version waits: the page shows "Update available" and only when the
//   reader accepts does it send SKIP_WAITING. The page never reloads by itself.
// - Activate deletes older versions' caches, which is safe then: this
//   version's cache was complete before install succeeded.
// - Pages (HTML): network first with a short timeout, then the cache.
//   Hashed assets: cache first. A page never mixes versions: cached HTML
//   only ever comes with the cached assets of the same build.
// - Nothing wrong is cached or served from the cache: every download of a
//   hashed file is checked against the build's SHA-256 (the browser refuses
//   a mismatch), and a cached response whose type does not fit its name
//   (a captive portal's HTML where the WASM should be) is dropped and
//   fetched again.
// - Datasets the widget loads by URL (`?data=`, asked for with
//   `Accept: application/json`, from any origin): network first with a
//   timeout, and the last good copy is kept in a cache of its own, across
//   versions, so a comparison seen once opens offline. The copy stops where
//   the page stops (512 KB), carries the time it was saved (the page shows
//   its age), and is dropped after MAX_DATASET_AGE_MS: a retracted
//   comparison does not live on for ever.
const VERSION = "__VERSION__";
const PRECACHE = ["__PRECACHE__"];
// SHA-256 integrity of each PRECACHE entry, in the same order ('' for the
// unhashed files, which change between deploys).
const INTEGRITY = ["__INTEGRITY__"];
// The authoring page and its own WASM: cached once that page is opened (so
// it works offline after one visit), never for a reader of a post.
const AUTHOR = ["__AUTHOR__"];
const AUTHOR_INTEGRITY = ["__AUTHOR_INTEGRITY__"];
// Each language's pages (`de/index.html`, `de/embed.html`) and catalog
// (`l10n/de-<hash>.json`): cached once a page in that language is open
// (so it works offline after one visit), never for a reader of another.
const LOCALE_FILES = ["__LOCALE_FILES__"];
const CACHE = `versus-${VERSION}`;
const PAGE_TIMEOUT_MS = 3000;
const SKIP_WAITING = 'versus:skip-waiting';
const DATASETS = 'versus-datasets';
// The largest dataset Versus reads (core::dataset::MAX_DATASET_BYTES), and
// how many it keeps for offline use.
const MAX_DATASET_BYTES = 512 * 1024;
const MAX_DATASETS = 20;
// Shorter than the page's own wait for a dataset (10 s), so a hanging
// network (a captive portal) still gets the saved copy before the page gives up.
const DATASET_TIMEOUT_MS = 6000;
const MAX_DATASET_AGE_MS = 30 * 24 * 60 * 60 * 1000;
// When a kept copy was saved (ms since 1970), sent to the page with it.
const SAVED_AT = 'X-Versus-Saved-At';
// Where the network's response really came from, after redirects.
const FINAL_URL = 'X-Versus-Final-URL';


const pathOf = (url) => new URL(url, self.location).pathname;
const INTEGRITY_OF = new Map([
  ...PRECACHE.map((url, i) => [pathOf(url), INTEGRITY[i]]),
  ...AUTHOR.map((url, i) => [pathOf(url), AUTHOR_INTEGRITY[i]]),
]);
const AUTHOR_PAGE = AUTHOR.find((url) => url.endsWith('.html'));

// What each kind of file must be served as; anything else is not ours.
const TYPES = {
  js: 'javascript', wasm: 'application/wasm', css: 'text/css', html: 'text/html',
  svg: 'image/svg+xml', png: 'image/png', json: 'json', webmanifest: 'json',
};

function fits(url, response) {
  if (!response || !response.ok) return false;
  const extension = new URL(url).pathname.split('.').pop();
  const expected = TYPES[extension];
  return !expected || (response.headers.get('Content-Type') || '').includes(expected);
}

/** A download of `url` that the browser checks against the build's hash. */
function checkedRequest(url, options = {}) {
  const integrity = INTEGRITY_OF.get(new URL(url, self.location).pathname) || '';
  return new Request(url, integrity ? { ...options, integrity } : options);
}

const isPrecached = (url) => INTEGRITY_OF.has(new URL(url).pathname);

/** Puts `urls` into this version's cache. Hashed files never change, so the
 *  copy the page just downloaded (in the HTTP cache) is the right one: no
 *  second download on a first visit. Unhashed files are fetched fresh. */
async function cacheAll(urls) {
  const cache = await caches.open(CACHE);
  await Promise.all(urls.map(async (url) => {
    const response = await fetch(checkedRequest(url, { cache: INTEGRITY_OF.get(pathOf(url)) ? 'default' : 'reload' }));
    if (!fits(response.url || new URL(url, self.location).href, response)) throw new Error(`not caching ${url}: ${response.status} ${response.headers.get('Content-Type')}`);
    await cache.put(url, response);
  }));
}

/** The language (`de`, `pt-BR`) a path belongs to, if any. */
function localeOf(path) {
  const match = path.match(/^\/(?:l10n\/)?([a-z]{2}(?:-[A-Z]{2})?)(?:\/|-[0-9a-f]{16}\.json$)/);
  return match ? match[1] : null;
}

/** The files of every language open in some window (or frame). */
async function cacheLocalesInUse() {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const inUse = new Set(windows.map((w) => localeOf(pathOf(w.url))).filter(Boolean));
  const files = LOCALE_FILES.filter((f) => inUse.has(localeOf(pathOf(f))));
  if (files.length) await cacheAll(files).catch(() => {});
}

/** The authoring page's files, once it is open in some window. */
async function cacheAuthorIfOpen() {
  if (!AUTHOR_PAGE) return;
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  if (windows.some((w) => pathOf(w.url) === pathOf(AUTHOR_PAGE))) await cacheAll(AUTHOR).catch(() => {});
}

self.addEventListener('install', (event) => {
  event.waitUntil(cacheAll(PRECACHE));
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === SKIP_WAITING) self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith('versus-') && n !== CACHE && n !== DATASETS).map((n) => caches.delete(n)));
    // Before taking control: once the author page is controlled, it is
    // ready to open offline.
    await cacheAuthorIfOpen();
    await cacheLocalesInUse();
    await self.clients.claim();
  })());
});

function isPage(request, url) {
  return request.mode === 'navigate' || url.pathname.endsWith('.html') || url.pathname.endsWith('/');
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await Promise.race([
      fetch(request),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), PAGE_TIMEOUT_MS)),
    ]);
    if (response.ok) return response;
    throw new Error(`HTTP ${response.status}`);
  } catch (error) {
    // Query strings (embed settings) do not change the page's bytes.
    const cached = await cache.match(request, { ignoreSearch: true });
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached && fits(request.url, cached)) return cached;
  if (!isPrecached(request.url)) return cached || fetch(request);
  // Missing or not what its name says: drop it and download it again.
  if (cached) await cache.delete(request, { ignoreSearch: true });
  const response = await fetch(checkedRequest(request.url));
  if (fits(request.url, response)) await cache.put(request, response.clone());
  return response;
}

const isDataset = (request) => (request.headers.get('Accept') || '').startsWith('application/json');

/** Saves `body` as the copy of `request`'s dataset, with the time it was
 *  saved, dropping the oldest copies past the limit. */
async function keep(request, response, body) {
  const headers = new Headers(response.headers);
  headers.set(SAVED_AT, String(Date.now()));
  const cache = await caches.open(DATASETS);
  await cache.put(request, new Response(body, { status: response.status, statusText: response.statusText, headers }));
  const kept = await cache.keys();
  await Promise.all(kept.slice(0, Math.max(0, kept.length - MAX_DATASETS)).map((old) => cache.delete(old)));
}

/**
 * The network's response passed on to the page chunk by chunk, as the page
 * reads it, and kept once complete; past MAX_DATASET_BYTES (the page's own
 * limit) the download stops and nothing is kept. No
 * `clone()`: a clone's second branch is filled as fast as the network
 * sends, whoever reads it, so a huge or endless answer ran on after the
 * page had stopped. Here the network is read only as fast as the page reads,
 * and the page stopping (past its limit, or closed) stops the download.
 */
function passedOnAndKept(event, response) {
  const headers = new Headers(response.headers);
  // A response made here has no URL of its own: the page names where the
  // data came from (after redirects) from this header instead.
  headers.set(FINAL_URL, response.url);
  const init = { status: response.status, statusText: response.statusText, headers };
  if (Number(response.headers.get('Content-Length')) > MAX_DATASET_BYTES) {
    // Declared too large: the page refuses it by its header, so not a byte
    // of the body is read.
    response.body.cancel().catch(() => {});
    return new Response(null, init);
  }
  const chunks = [];
  let size = 0;
  let settle;
  event.waitUntil(new Promise((done) => { settle = done; }));
  const reader = response.body.getReader();
  const body = new ReadableStream({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          controller.close();
          await keep(event.request, response, new Blob(chunks)).catch(() => {});
          settle();
          return;
        }
        size += value.byteLength;
        controller.enqueue(value);
        if (size > MAX_DATASET_BYTES) {
          // Past the page's own limit: it has enough to refuse the file,
          // and nothing more is downloaded, whatever the buffers ahead hold.
          controller.close();
          settle();
          await reader.cancel().catch(() => {});
          return;
        }
        chunks.push(value);
      } catch (error) {
        controller.error(error);
        settle();
      }
    },
    cancel(reason) {
      settle();
      return reader.cancel(reason);
    },
  });
  return new Response(body, init);
}

/** The kept copy of a dataset, unless it is older than the age limit (then
 *  it is dropped); a file of this build (`dataset.json`) from its precache. */
async function savedCopy(request) {
  const cache = await caches.open(DATASETS);
  const cached = await cache.match(request);
  if (cached) {
    const age = Date.now() - Number(cached.headers.get(SAVED_AT));
    if (age >= 0 && age <= MAX_DATASET_AGE_MS) return cached;
    await cache.delete(request);
  }
  if (new URL(request.url).origin !== self.location.origin) return undefined;
  return (await caches.open(CACHE)).match(request, { ignoreSearch: true });
}

/** Network first, for DATASET_TIMEOUT_MS; the page gets the response as it
 *  streams (and stops reading past its own limit), and a copy is kept as it
 *  passes. A network that fails or hangs gets the saved copy. */
async function dataset(event) {
  const request = event.request;
  const network = fetch(request);
  try {
    const response = await Promise.race([
      network,
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), DATASET_TIMEOUT_MS)),
    ]);
    return response.ok && response.body ? passedOnAndKept(event, response) : response;
  } catch (error) {
    const saved = await savedCopy(request);
    if (saved) return saved;
    // Nothing saved: the page's own timeout decides how long to wait.
    return network;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  // A dataset by URL, unless it is this build's own (the built-in
  // comparison's evidence, read from dataset.json): that one is precached.
  if (isDataset(request) && !isPrecached(request.url)) {
    event.respondWith(dataset(event));
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.endsWith('/sw.js')) return;
  if (AUTHOR_PAGE && isPage(request, url) && url.pathname === pathOf(AUTHOR_PAGE)) event.waitUntil(cacheAll(AUTHOR).catch(() => {}));
  const locale = isPage(request, url) && localeOf(url.pathname);
  if (locale) event.waitUntil(cacheAll(LOCALE_FILES.filter((f) => localeOf(pathOf(f)) === locale)).catch(() => {}));
  event.respondWith(isPage(request, url) ? networkFirst(request) : cacheFirst(request));
});
