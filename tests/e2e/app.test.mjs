// The built app in Chromium, driven the way a reader would drive it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { VersusPage, appAndBrowser } from '../support/browser.mjs';

describe('Versus app', () => {
  const env = appAndBrowser();
  let context;

  const open = async () => {
    context = await env.browser.newContext();
    return VersusPage.open(context, env.server.url);
  };

  test('renders a slider per criterion and a verdict', async () => {
    const app = await open();
    assert.ok((await app.page.getByRole('slider').count()) >= 16);
    assert.match(await app.verdictText(), /^At equal weights, (Node\.js|Python) leads by|^At equal weights: too close to call/);
    assert.deepEqual(app.errors, []);
    await context.close();
  });

  test('a screen reader hears one sentence, once a drag settles', async () => {
    const app = await open();
    const region = app.verdict();
    const spoken = async () => (await region.innerText()).trim();
    assert.equal((await spoken()).split(/(?<=\.)\s+/).length, 1, await spoken());
    assert.ok((await app.page.locator('.verdict-detail').innerText()).length > 0, 'the detail stays visible');
    assert.equal(await region.locator('.verdict-detail').count(), 0);
    // A drag: several steps in quick succession keep the region busy.
    for (const level of [3, 4, 5, 6, 7]) await app.setSlider('AI & machine learning', level);
    assert.equal(await region.getAttribute('aria-busy'), 'true');
    await app.page.waitForFunction(() => !document.querySelector('[role=status]').hasAttribute('aria-busy'));
    assert.equal((await spoken()).split(/(?<=\.)\s+/).length, 1, await spoken());
    await context.close();
  });

  test('raising only the AI/ML priority makes Python win', async () => {
    const app = await open();
    assert.match(await app.verdictText(), /^At equal weights, Node\.js leads/);
    await app.setSlider('AI & machine learning', 10);
    assert.match(await app.verdictText(), /^Python wins by/);
    assert.deepEqual(app.errors, []);
    await context.close();
  });

  test('raising only real-time makes Node.js win where Python led', async () => {
    const app = await open();
    await app.choosePreset('Automation & scripting');
    assert.match(await app.verdictText(), /^Python wins/);
    assert.equal(await app.slider('Real-time features').inputValue(), '0');
    await app.setSlider('Real-time features', 10);
    assert.match(await app.verdictText(), /^Node\.js wins by/);
    await context.close();
  });

  test('a preset sets the sliders and reset restores the defaults', async () => {
    const app = await open();
    const ai = app.slider('AI & machine learning');
    const before = await ai.inputValue();
    await app.choosePreset('Machine learning & data science');
    assert.equal(await ai.inputValue(), '10');
    assert.equal(await app.slider('Data processing').inputValue(), '9');
    await app.page.getByRole('button', { name: 'Reset' }).click();
    assert.equal(await ai.inputValue(), before);
    await context.close();
  });

  test('keyboard only: Tab to a slider, arrow keys change it and the verdict', async () => {
    const app = await open();
    const ai = app.slider('AI & machine learning');
    // Tab through the page until the AI/ML slider has focus.
    for (let i = 0; i < 60 && !(await ai.evaluate((el) => el === document.activeElement)); i++) {
      await app.page.keyboard.press('Tab');
    }
    assert.ok(await ai.evaluate((el) => el === document.activeElement), 'slider never got focus');
    const start = Number(await ai.inputValue());
    const verdictBefore = await app.verdictText();
    for (let i = start; i < 10; i++) await app.page.keyboard.press('ArrowRight');
    assert.equal(await ai.inputValue(), '10');
    assert.equal(await ai.getAttribute('aria-valuetext'), '10 of 10, top priority');
    assert.notEqual(await app.verdictText(), verdictBefore);
    assert.match(await app.verdictText(), /^Python wins/);
    await context.close();
  });
});
