// An embed never touches its host, never leaks, never bricks (issue 16):
// the loader starts nothing on the host page, a removed widget is
// unmounted, settings are bounded, a bad cached file is recovered from,
// a sandboxed frame offers copy instead of a download that cannot happen,
// and host CSS does not reach the widget's text.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { appAndBrowser, waitForControl, openPage, DIST, liveFrame } from '../support/browser.mjs';
import { serveBlog } from '../support/blog.mjs';

const hashed = (prefix, suffix) => readdirSync(DIST).find((f) => f.startsWith(`${prefix}-`) && f.endsWith(suffix));

// Every inherited CSS property a host could set on the widget's ancestors,
// with a value that would show.
const INHERITED = {
  'direction': 'rtl', 'writing-mode': 'vertical-rl', 'text-indent': '80px', 'white-space': 'pre',
  'visibility': 'hidden', '-webkit-text-fill-color': 'rgb(255, 0, 0)', 'text-transform': 'uppercase',
  'accent-color': 'rgb(255, 0, 0)', 'letter-spacing': '9px', 'word-spacing': '20px', 'line-height': '60px',
  'font-style': 'italic', 'font-weight': '900', 'font-variant': 'small-caps', 'text-align': 'right',
  'text-shadow': 'rgb(255, 0, 0) 2px 2px 0px', 'color': 'rgb(255, 0, 0)', 'cursor': 'wait', 'tab-size': '20',
  'hyphens': 'auto', 'word-break': 'break-all', 'overflow-wrap': 'anywhere', 'text-underline-offset': '9px',
  'font-kerning': 'none', 'font-stretch': '50%', 'list-style-type': 'square', 'quotes': '"!" "!"',
  'text-rendering': 'geometricprecision', 'caret-color': 'rgb(255, 0, 0)', 'pointer-events': 'none',
  'user-select': 'none', '-webkit-text-stroke-width': '2px', 'text-decoration-skip-ink': 'none',
  'border-collapse': 'collapse', 'empty-cells': 'hide', 'image-rendering': 'pixelated', 'paint-order': 'markers',
};
const HOST_STYLE = `body, .column { ${Object.entries(INHERITED).map(([k, v]) => `${k}: ${v} !important;`).join(' ')} }`;

