// The WASM never competes with the first paint, and what a reader does on
// the pre-rendered page before the app takes over carries over (issue 22):
// the WASM response is held back, the reader uses the static page, then it
// is released.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { VersusPage, appAndBrowser } from '../support/browser.mjs';

const PRESET = 'Real-time chat & collaboration';

describe('Take-over', () => {
  const env = appAndBrowser();

  /** A page whose WASM download waits until `release()`. */
  async function heldBack(t, path = '', options = {}) {
    const context = await env.browser.newContext({ serviceWorkers: 'block', ...options });
    t.after(() => context.close());
    let release;
    const released = new Promise((go) => { release = go; });
    await context.route(/_bg\.wasm$/, async (route) => { await released; await route.continue(); });
    const app = new VersusPage(await context.newPage());
    await app.page.goto(`${env.server.url}${path}`);
    return { app, release };
  }

  test('the page head preloads neither the module nor the WASM', async (t) => {
    const { app, release } = await heldBack(t);
    const preloads = await app.page.evaluate(() => [...document.querySelectorAll('link[rel=preload], link[rel=modulepreload]')].map((l) => l.href));
    assert.deepEqual(preloads, []);
    release();
  });

  test('sliders moved, a project type picked, a section opened, focus and scroll before the take-over all carry over', async (t) => {
    const { app, release } = await heldBack(t);
    const page = app.page;
    await app.presetPicker().selectOption({ label: PRESET });
    await app.setSlider('AI & machine learning', 9);
    const sources = page.locator('details.sources').nth(2);
    await sources.locator('summary').click();
    await page.evaluate(() => window.scrollTo(0, 600));
    await app.slider('Security').focus();
    const top = () => page.evaluate(() => Math.round(document.getElementById('weight-security').getBoundingClientRect().top));
    const topBefore = await top();
    assert.ok(await page.locator('#versus-placeholder').count(), 'still the static page');
    release();
    await app.live();

    // The same choices made in the app itself, for comparison.
    const context = await env.browser.newContext({ serviceWorkers: 'block' });
    t.after(() => context.close());
    const direct = await VersusPage.open(context, env.server.url);
    await direct.choosePreset(PRESET);
    await direct.setSlider('AI & machine learning', 9);

    const levels = (vp) => vp.page.getByRole('slider').evaluateAll((s) => s.map((e) => `${e.id}=${e.value}`));
    await page.waitForFunction(() => document.getElementById('weight-ai_ml').value === '9');
    assert.deepEqual(await levels(app), await levels(direct));
    assert.equal(await app.verdictText(), await direct.verdictText());
    assert.equal(await page.locator('details.sources').nth(2).getAttribute('open'), '');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'weight-security');
    // What the reader was looking at stays where it was on the screen.
    assert.ok(Math.abs((await top()) - topBefore) <= 2, `the focused slider moved from ${topBefore} to ${await top()} px`);
    assert.deepEqual(app.errors, []);
  });

  test('on a phone scrolled far down, what the reader looks at stays where it is', async (t) => {
    // Cards off the screen are laid out at an estimated height
    // (content-visibility), so the same scroll offset alone would show another card.
    const { app, release } = await heldBack(t, '', { viewport: { width: 360, height: 740 } });
    const page = app.page;
    const slider = page.getByRole('slider').nth(14);
    await page.evaluate(() => window.scrollTo(0, 0));
    await slider.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    // As the reader sees it: the cards come on the screen laid out in the next frames.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const id = await slider.getAttribute('id');
    const top = () => page.evaluate((id) => Math.round(document.getElementById(id).getBoundingClientRect().top), id);
    const topBefore = await top();
    release();
    await app.live();
    await page.waitForTimeout(100);
    assert.ok(Math.abs((await top()) - topBefore) <= 2, `${id} moved from ${topBefore} to ${await top()} px`);
    assert.deepEqual(app.errors, []);
  });

  test('in the iframe page too', async (t) => {
    const { app, release } = await heldBack(t, 'embed.html');
    await app.setSlider('AI & machine learning', 10);
    release();
    await app.live();
    await app.page.waitForFunction(() => document.getElementById('weight-ai_ml').value === '10');
    assert.match(await app.verdictText(), /^Python wins/);
  });
});
