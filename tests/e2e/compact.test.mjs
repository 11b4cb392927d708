// The compact embed layout (issues 15, 26): one row per criterion, the ones
// that move the verdict most first, short enough for a blog post's frame, evidence opening in place; and height reports a parent
// can rely on (never 0, and answered when a late listener says "ready").
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { appAndBrowser, openPage } from '../support/browser.mjs';
import { serveBlog } from '../support/blog.mjs';

describe('Compact layout', () => {
  const env = appAndBrowser();

  // WordPress caps an embed's frame at 1,000 px: the default widget fits it
  // down to a phone's width, and nothing is hidden for good.
  for (const width of [600, 390, 360]) {
    test(`the default compact embed fits 1000 px at ${width} px wide, rows closed, and shows every criterion on demand`, async (t) => {
      const { page, errors } = await openPage(t, env.browser, { contextOptions: { viewport: { width, height: 900 } } });
      await page.goto(`${env.server.url}embed.html`);
      await page.waitForFunction(() => !document.getElementById('versus-placeholder'));
      const measure = () => page.evaluate(() => ({
        height: document.querySelector('.versus').getBoundingClientRect().height,
        rows: document.querySelectorAll('ol.rows > li').length,
        overflow: document.documentElement.scrollWidth > document.documentElement.clientWidth,
      }));
      const first = await measure();
      console.log(`compact embed at ${width} px: ${Math.round(first.height)} px tall, ${first.rows} rows`);
      assert.equal(first.rows, 8);
      assert.ok(first.height <= 1000, `${Math.round(first.height)} px tall`);
      assert.equal(first.overflow, false, 'nothing is cut off sideways');
      await page.getByRole('button', { name: 'Show all 22 criteria' }).click();
      const all = await measure();
      console.log(`  with every criterion: ${Math.round(all.height)} px tall, ${all.rows} rows`);
      assert.equal(all.rows, 22);
      assert.equal(all.overflow, false);
      assert.deepEqual(errors, []);
    });
  }

  test('a row opens its evidence in place, and its slider moves the verdict', async (t) => {
    const { page, errors } = await openPage(t, env.browser, { contextOptions: { viewport: { width: 600, height: 900 } } });
    await page.goto(`${env.server.url}embed.html`);
    await page.waitForFunction(() => !document.getElementById('versus-placeholder'));
    const row = page.locator('ol.rows > li', { has: page.locator('#weight-ai_ml') });
    assert.equal(await row.locator('details.sources').isVisible(), false);
    await row.getByText('Why').click();
    await row.locator('details.sources summary').click();
    // The built-in comparison's quotes are read when first opened.
    await row.locator('details.sources q').first().waitFor();
    assert.match(await row.locator('details.sources').innerText(), /undisputed champion/);
    await page.getByRole('slider', { name: 'AI & machine learning' }).fill('10');
    assert.match(await page.getByRole('status').innerText(), /^Python wins by/);
    assert.deepEqual(errors, []);
  });

  test('the app page offers the compact rows too', async (t) => {
    const { page } = await openPage(t, env.browser);
    await page.goto(env.server.url);
    await page.waitForFunction(() => !document.getElementById('versus-placeholder'));
    assert.equal(await page.locator('ol.rows').count(), 0);
    await page.getByRole('combobox', { name: 'View' }).selectOption({ label: 'Compact rows' });
    assert.equal(await page.locator('ol.rows > li').count(), 22);
  });

  test('height reports are never 0 and answer a listener that says ready late', async (t) => {
    const { page } = await openPage(t, env.browser);
    // A host page with no resizer of its own: it listens by hand, late.
    const blog = await serveBlog(env.server.url, { 'late.html': '' }, { withLoader: false });
    t.after(() => blog.stop());
    await page.goto(`${blog.url}late.html`);
    await page.evaluate((src) => {
      window.__heights = [];
      addEventListener('message', (e) => { if (e.data?.type === 'versus:height') window.__heights.push(e.data.height); });
      const frame = Object.assign(document.createElement('iframe'), { id: 'f', src });
      frame.style.cssText = 'width:600px;height:300px;border:0';
      document.body.append(frame);
    }, `${env.server.url}embed.html`);
    await page.waitForFunction(() => window.__heights.length > 0, null, { timeout: 10000 });
    // A listener arriving late asks again and gets the current height.
    const before = await page.evaluate(() => window.__heights.length);
    await page.evaluate(() => document.getElementById('f').contentWindow.postMessage({ message: 'ready' }, '*'));
    await page.waitForFunction((n) => window.__heights.length > n, before);
    const heights = await page.evaluate(() => window.__heights);
    assert.ok(heights.every((h) => h > 0), `reported ${heights}`);
  });
});
