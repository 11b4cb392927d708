// An author's data cannot make a reader pay (issue 21): every way a
// dataset comes in stays bounded in bytes, time, width and meaning, with
// hostile servers on loopback.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT, VersusPage, appAndBrowser, serve, serveFixtures, waitForControl } from '../support/browser.mjs';
import { serveBlog } from '../support/blog.mjs';
import { metaPolicy } from '../support/build.mjs';

const FIXTURES = join(ROOT, 'tests', 'fixtures');
const DATABASES = JSON.parse(readFileSync(join(FIXTURES, 'databases.json'), 'utf8'));
const FRAMEWORKS = JSON.parse(readFileSync(join(FIXTURES, 'frameworks.json'), 'utf8'));
const CORS = { 'access-control-allow-origin': '*', 'content-type': 'application/json' };

/**
 * A dataset server whose behaviour a test sets: `routes[path](req, res)`,
 * counting the body bytes it managed to send.
 */
async function hostileServer() {
  const routes = {};
  const state = { sent: 0, requests: [] };
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    state.requests.push(path);
    const route = routes[path];
    if (!route) return res.writeHead(404, CORS).end();
    route(req, res);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}/`;
  /** Writes 64 KB chunks as fast as the reader takes them, for ever. */
  const endless = (res) => {
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (!res.destroyed) {
        state.sent += chunk.length;
        if (!res.write(chunk)) return res.once('drain', pump);
      }
    };
    res.on('close', () => res.destroy());
    pump();
  };
  const stop = () => new Promise((ok) => { server.closeAllConnections(); server.close(ok); });
  return { url, routes, state, endless, stop };
}

describe('Hostile data', () => {
  const env = appAndBrowser();
  let files;
  let data;
  before(async () => {
    files = await serveFixtures();
    data = await hostileServer();
  });
  after(async () => {
    await files?.stop();
    await data?.stop();
  });

  async function context(t, options) {
    const ctx = await env.browser.newContext(options);
    t.after(() => ctx.close());
    return ctx;
  }

  async function open(t, url, ctx) {
    const vp = new VersusPage(await (ctx ?? (await context(t))).newPage());
    await vp.page.goto(url);
    return vp;
  }

  const withData = (url, page = '') => `${env.server.url}${page}?data=${encodeURIComponent(url)}`;

  test('1. the service worker stops reading a dataset where the page stops', async (t) => {
    const ctx = await context(t);
    const vp = await open(t, env.server.url, ctx);
    await waitForControl(vp.page);
    data.routes['/endless.json'] = (req, res) => { res.writeHead(200, CORS); data.endless(res); };
    data.routes['/declared.json'] = (req, res) => { res.writeHead(200, { ...CORS, 'content-length': String(4e9) }); data.endless(res); };
    for (const name of ['endless.json', 'declared.json']) {
      data.state.sent = 0;
      await vp.page.goto(withData(`${data.url}${name}`));
      await vp.page.getByRole('alert').filter({ hasText: 'larger than' }).waitFor();
      // The network stack reads a few MB ahead of any reader on loopback
      // (5 to 9 MB measured with no service worker at all); past that,
      // nothing more may be read. A reader that did not stop reads on:
      // 783 MB in 20 s was measured.
      await vp.page.waitForTimeout(500);
      const settled = data.state.sent;
      await vp.page.waitForTimeout(3000);
      const sent = data.state.sent;
      console.log(`${name}: the server sent ${(settled / 1e6).toFixed(1)} MB before the reader stopped, ${((sent - settled) / 1e6).toFixed(1)} MB in the 3 s after`);
      assert.ok(sent - settled < 1e6, `${name}: ${sent - settled} bytes were read after the page stopped`);
      assert.ok(sent < 32e6, `${name}: ${sent} bytes were read; the page stops at 512 KB`);
    }
  });

  test('2 and 14. a server that never answers: a timeout and Try again; under the service worker the saved copy, with its age, until it is too old', async (t) => {
    let hang = true;
    data.routes['/slow.json'] = (req, res) => {
      if (hang) return; // never answers
      res.writeHead(200, CORS).end(JSON.stringify(DATABASES));
    };
    // No service worker yet (a first visit to the data): the page gives up.
    const first = await open(t, withData(`${data.url}slow.json`));
    await first.page.getByRole('status').filter({ hasText: 'Loading the comparison' }).waitFor();
    const alert = first.page.getByRole('alert');
    await alert.waitFor({ timeout: 15000 });
    assert.match(await alert.innerText(), /did not answer within 10 seconds/);
    hang = false;
    await first.page.getByRole('button', { name: 'Try again' }).click();
    await first.page.getByRole('heading', { level: 1, name: DATABASES.title }).waitFor();

    // Seen once under the service worker, the copy opens although the server hangs.
    const ctx = await context(t);
    const vp = await open(t, env.server.url, ctx);
    await waitForControl(vp.page);
    await vp.page.goto(withData(`${data.url}slow.json`));
    await vp.page.getByRole('heading', { level: 1, name: DATABASES.title }).waitFor();
    await vp.page.waitForFunction(async () => (await (await caches.open('versus-datasets')).keys()).length > 0);
    hang = true;
    await vp.page.reload();
    await vp.page.getByRole('heading', { level: 1, name: DATABASES.title }).waitFor({ timeout: 12000 });
    assert.match(await vp.page.locator('.provenance').innerText(), /this is the copy saved just now\.$/);

    // Its age is said; past 30 days it is dropped.
    const age = (days) => vp.page.evaluate(async (days) => {
      const cache = await caches.open('versus-datasets');
      const [request] = await cache.keys();
      const old = await cache.match(request);
      const headers = new Headers(old.headers);
      headers.set('X-Versus-Saved-At', String(Date.now() - days * 86400000));
      await cache.put(request, new Response(await old.blob(), { headers }));
    }, days);
    await age(3);
    await ctx.setOffline(true);
    await vp.page.reload();
    await vp.page.getByRole('heading', { level: 1, name: DATABASES.title }).waitFor();
    assert.match(await vp.page.locator('.provenance').innerText(), /this is the copy saved 3 days ago\.$/);
    await age(31);
    await vp.page.reload();
    await vp.page.getByRole('alert').waitFor();
    assert.equal(await vp.page.getByRole('heading', { level: 1, name: DATABASES.title }).count(), 0);
    assert.equal(await vp.page.evaluate(async () => (await (await caches.open('versus-datasets')).keys()).length), 0);
    await ctx.setOffline(false);
  });

  test('3. a #data= link over the cap is refused before it is decoded', async (t) => {
    const vp = await open(t, `${env.server.url}#data=${'A'.repeat(2_000_000)}`);
    const alert = vp.page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /2,000,000 characters long, more than the 16,000 a link may carry/);
  });

  test('4. inline JSON added or replaced after the element is upgraded is read', async (t) => {
    const blog = await serveBlog(env.server.url, { 'late.html': '<versus-widget id="w"></versus-widget>' });
    t.after(() => blog.stop());
    const page = await (await context(t)).newPage();
    await page.goto(`${blog.url}late.html`);
    const widget = page.locator('#w');
    await widget.getByRole('status').waitFor();
    await page.evaluate((json) => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = json;
      document.getElementById('w').append(script);
    }, JSON.stringify(DATABASES));
    await widget.getByRole('heading', { name: DATABASES.title }).waitFor();
    await page.evaluate((json) => { document.querySelector('#w script').textContent = json; }, JSON.stringify(FRAMEWORKS));
    await widget.getByRole('heading', { name: FRAMEWORKS.title }).waitFor();
  });

  test('5. long words in dataset text wrap instead of widening the page or the host column', async (t) => {
    const long = structuredClone(DATABASES);
    long.criteria[0].name = `See https://example.com/${'very-long-path-segment-'.repeat(3)}x`;
    long.criteria[0].scores[0].rationale = 'W'.repeat(300);
    data.routes['/long.json'] = (req, res) => res.writeHead(200, CORS).end(JSON.stringify(long));
    for (const layout of ['', '&layout=cards']) {
      const vp = await open(t, withData(`${data.url}long.json`) + layout, await context(t, { viewport: { width: 360, height: 800 } }));
      await vp.page.getByRole('heading', { level: 1, name: long.title }).waitFor();
      assert.equal(await vp.page.evaluate(() => document.documentElement.scrollWidth), 360, `app page ${layout}`);
    }
    const blog = await serveBlog(env.server.url, { 'long.html': `<versus-widget src="${data.url}long.json"></versus-widget>` });
    t.after(() => blog.stop());
    const page = await (await context(t, { viewport: { width: 420, height: 800 } })).newPage();
    await page.goto(`${blog.url}long.html`);
    await page.locator('versus-widget').getByRole('heading', { name: long.title }).waitFor();
    for (const button of await page.locator('versus-widget').getByRole('button', { name: /Why/ }).all()) await button.click();
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 420);
  });

  test('6. two authoring tabs never overwrite each other unseen', async (t) => {
    const ctx = await context(t);
    const [a, b] = [await ctx.newPage(), await ctx.newPage()];
    for (const page of [a, b]) {
      await page.goto(`${env.server.url}author.html`);
      await page.getByRole('button', { name: 'JSON', exact: true }).click();
    }
    const editor = (page) => page.getByRole('textbox', { name: 'Dataset JSON' });
    const stored = () => a.evaluate(() => localStorage.getItem('versus:author-draft'));
    await editor(a).fill('{"title": "Tab A"}');
    await b.getByRole('alert').filter({ hasText: 'changed in another tab' }).waitFor();
    await editor(b).fill('{"title": "Tab B"}');
    assert.equal(await stored(), '{"title": "Tab A"}', 'tab B stopped saving');
    await b.getByRole('button', { name: "Keep this tab's draft" }).click();
    assert.equal(await stored(), '{"title": "Tab B"}');
    await a.getByRole('alert').filter({ hasText: 'changed in another tab' }).waitFor();
    await a.getByRole('button', { name: "Use the other tab's draft" }).click();
    assert.equal(await editor(a).inputValue(), '{"title": "Tab B"}');
  });

  test('7. a name with a right-to-left override cannot reverse the sentences after it', async (t) => {
    const hostile = structuredClone(DATABASES);
    for (const c of hostile.criteria) c.scores[0].value = 10;
    hostile.technologies[0].name = 'Safe\u202E';
    data.routes['/bidi.json'] = (req, res) => res.writeHead(200, CORS).end(JSON.stringify(hostile));
    const vp = await open(t, withData(`${data.url}bidi.json`));
    await vp.page.getByRole('heading', { level: 1, name: hostile.title }).waitFor();
    // Where "points" after the name is drawn: left to right, or reversed.
    const order = await vp.page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector('[role=status]'), NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf('points');
        if (at < 0 || !node.data.includes('Safe')) continue;
        const left = (i) => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1); return r.getBoundingClientRect().left; };
        return left(at) < left(at + 5) ? 'ltr' : 'reversed';
      }
      return 'not found';
    });
    assert.equal(order, 'ltr');
  });

  test('10. after a redirect, the comparison names where the data really came from', async (t) => {
    data.routes['/moved.json'] = (req, res) => res.writeHead(302, { ...CORS, location: `${files.url}databases.json` }).end();
    for (const worker of [false, true]) {
      const ctx = await context(t);
      if (worker) await waitForControl(await (await open(t, env.server.url, ctx)).page);
      const vp = await open(t, withData(`${data.url}moved.json`), ctx);
      await vp.page.getByRole('heading', { level: 1, name: DATABASES.title }).waitFor();
      const provenance = await vp.page.locator('.provenance').innerText();
      assert.match(provenance, new RegExp(`comes from localhost:${files.port}:`), worker ? 'through the service worker' : 'straight');
    }
  });

  test('11. a data address over 4,096 characters gets one message on every surface', async (t) => {
    const address = `${files.url}${'a'.repeat(5000)}.json`;
    const message = new RegExp(`${address.length.toLocaleString('en-US')} characters long, more than the 4,096 Versus reads`);
    for (const page of ['', 'embed.html']) {
      const vp = await open(t, withData(address, page));
      const alert = vp.page.getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.innerText(), message, page || 'app page');
    }
    const blog = await serveBlog(env.server.url, { 'src.html': `<versus-widget src="${address}"></versus-widget>` });
    t.after(() => blog.stop());
    const page = await (await context(t)).newPage();
    await page.goto(`${blog.url}src.html`);
    const alert = page.locator('versus-widget').getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), message);
    assert.doesNotMatch(await page.locator('versus-widget').innerText(), /Ignored src/);
  });

  test('12. the authoring page, opened on its own, works offline, and duplicates the built-in comparison', async (t) => {
    const ctx = await context(t);
    const page = await ctx.newPage();
    await page.goto(`${env.server.url}author.html`);
    await page.getByRole('button', { name: 'JSON', exact: true }).click();
    await page.getByRole('textbox', { name: 'Dataset JSON' }).waitFor();
    await waitForControl(page);
    await ctx.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: 'Duplicate the built-in comparison' }).click();
    await page.waitForFunction(() => document.querySelector('textarea').value.includes('"technologies"') && document.querySelector('textarea').value.includes('Node.js'));
    assert.equal(await page.getByRole('alert').count(), 0);
    await ctx.setOffline(false);
  });

  test('13. the deployed policy sends no request to plain-http loopback services', async (t) => {
    for (const file of ['index.html', 'embed.html', 'author.html']) {
      const policy = metaPolicy(readFileSync(join(DIST, file), 'utf8'));
      assert.doesNotMatch(policy, /localhost|127\.0\.0\.1|http:/, file);
    }
    const deployed = await serve(DIST, { loopbackData: false });
    t.after(() => deployed.stop());
    data.state.requests = [];
    data.routes['/probe.json'] = (req, res) => res.writeHead(200, CORS).end(JSON.stringify(DATABASES));
    const vp = await open(t, `${deployed.url}?data=${encodeURIComponent(`${data.url}probe.json`)}`);
    await vp.page.getByRole('alert').waitFor();
    assert.deepEqual(data.state.requests, []);
  });
});
