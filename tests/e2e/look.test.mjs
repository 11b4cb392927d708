// Accessibility, responsiveness and layout stability of the built app.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { VersusPage, appAndBrowser, artifactPath, layOutEveryCard } from '../support/browser.mjs';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

describe('Look and feel', () => {
  const env = appAndBrowser();

  for (const colorScheme of ['light', 'dark']) {
    test(`axe finds no serious or critical violation in ${colorScheme} mode`, async () => {
      // bypassCSP: axe is test tooling injected as an inline script.
      const context = await env.browser.newContext({ colorScheme, bypassCSP: true });
      const app = await VersusPage.open(context, env.server.url);
      // Open every disclosure so hidden content is checked too.
      await app.page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await app.page.addScriptTag({ path: AXE_PATH });
      const result = await app.page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      const bad = result.violations
        .filter((v) => ['serious', 'critical'].includes(v.impact))
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.length} nodes, e.g. ${v.nodes[0].target.join(' ')}`);
      assert.deepEqual(bad, []);
      console.log(`axe ${colorScheme}: ${result.violations.length} violations of any impact; passes: ${result.passes?.length ?? 'n/a'}`);
      assert.deepEqual(app.errors, []);
      await context.close();
    });
  }

  for (const width of [320, 1280]) {
    test(`at ${width}px wide nothing overflows sideways; screenshot saved`, async () => {
      const context = await env.browser.newContext({ viewport: { width, height: 900 } });
      const app = await VersusPage.open(context, env.server.url);
      await layOutEveryCard(app.page);
      const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `page is ${overflow}px wider than the viewport`);
      const path = artifactPath(`app-${width}.png`);
      await app.page.screenshot({ path, fullPage: false });
      await app.page.screenshot({ path: artifactPath(`app-${width}-full.png`), fullPage: true });
      console.log(`screenshot: ${path}`);
      await context.close();
    });
  }

  test('mounting the app causes no layout shift', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(env.server.url);
    await page.getByRole('status').waitFor();
    await page.waitForFunction(() => !document.getElementById('versus-placeholder'));
    await page.waitForTimeout(300);
    const cls = await page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
    console.log(`cumulative layout shift while mounting: ${cls}`);
    assert.equal(cls, 0);
    await context.close();
  });

  test('without JavaScript the page says what changing it needs', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(env.server.url);
    // Playwright's text engine skips <noscript>, so find the message by its class.
    const message = page.locator('noscript .noscript');
    assert.ok(await message.isVisible());
    assert.match(await message.innerText(), /Changing the priorities needs JavaScript/);
    assert.ok(await page.getByRole('heading', { level: 1 }).isVisible());
    await context.close();
  });
});
