// Offline after the first load, and safe updates, through the real service
// worker of the release build.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT, buildVariant, launchBrowser, serve, VersusPage, waitForControl } from '../support/browser.mjs';

const UPDATE_DIST = join(ROOT, 'target', 'e2e-dist-update');
const UPDATE_LABEL = 'update-check';

describe('Offline and updates', () => {
  let browser;
  before(async () => {
    buildVariant(UPDATE_DIST, UPDATE_LABEL);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test('after one visit the widget works with no network', async (t) => {
    const server = await serve();
    const context = await browser.newContext();
    t.after(() => Promise.all([context.close(), server.stop()]));
    const failed = [];
    context.on('requestfailed', (r) => failed.push(r.url()));
    const app = await VersusPage.open(context, server.url);
    await waitForControl(app.page);
    const names = await app.page.evaluate(() => caches.keys());
    assert.equal(names.length, 1);
    assert.match(names[0], /^versus-[0-9a-f]{16}$/);

    await server.stop();
    await context.setOffline(true);
    await app.page.reload();
    await app.verdict().waitFor();
    assert.match(await app.verdictText(), /^At equal weights, Node\.js leads/);
    // The app takes over once it has read the comparison, from the cache.
    await app.live();
    await app.setSlider('AI & machine learning', 10);
    assert.match(await app.verdictText(), /^Python wins/);
    // Expected failures: the worker's network-first try for the page itself,
    // and the browser's own update check for sw.js. Nothing else may fail:
    // every asset must come from the cache without touching the network.
    const expected = new Set([server.url, `${server.url}sw.js`]);
    assert.deepEqual(failed.filter((u) => !expected.has(u)), []);
    assert.deepEqual(app.errors.filter((e) => !e.includes('sw.js')), []);
  });

  test('a new version waits for the reader, then replaces the old one and its cache', async (t) => {
    const server = await serve();
    const context = await browser.newContext();
    t.after(() => Promise.all([context.close(), server.stop()]));
    const app = await VersusPage.open(context, server.url);
    await waitForControl(app.page);
    const footer = app.page.getByRole('contentinfo');
    const oldFooter = await footer.innerText();
    assert.ok(!oldFooter.includes(UPDATE_LABEL));
    const [oldCache] = await app.page.evaluate(() => caches.keys());

    server.setRoot(UPDATE_DIST); // deploy the second build at the same origin
    await app.page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const action = app.page.getByRole('button', { name: 'Reload to update' });
    await action.waitFor();
    await app.page.waitForTimeout(500);
    assert.equal(await footer.innerText(), oldFooter, 'the page must not reload by itself');

    await Promise.all([app.page.waitForEvent('load'), action.click()]);
    await app.verdict().waitFor();
    assert.match(await app.page.getByRole('contentinfo').innerText(), new RegExp(UPDATE_LABEL));
    await app.page.waitForFunction(async (old) => {
      const names = await caches.keys();
      return names.length === 1 && names[0] !== old;
    }, oldCache);
    assert.deepEqual(app.errors, []);
  });
});
