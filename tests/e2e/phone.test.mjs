// On a phone (issue 26): the first screen of the app page answers (the
// question and the verdict) and invites (a control), and the long
// explanation is one tap away.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { VersusPage, appAndBrowser } from '../support/browser.mjs';

describe('On a phone', () => {
  const env = appAndBrowser();

  test('at 390 x 844 the first screen holds the question, the verdict and a control', async (t) => {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    t.after(() => context.close());
    const app = await VersusPage.open(context, env.server.url);
    const bottom = async (locator) => (await locator.boundingBox()).y + (await locator.boundingBox()).height;
    const screen = {
      question: app.page.getByRole('heading', { level: 1 }),
      verdict: app.verdict(),
      'project-type picker': app.presetPicker(),
    };
    for (const [name, locator] of Object.entries(screen)) {
      const at = await bottom(locator);
      console.log(`${name}: ends at ${Math.round(at)} px`);
      assert.ok(at <= 844, `${name} ends at ${Math.round(at)} px, below the first screen`);
    }
    // What the first screen shows, top to bottom, for the record.
    const seen = await app.page.evaluate(() => [...document.querySelectorAll('h1, [role=status], summary, select, input[type=range], button, .lede')]
      .filter((el) => { const r = el.getBoundingClientRect(); return r.height > 0 && r.top < innerHeight; })
      .map((el) => `${el.tagName.toLowerCase()}: ${(el.getAttribute('aria-label') || el.innerText || el.id).trim().slice(0, 60)}`));
    console.log(`first screen at 390 x 844:\n  ${seen.join('\n  ')}`);
    // The explanation is one tap away.
    const detail = app.page.locator('.verdict-detail');
    assert.equal(await detail.isVisible(), false);
    await app.page.getByText('Why, and what would change it').click();
    assert.equal(await detail.isVisible(), true);
    assert.deepEqual(app.errors, []);
  });

  test('on a wide screen the explanation stays open beside the cards', async (t) => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    t.after(() => context.close());
    const app = await VersusPage.open(context, env.server.url);
    assert.equal(await app.page.locator('.verdict-detail').isVisible(), true);
    assert.equal(await app.page.locator('.reasons').isVisible(), true);
    assert.equal(await app.page.getByText('Why, and what would change it').isVisible(), false);
  });
});
