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
const VERSION = "__VERSION__";
const PRECACHE = ["__PRECACHE__"];
const CACHE = `versus-${VERSION}`;
const PAGE_TIMEOUT_MS = 3000;
const SKIP_WAITING = 'versus:skip-waiting';

// Hashed files never change, so the copy the page just downloaded (in the
// HTTP cache) is the right one: no second download on a first visit.
// Unhashed files (the page, the manifest, icons) are fetched fresh.
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(
      PRECACHE.map((url) => new Request(url, { cache: HASHED.test(url) ? 'default' : 'reload' })),
    )),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === SKIP_WAITING) self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith('versus-') && n !== CACHE).map((n) => caches.delete(n)));
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
  const cached = await caches.match(request, { ignoreSearch: true });
  return cached || fetch(request);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.endsWith('/sw.js')) return;
  event.respondWith(isPage(request, url) ? networkFirst(request) : cacheFirst(request));
});
