// The widget in the reader's language (issue 25): German and Arabic end to
// end, first paint included (the WASM held back), right to left, the
// language switch, an iframe's `lang`, and the pseudo-locale's longer text
// at 320 px. The custom element's `lang` is tested in the real Hugo and
// Jekyll builds (hugo.test.mjs, jekyll.test.mjs).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { ROOT, VersusPage, alertSaid, appAndBrowser, artifactPath, layOutEveryCard, textsOf } from '../support/browser.mjs';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const ARABIC_DIGIT = /[\u0660-\u0669]/;

describe('Languages', () => {
  const env = appAndBrowser();

  /** A page in a browser that prefers `locale`, its WASM held until `release()`. */
  async function heldBack(t, path, locale, options = {}) {
    const context = await env.browser.newContext({ serviceWorkers: 'block', locale, ...options });
    t.after(() => context.close());
    let release;
    const released = new Promise((go) => { release = go; });
    await context.route(/_bg\.wasm$/, async (route) => { await released; await route.continue(); });
    const requested = [];
    context.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const app = new VersusPage(await context.newPage());
    await app.page.goto(new URL(path, env.server.url).href);
    return { app, release, context, requested };
  }

  const headline = (page) => page.locator('.verdict-headline').innerText();

  test('a browser preferring German gets the German page, German from the first paint on', async (t) => {
    const { app, release } = await heldBack(t, '/', 'de-DE');
    const page = app.page;
    assert.equal(new URL(page.url()).pathname, '/de/');
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
    // Still the pre-rendered page: the WASM has not arrived.
    assert.ok(await page.locator('#versus-placeholder').count());
    const first = await headline(page);
    assert.match(first, /Bei gleicher Gewichtung liegt Node\.js mit 0,5 Punkten vorn/);
    assert.doesNotMatch(await page.locator('main').innerText(), /At equal weights|Your priorities|Sources disagree/);
    release();
    await app.live();
    assert.equal(await headline(page), first, 'the take-over says the same in German');
    await app.setSlider('AI & machine learning', 10);
    await page.waitForFunction(() => /gewinnt/.test(document.querySelector('.verdict-headline').textContent));
    assert.match(await headline(page), /^Python gewinnt mit \d+(,\d)? Punkten? Vorsprung$/);
    // A flip sentence on a card, in German.
    // The flip sentences, in German: "Node.js gewinnt ab 3" and the like.
    const flips = await page.locator('.card-flip').evaluateAll(textsOf);
    assert.ok(flips.some((f) => /^Node\.js gewinnt (ab|bei) \d/.test(f)), flips.join(' | '));
    assert.ok(flips.every((f) => !/wins|overtakes|cannot change/.test(f)), flips.join(' | '));
    assert.match(await page.getByRole('slider', { name: 'AI & machine learning' }).getAttribute('aria-valuetext'), /^10 von 10/);
    assert.deepEqual(app.errors, []);
  });

  test('Arabic reads right to left, with its digits, and axe finds nothing serious', async (t) => {
    const { app, release, context } = await heldBack(t, '/', 'ar-EG', { bypassCSP: true });
    const page = app.page;
    assert.equal(new URL(page.url()).pathname, '/ar/');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.match(await headline(page), ARABIC_DIGIT);
    release();
    await app.live();
    assert.equal(await page.locator('.versus').first().getAttribute('dir'), 'rtl');
    await app.setSlider('AI & machine learning', 10);
    await page.waitForFunction(() => /Python/.test(document.querySelector('.verdict-headline').textContent));
    const sentence = await headline(page);
    assert.match(sentence, ARABIC_DIGIT, sentence);
    assert.doesNotMatch(sentence, /wins|points/);
    // The name sits in its own isolate, so ".js" or a number never drifts.
    assert.ok(sentence.includes('\u2068Python\u2069'), JSON.stringify(sentence));
    const flips = await page.locator('.card-flip').evaluateAll(textsOf);
    assert.ok(flips.every((f) => !/wins|overtakes|cannot change/.test(f)), flips.join(' | '));
    // The slider's drawing reads from the right, as the slider does.
    const mirrored = await page.locator('.flip-marks').first().evaluate((e) => getComputedStyle(e).transform);
    assert.match(mirrored, /^matrix\(-1/);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await page.addScriptTag({ path: AXE_PATH });
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const bad = result.violations
      .filter((v) => ['serious', 'critical'].includes(v.impact))
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.length} nodes, e.g. ${v.nodes[0].target.join(' ')}`);
    assert.deepEqual(bad, []);
    await page.screenshot({ path: artifactPath('app-ar-1280.png') });
    // The evidence stays in English, says so, and keeps its own direction
    // (an English sentence's full stop stays at its end).
    const quote = page.locator('details.sources q').first();
    assert.equal(await quote.evaluate((q) => q.closest('[lang]').getAttribute('lang')), 'en');
    assert.equal(await quote.getAttribute('dir'), 'auto');
    const rationale = page.locator('.score-rationale').first();
    assert.equal(await rationale.evaluate((p) => getComputedStyle(p).direction), 'ltr');
    assert.deepEqual(app.errors, []);
    await context.close();
  });

  test('the language switch opens the page in that language, keeps the state and is remembered', async (t) => {
    const context = await env.browser.newContext({ serviceWorkers: 'block', locale: 'en-US' });
    t.after(() => context.close());
    const app = await VersusPage.open(context, new URL('/#v1&ai_ml=9', env.server.url).href);
    await app.page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await app.page.waitForURL(/\/fr\/#v1&ai_ml=9$/);
    await app.live();
    assert.equal(await app.page.getAttribute('html', 'lang'), 'fr');
    assert.equal(await app.page.getByRole('slider', { name: 'AI & machine learning' }).inputValue(), '9');
    // Remembered: the root page sends this reader to French from now on.
    await app.page.goto(new URL('/', env.server.url).href);
    assert.equal(new URL(app.page.url()).pathname, '/fr/');
    await app.live();
    await app.page.locator('#language-select').selectOption('en');
    await app.page.waitForURL((url) => url.pathname === '/');
    await app.live();
    assert.equal(await app.page.getAttribute('html', 'lang'), 'en');
    assert.deepEqual(app.errors, []);
  });

  test('an iframe page with lang=de paints German; an unknown lang is named in a notice', async (t) => {
    const { app, release } = await heldBack(t, '/embed.html?lang=de&preset=ml', 'en-US');
    assert.equal(new URL(app.page.url()).pathname, '/de/embed.html');
    // The first paint is the pre-rendered default, in German; the preset
    // applies once the app takes over.
    assert.match(await headline(app.page), /^Bei gleicher Gewichtung/);
    release();
    await app.live();
    assert.match(await headline(app.page), /gewinnt/);
    const other = await heldBack(t, '/embed.html?lang=xx', 'en-US');
    other.release();
    await other.app.live();
    assert.equal(new URL(other.app.page.url()).pathname, '/embed.html');
    assert.match(await other.app.page.locator('.notice').innerText(), /lang/);
  });

  test('what could not be used or loaded is said in German too', async (t) => {
    // A setting with a bad value, and one Versus does not have.
    const { app, release } = await heldBack(t, '/embed.html?lang=de&theme=neon&colour=red', 'en-US');
    release();
    await app.live();
    const notice = (await app.page.locator('.notice').innerText()).replace(/\s+/g, ' ');
    assert.match(notice, /Einige Einstellungen dieses eingebetteten Widgets wurden nicht übernommen/);
    assert.match(notice, /theme=„neon“ ignoriert: erwartet wird light, dark oder auto\./);
    assert.match(notice, /„colour“ ignoriert: Versus hat keine Einstellung dieses Namens\./);
    assert.doesNotMatch(notice, /Ignored|expected/);
    // A dataset that is not there: the failure's title and line in German.
    const missing = await heldBack(t, '/embed.html?lang=de&data=/no-such-file.json', 'en-US');
    // Before the app: the boot script's line, in German too.
    assert.equal(await missing.app.page.locator('.load-pending').innerText(), 'Vergleich wird geladen…');
    missing.release();
    const alert = missing.app.page.getByRole('alert');
    await alert.waitFor();
    const said = (await alert.innerText()).replace(/\s+/g, ' ');
    assert.match(said, /Die Daten des Vergleichs konnten nicht geladen werden/);
    assert.match(said, /antwortete mit 404/);
    // The words of a dataset's faults are not in the page: fetched only
    // when a notice lists problems.
    assert.deepEqual(missing.requested.filter((path) => path.includes('-faults-')), []);
    // A dataset with problems: each said in German, with its line, column and path.
    const broken = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/broken/score-too-high.json'), 'utf8'));
    const link = deflateRawSync(Buffer.from(JSON.stringify(broken, null, 1))).toString('base64url');
    const invalid = await heldBack(t, `/embed.html?lang=de#data=${link}`, 'en-US');
    invalid.release();
    const problems = invalid.app.page.getByRole('alert');
    await problems.waitFor();
    const listed = await alertSaid(problems);
    assert.match(listed, /Die Daten dieses Vergleichs haben einen Fehler/);
    assert.match(listed, /Zeile \d+, Spalte \d+: criteria\[0\]\.scores\[1\]\.value: 15 ist größer als 10/);
    assert.doesNotMatch(listed, /line|column|is above/);
    assert.deepEqual(invalid.requested.filter((path) => path.includes('-faults-')).map((path) => path.replace(/-[0-9a-f]{16}/, '')), ['/l10n/de-faults.json']);
  });

  test('an app that cannot start says so in the page\'s language, with a retry', async (t) => {
    const context = await env.browser.newContext({ serviceWorkers: 'block', locale: 'ja-JP' });
    t.after(() => context.close());
    await context.route(/_bg\.wasm$/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(env.server.url);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.equal(new URL(page.url()).pathname, '/ja/');
    assert.match(await alert.innerText(), /インタラクティブな比較を開始できませんでした/);
    assert.doesNotMatch(await alert.innerText(), /could not start/);
    await alert.getByRole('button', { name: '再試行' }).waitFor();
  });

  test('in Arabic the chart\'s arrows point outward, to their mirrored sides', async (t) => {
    const { app, release } = await heldBack(t, '/embed.html?lang=ar', 'en-US');
    release();
    await app.live();
    await app.page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const side = async (selector) => app.page.locator(selector).first().evaluate((e) => {
      const box = e.getBoundingClientRect();
      return { text: e.textContent, left: box.left, right: box.right };
    });
    const start = await side('.axis-left');
    const end = await side('.axis-right');
    // The runner-up's label sits on the right in Arabic, so its arrow points right.
    assert.ok(start.left > end.left, JSON.stringify({ start, end }));
    assert.ok(start.text.includes('→') && !start.text.includes('←'), start.text);
    assert.ok(end.text.includes('←') && !end.text.includes('→'), end.text);
  });

  test('the pseudo-locale, 40% longer, fits 320 px without overflowing', async (t) => {
    const context = await env.browser.newContext({ serviceWorkers: 'block', viewport: { width: 320, height: 800 } });
    t.after(() => context.close());
    for (const path of ['/en-XA/', '/en-XA/embed.html']) {
      const app = await VersusPage.open(context, new URL(path, env.server.url).href);
      await app.page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await layOutEveryCard(app.page);
      const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `${path} is ${overflow}px wider than the viewport`);
      // Nothing inside clips its own text sideways either.
      const clipped = await app.page.evaluate(() => [...document.querySelectorAll('.versus button, .versus label, .versus summary, .versus h1, .versus h2, .versus h3, .versus p')]
        .filter((e) => !e.closest('.visually-hidden') && e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'auto')
        .map((e) => `${e.tagName}.${e.className}: ${e.textContent.slice(0, 40)}`));
      assert.deepEqual(clipped, []);
      assert.match(await headline(app.page), /[åçéîñöûý]/);
      await app.page.screenshot({ path: artifactPath(`pseudo-320${path.includes('embed') ? '-embed' : ''}.png`), fullPage: true });
      assert.deepEqual(app.errors, []);
    }
  });
});