describe('An embed and its host', () => {
  const env = appAndBrowser();
  let blog;
  before(async () => {
    blog = await serveBlog(env.server.url, {
      'takeover.html': '<div id="versus-root"><p id="mine">The host has its own #versus-root.</p></div><versus-widget id="w"></versus-widget>',
      'empty.html': '<div id="slot"></div>',
      'element.html': '<versus-widget id="w" preset="ml" heading="Our pick"></versus-widget>',
      'styled.html': `<style>${HOST_STYLE}</style><versus-widget id="w" criteria="ai_ml,security"></versus-widget>`,
      'plain.html': '<versus-widget id="w" criteria="ai_ml,security"></versus-widget>',
      'sandboxed.html': `<iframe id="frame" sandbox="allow-scripts" src="${env.server.url}embed.html?preset=ml" title="Versus" style="width:100%;height:900px;border:0"></iframe>`,
    });
  });
  after(async () => {
    await blog?.stop();
  });

  test('the loader never starts the page app on the host', async (t) => {
    const { page, errors } = await openPage(t, env.browser);
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${blog.url}takeover.html#host-anchor`);
    const widget = page.locator('#w');
    await widget.getByRole('status').waitFor();
    const historyLength = await page.evaluate(() => history.length);
    await widget.getByRole('slider', { name: 'Real-time features' }).fill('9');
    await widget.getByRole('combobox', { name: 'Start from a project type' }).selectOption({ label: 'Machine learning & data science' });
    await page.waitForTimeout(600); // longer than the app's debounced writes
    const host = await page.evaluate(async () => ({
      hash: location.hash,
      storage: Object.keys(localStorage),
      history: history.length,
      mine: document.getElementById('versus-root').innerHTML,
      workers: (await navigator.serviceWorker.getRegistrations()).length,
    }));
    assert.deepEqual(host, {
      hash: '#host-anchor',
      storage: [],
      history: historyLength,
      mine: '<p id="mine">The host has its own #versus-root.</p>',
      workers: 0,
    });
    assert.deepEqual(requests.filter((u) => u.startsWith(blog.url) && u.endsWith('sw.js')), []);
    assert.deepEqual(errors, []);
  });

  test('1,000 mounts and removals free what each mount took', async (t) => {
    const { page, errors } = await openPage(t, env.browser);
    await page.goto(`${blog.url}empty.html`);
    const cdp = await page.context().newCDPSession(page);
    const module = `${env.server.url}${hashed('versus', '.js')}`;
    const wasm = `${env.server.url}${hashed('versus', '_bg.wasm')}`;
    // Mounts one widget, waits for its verdict, removes it: `times` times.
    const cycle = (times) => page.evaluate(async (n) => {
      for (let i = 0; i < n; i++) {
        const el = document.createElement('versus-widget');
        el.setAttribute('preset', i % 2 ? 'ml' : 'chat');
        document.getElementById('slot').append(el);
        while (!el.shadowRoot?.querySelector('[role=status]')) await new Promise((r) => setTimeout(r, 0));
        el.remove();
      }
    }, times);
    const measure = async () => {
      // Let the last unmount's pending work (timers, observers) finish
      // first: what is measured is what stays, not what is on its way out.
      await page.waitForTimeout(1000);
      await cdp.send('HeapProfiler.collectGarbage');
      const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
      // Initialising again returns the running instance: its memory is the widgets'.
      const bytes = await page.evaluate(async ([m, w]) => (await (await import(m)).default({ module_or_path: w })).memory.buffer.byteLength, [module, wasm]);
      return { nodes, jsEventListeners, bytes };
    };
    await cycle(5); // warm up: the module, the stylesheet, first allocations
    const start = await measure();
    const began = Date.now();
    await cycle(1000);
    const seconds = (Date.now() - began) / 1000;
    const end = await measure();
    console.log(`1,000 mount/unmount cycles in ${seconds.toFixed(1)} s: DOM nodes ${start.nodes} -> ${end.nodes}, listeners ${start.jsEventListeners} -> ${end.jsEventListeners}, wasm memory ${(start.bytes / 2 ** 20).toFixed(2)} MB -> ${(end.bytes / 2 ** 20).toFixed(2)} MB`);
    assert.ok(end.bytes - start.bytes <= 2 ** 20, `wasm memory grew by ${end.bytes - start.bytes} bytes`);
    assert.ok(end.nodes - start.nodes < 500, `DOM nodes grew from ${start.nodes} to ${end.nodes}`);
    assert.ok(end.jsEventListeners - start.jsEventListeners < 20, `listeners grew from ${start.jsEventListeners} to ${end.jsEventListeners}`);
    assert.deepEqual(errors, []);
  });

  test('a changed attribute is applied, and the heading is not a tooltip', async (t) => {
    const { page, errors } = await openPage(t, env.browser);
    await page.goto(`${blog.url}element.html`);
    const widget = page.locator('#w');
    // The built-in comparison is read from the widget's site first (a
    // "Loading" status meanwhile), then the verdict takes the status.
    await widget.locator('.verdict-headline').waitFor();
    assert.match(await widget.getByRole('status').innerText(), /^Python wins/);
    assert.equal(await widget.getByRole('heading', { level: 1 }).innerText(), 'Our pick');
    assert.equal(await page.evaluate(() => document.getElementById('w').title), '');
    await page.evaluate(() => document.getElementById('w').setAttribute('preset', 'chat'));
    await page.waitForFunction(() => /^Node\.js wins/.test(document.getElementById('w').shadowRoot.querySelector('[role=status]')?.textContent ?? ''));
    assert.deepEqual(errors, []);
  });

  test('a setting of 400,000 items loads quickly with a short notice', async (t) => {
    const { page, errors } = await openPage(t, env.browser);
    const began = Date.now();
    await page.goto(`${env.server.url}embed.html?weights=${'a,'.repeat(400000)}`);
    await page.getByRole('status').waitFor();
    await page.waitForFunction(() => !document.getElementById('versus-placeholder'));
    const seconds = (Date.now() - began) / 1000;
    const notice = page.locator('.notice');
    const items = await notice.locator('li').allInnerTexts();
    const height = await page.evaluate(() => document.querySelector('.versus').getBoundingClientRect().height);
    console.log(`embed.html?weights= with 400,000 items: loaded in ${seconds.toFixed(2)} s, ${items.length} notice lines, widget ${Math.round(height)} px tall`);
    assert.deepEqual(items, ['The settings are 800,008 characters long, far more than Versus writes, so they were ignored.']);
    const fragment = `${env.server.url}#v1&${'zz=1&'.repeat(800)}`;
    await page.goto('about:blank');
    await page.goto(fragment);
    await page.getByRole('status').waitFor();
    await page.waitForFunction(() => !document.getElementById('versus-placeholder'));
    const lines = await page.locator('.notice li').allInnerTexts();
    assert.equal(lines.length, 6, lines.join('\n'));
    assert.equal(lines.at(-1), '…and 795 more.');
    assert.deepEqual(errors, []);
  });

  test('host CSS does not reach the widget text', async (t) => {
    const styleOf = async (name) => {
      const { page } = await openPage(t, env.browser);
      await page.goto(`${blog.url}${name}`);
      await page.locator('#w').getByRole('status').waitFor();
      return page.evaluate((props) => {
        const text = document.getElementById('w').shadowRoot.querySelector('.verdict-headline');
        const style = getComputedStyle(text);
        return Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]));
      }, Object.keys(INHERITED));
    };
    const [plain, styled] = [await styleOf('plain.html'), await styleOf('styled.html')];
    const leaked = Object.keys(INHERITED).filter((p) => plain[p] !== styled[p]).map((p) => `${p}: ${plain[p]} -> ${styled[p]}`);
    assert.deepEqual(leaked, []);
  });

  test('inside a sandboxed frame, Download offers the record to copy instead', async (t) => {
    const { page, errors } = await openPage(t, env.browser);
    let downloads = 0;
    page.on('download', () => { downloads += 1; });
    await page.goto(`${blog.url}sandboxed.html`);
    const frame = page.frameLocator('#frame');
    await liveFrame(frame);
    await frame.getByRole('status').waitFor();
    await frame.locator('summary', { hasText: 'Keep or share this' }).click();
    await frame.getByRole('button', { name: 'Download .md' }).click();
    await frame.getByText('This embed is not allowed to save files.').waitFor();
    const record = await frame.getByRole('textbox', { name: 'Decision record to copy' }).inputValue();
    assert.match(record, /^# Decision record/);
    assert.equal(downloads, 0);
    assert.deepEqual(errors.filter((e) => !/Blocked script execution|sandboxed/.test(e)), []);
  });
});

