// The first paint comes from HTML (issue 13): every page carries the app
// pre-rendered at build time, readable with JavaScript off or the WASM
// blocked, and the app takes over without moving anything.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { appAndBrowser, openPage } from '../support/browser.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../support/browser.mjs';

const CRITERIA = JSON.parse(readFileSync(join(DIST, '..', 'data', 'dataset.json'), 'utf8')).criteria;

describe('First paint from HTML', () => {
  const env = appAndBrowser();

  test('with JavaScript off, the verdict and every criterion are there', async (t) => {
    const { page } = await openPage(t, env.browser, { contextOptions: { javaScriptEnabled: false } });
    await page.goto(env.server.url);
    assert.equal(await page.getByRole('status').innerText().then((s) => s.split('\n')[0]), 'At equal weights, Node.js leads by 0.5 points');
    const sliders = page.getByRole('slider');
    assert.equal(await sliders.count(), CRITERIA.length);
    for (const criterion of CRITERIA) {
      const card = page.locator('article', { has: page.locator(`#weight-${criterion.id}`) });
      assert.equal(await card.locator('.score-number').count(), criterion.scores.length, criterion.id);
      // As a reader scrolls to it: a card off the screen is not rendered (content-visibility).
      await card.scrollIntoViewIfNeeded();
      assert.equal(await card.locator('.score-rationale').first().innerText(), criterion.scores[0].rationale);
      assert.equal(await card.locator('details.sources').count(), 1);
      assert.equal(await page.locator(`#weight-${criterion.id}`).inputValue(), '2');
    }
    assert.match(await page.locator('noscript .noscript').innerText(), /Changing the priorities needs JavaScript/);
  });

  test('with the WASM blocked, the page still reads and says the app could not start', async (t) => {
    const { page, context } = await openPage(t, env.browser);
    await context.route('**/*.wasm', (route) => route.abort());
    await page.goto(env.server.url);
    await page.getByRole('alert').waitFor();
    assert.match(await page.getByRole('alert').innerText(), /could not start/);
    assert.match(await page.getByRole('status').innerText(), /^At equal weights, Node\.js leads/);
    assert.equal(await page.getByRole('slider').count(), CRITERIA.length);
  });

  test('the take-over moves nothing (CLS 0) and then the page is live', async (t) => {
    const { page, errors } = await openPage(t, env.browser, {
      initScript: () => {
        window.__shifts = [];
        new PerformanceObserver((list) => {
          // As CLS counts them: not the shifts right after the reader's input.
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
        }).observe({ type: 'layout-shift', buffered: true });
      },
    });
    await page.goto(env.server.url);
    // Taken over: the static placeholder has been replaced by the live app.
    await page.waitForFunction(() => !document.getElementById('versus-placeholder') && !document.getElementById('versus-root').hasAttribute('aria-busy'));
    await page.waitForTimeout(500); // a few frames after the swap
    const shifts = await page.evaluate(() => window.__shifts);
    await page.getByRole('slider', { name: 'AI & machine learning' }).fill('10');
    assert.match(await page.getByRole('status').innerText(), /^Python wins by/);
    assert.equal(shifts.reduce((a, b) => a + b, 0), 0, `layout shifts: ${shifts}`);
    assert.deepEqual(errors, []);
  });

  test('a preset page is that preset, live, and previews with its answer', async (t) => {
    const { page, errors } = await openPage(t, env.browser);
    await page.goto(`${env.server.url}preset/ml/`);
    const og = await page.locator('meta[property="og:title"]').getAttribute('content');
    assert.equal(og, 'Machine learning & data science: Python wins by 3.1 points');
    assert.match(await page.title(), /^Machine learning & data science: Python wins by 3\.1 points/);
    assert.equal(await page.locator('link[rel=canonical]').getAttribute('href'), `${new URL('preset/ml/', 'http://127.0.0.1:8080/')}`);
    await page.waitForFunction(() => !document.getElementById('versus-placeholder'));
    assert.equal(await page.getByRole('slider', { name: 'AI & machine learning' }).inputValue(), '10');
    await page.getByRole('slider', { name: 'Real-time features' }).fill('10');
    assert.match(await page.getByRole('status').innerText(), /wins by|Too close/);
    assert.deepEqual(errors, []);
  });

  test('a share link opens in its own state once the app takes over', async (t) => {
    const { page, errors } = await openPage(t, env.browser);
    await page.goto(`${env.server.url}#v1&real_time=10&ai_ml=0`);
    await page.waitForFunction(() => !document.getElementById('versus-placeholder'));
    assert.equal(await page.getByRole('slider', { name: 'Real-time features' }).inputValue(), '10');
    assert.match(await page.getByRole('status').innerText(), /^Node\.js wins by/);
    assert.deepEqual(errors, []);
  });
});
