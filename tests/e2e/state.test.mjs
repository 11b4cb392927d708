// State that travels: share links, history, remembered weights, the record.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { VersusPage, appAndBrowser } from '../support/browser.mjs';

describe('State that travels', () => {
  const env = appAndBrowser();

  const fresh = (options = {}) => env.browser.newContext(options);
  /** Waits until the debounced URL write has happened. */
  const waitForHash = (app, pattern) => app.page.waitForFunction((p) => new RegExp(p).test(location.hash), pattern.source);

  test('weights are remembered across a visit without a link', async () => {
    const context = await fresh();
    const app = await VersusPage.open(context, env.server.url);
    await app.setSlider('AI & machine learning', 9);
    await app.setSlider('Real-time features', 0);
    await waitForHash(app, /ai_ml=9/);
    await app.page.goto(env.server.url); // same origin, no fragment
    await app.live();
    assert.equal(await app.slider('AI & machine learning').inputValue(), '9');
    assert.equal(await app.slider('Real-time features').inputValue(), '0');
    assert.deepEqual(app.errors, []);
    await context.close();
  });

  test('a copied link opens the same weights and verdict in a new browser', async () => {
    const context = await fresh({ permissions: ['clipboard-read', 'clipboard-write'] });
    const app = await VersusPage.open(context, env.server.url);
    await app.setSlider('AI & machine learning', 8);
    await app.setSlider('Data processing', 10);
    await app.page.getByRole('button', { name: 'Copy link' }).click();
    await app.page.getByText('Link copied to the clipboard.').waitFor();
    const link = await app.page.evaluate(() => navigator.clipboard.readText());
    assert.match(link, /#v1&.*ai_ml=8/);
    const verdict = await app.verdictText();

    const other = await fresh(); // no shared storage
    const copy = await VersusPage.open(other, link);
    assert.equal(await copy.slider('AI & machine learning').inputValue(), '8');
    assert.equal(await copy.slider('Data processing').inputValue(), '10');
    assert.equal(await copy.verdictText(), verdict);
    await other.close();
    await context.close();
  });

  test('Back and Forward walk through presets', async () => {
    const context = await fresh();
    const app = await VersusPage.open(context, env.server.url);
    await app.choosePreset('Real-time chat & collaboration');
    await app.choosePreset('Machine learning & data science');
    // The address is written after the render the choice causes.
    await app.page.waitForFunction(() => location.hash === '#v1&preset=ml');
    await app.page.goBack();
    await app.page.waitForFunction(() => location.hash === '#v1&preset=chat');
    assert.equal(await app.slider('Real-time features').inputValue(), '10');
    assert.equal(await app.presetPicker().inputValue(), 'chat');
    await app.page.goBack();
    await app.page.waitForFunction(() => location.hash === '');
    assert.equal(await app.slider('Real-time features').inputValue(), '2');
    await app.page.goForward();
    await app.page.goForward();
    await app.page.waitForFunction(() => location.hash === '#v1&preset=ml');
    assert.equal(await app.slider('AI & machine learning').inputValue(), '10');
    assert.match(await app.verdictText(), /^Python wins/);
    assert.deepEqual(app.errors, []);
    await context.close();
  });

  test('dragging does not flood history', async () => {
    const context = await fresh();
    const app = await VersusPage.open(context, env.server.url);
    const before = await app.page.evaluate(() => history.length);
    for (let v = 0; v <= 10; v++) await app.setSlider('Security', v);
    await waitForHash(app, /security=10/);
    assert.equal(await app.page.evaluate(() => history.length), before);
    await context.close();
  });

  test('a garbage fragment still renders, with a notice and no console error', async () => {
    const context = await fresh();
    const app = await VersusPage.open(context, `${env.server.url}#v1&ai_ml=99&bogus=%ZZ&ai_ml=3&real_time=7&sort=<b>x</b>`);
    assert.equal(await app.slider('Real-time features').inputValue(), '7');
    assert.equal(await app.slider('AI & machine learning').inputValue(), '2');
    const notice = app.page.getByText('Some settings in this link were not used');
    await notice.waitFor();
    assert.match(await app.page.locator('.notice').innerText(), /ai_ml=“99”/);
    assert.equal(await app.page.locator('.notice b').count(), 0, 'markup from the link must not be injected');
    await app.page.getByRole('button', { name: 'Dismiss' }).click();
    assert.equal(await notice.count(), 0);
    assert.deepEqual(app.errors, []);
    await context.close();
  });

  test('with localStorage throwing, the app still works and says nothing alarming', async () => {
    const context = await fresh();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
    });
    const app = await VersusPage.open(context, env.server.url);
    await app.setSlider('AI & machine learning', 10);
    assert.match(await app.verdictText(), /^Python wins/);
    await waitForHash(app, /ai_ml=10/);
    assert.equal(await app.page.locator('.notice').count(), 0);
    assert.deepEqual(app.errors, []);
    await context.close();
  });

  test('a corrupted remembered value keeps its good parts, says what it dropped, and is replaced', async () => {
    const context = await fresh();
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('versus:state', 'v1&ai_ml=banana&%%%&real_time=7');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const app = await VersusPage.open(context, env.server.url);
    assert.equal(await app.slider('AI & machine learning').inputValue(), '2');
    assert.equal(await app.slider('Real-time features').inputValue(), '7');
    const notice = app.page.locator('.notice');
    assert.match(await notice.innerText(), /remembered priorities no longer apply[\s\S]*banana/);
    assert.equal(await app.page.evaluate(() => localStorage.getItem('versus:state')), 'v1&real_time=7');
    // Dismissing it leaves focus in the page, not on <body>.
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    assert.equal(await app.page.evaluate(() => document.activeElement?.localName), 'main');
    await context.close();
  });

  test('a remembered state naming a retired criterion keeps every other priority', async () => {
    const context = await fresh();
    await context.addInitScript(() => localStorage.setItem('versus:state', 'v1&io_architecture=8&ai_ml=9&prototyping=7'));
    const app = await VersusPage.open(context, env.server.url);
    assert.equal(await app.slider('AI & machine learning').inputValue(), '9');
    assert.match(await app.page.locator('.notice').innerText(), /io_architecture[\s\S]*prototyping/);
    await context.close();
  });

  test('a save the browser refuses is said, and the stale state is not restored later', async () => {
    const context = await fresh();
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('full')) {
        localStorage.setItem('versus:state', 'v1&ai_ml=10');
        sessionStorage.setItem('full', '1');
        Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
      }
    });
    const app = await VersusPage.open(context, env.server.url);
    assert.equal(await app.slider('AI & machine learning').inputValue(), '10');
    await app.setSlider('Security', 6);
    await app.page.getByText('Versus could not remember your priorities').waitFor();
    assert.equal(await app.page.evaluate(() => localStorage.getItem('versus:state')), null);
    await context.close();
  });

  test('the exported Markdown carries the verdict shown on screen', async () => {
    const context = await fresh({ permissions: ['clipboard-read', 'clipboard-write'] });
    const app = await VersusPage.open(context, env.server.url);
    await app.choosePreset('Machine learning & data science');
    const headline = (await app.page.locator('.verdict-headline').innerText()).trim();
    await app.page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await app.page.getByText('Decision record copied to the clipboard.').waitFor();
    const markdown = await app.page.evaluate(() => navigator.clipboard.readText());
    assert.match(markdown, /^# Decision record: Node\.js or Python/);
    assert.ok(markdown.includes(`## Decision\n\n${headline}.`), markdown);
    assert.match(markdown, /preset=ml/);

    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByRole('button', { name: 'Download .md' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'versus-decision.md');
    const chunks = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk);
    assert.ok(Buffer.concat(chunks).toString('utf8').includes(headline));
    await context.close();
  });

  test('when the clipboard is refused the text is offered to copy by hand', async () => {
    const context = await fresh();
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    const app = await VersusPage.open(context, env.server.url);
    await app.page.getByRole('button', { name: 'Copy link' }).click();
    const field = app.page.getByRole('textbox', { name: 'Link to copy' });
    await field.waitFor();
    assert.match(await field.inputValue(), /^http:\/\/127\.0\.0\.1:\d+\/#v1/);
    assert.ok(await field.evaluate((el) => el === document.activeElement && el.selectionEnd > 0));
    assert.deepEqual(app.errors, []);
    await context.close();
  });
});