describe('A start that fails', () => {
  let portal = null; // a file name the server answers with HTML, as a Wi-Fi login page would
  const env = appAndBrowser(DIST, { intercept: (path) => (portal && path.endsWith(portal) ? '<!doctype html><title>Log in to the Wi-Fi</title>' : null) });

  test('a cached file replaced by HTML is dropped and fetched again', async (t) => {
    const { page, errors } = await openPage(t, env.browser);
    await page.goto(env.server.url);
    await waitForControl(page);
    const wasm = hashed('versus', '_bg.wasm');
    await page.evaluate(async (file) => {
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        await cache.put(file, new Response('<!doctype html><p>portal</p>', { headers: { 'Content-Type': 'text/html' } }));
      }
    }, wasm);
    await page.reload();
    await page.waitForFunction(() => !document.getElementById('versus-placeholder'));
    const type = await page.evaluate(async (file) => (await caches.match(file)).headers.get('Content-Type'), wasm);
    assert.equal(type, 'application/wasm');
    assert.deepEqual(errors, []);
  });

  test('when the network serves HTML for the app, a message offers a retry that works', async (t) => {
    const { page } = await openPage(t, env.browser);
    portal = hashed('versus', '_bg.wasm');
    t.after(() => { portal = null; });
    await page.goto(env.server.url);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /could not start/);
    portal = null;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('status').waitFor();
    assert.match(await page.getByRole('status').innerText(), /^At equal weights/);
  });
});
