// The authoring page: write a dataset, see its problems with their places,
// preview it, publish it; the draft survives a reload and a failed load.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, appAndBrowser, artifactPath, layOutEveryCard, openPage } from '../support/browser.mjs';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const DATABASES = readFileSync(join(ROOT, 'tests', 'fixtures', 'databases.json'), 'utf8');

describe('Authoring page', () => {
  const env = appAndBrowser();

  async function openAuthor(t, options = {}) {
    const { context, page, errors } = await openPage(t, env.browser, { contextOptions: options });
    await page.goto(`${env.server.url}author.html`);
    // The page opens on the grid; these tests write JSON.
    await page.getByRole('button', { name: 'JSON', exact: true }).click();
    const editor = page.getByRole('textbox', { name: 'Dataset JSON' });
    await editor.waitFor();
    return { context, page, editor, errors };
  }

  test('an author whose browser prefers German writes in German: the page, its problems, an imported table', async (t) => {
    const { page, errors } = await openPage(t, env.browser, { contextOptions: { locale: 'de-DE' } });
    await page.goto(`${env.server.url}author.html`);
    await page.getByRole('heading', { level: 1, name: 'Eigenen Vergleich erstellen' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'de');
    await page.getByRole('button', { name: 'JSON', exact: true }).click();
    await page.locator('#dataset-editor').fill(DATABASES.replace('"value": 10', '"value": 15'));
    // The problem, its place and the count, in German.
    const problem = page.getByRole('button', { name: /15 ist größer als 10/ });
    await problem.waitFor();
    assert.match(await problem.innerText(), /^Zeile \d+, Spalte \d+/);
    assert.match(await page.locator('#problems-summary').innerText(), /^1 Fehler$/);
    // A pasted table's problem is German too, placed as in the table.
    await page.getByRole('button', { name: 'Tabelle importieren' }).click();
    await page.locator('#import-text').fill('Drink\tTea\tCoffee\nTaste\t8\t15\n');
    await page.locator('.import-dialog button.primary').click();
    const said = await page.locator('#import-problems').innerText();
    assert.match(said, /Zeile 2/);
    assert.match(said, /15 ist größer als 10/);
    assert.doesNotMatch(said, /Row|column|is above/);
    assert.match(await page.title(), /^Eigenen Vergleich erstellen · Versus$/);
    // A table that imports is titled in German; the page confirms first.
    page.on('dialog', (dialog) => dialog.accept());
    await page.locator('#import-text').fill('Drink\tTea\tMilk\tCoffee\nTaste\t8\t6\t7\n');
    await page.locator('.import-dialog button.primary').click();
    await page.locator('#draft-title').waitFor();
    assert.equal(await page.locator('#draft-title').inputValue(), 'Tea, Milk oder Coffee?');
    assert.deepEqual(errors, []);
  });

  test('in the pseudo-locale, 40% longer, the authoring page fits 320 px', async (t) => {
    const { page, errors } = await openPage(t, env.browser, { contextOptions: { viewport: { width: 320, height: 800 } } });
    await page.goto(`${env.server.url}author.html?lang=en-XA`);
    await page.locator('html[lang=en-XA] h1').waitFor();
    // The grid, then the JSON view with a problem listed, each with its panels open.
    const overflowing = async () => {
      await layOutEveryCard(page);
      return page.evaluate(measure);
    };
    const measure = () => {
      document.querySelectorAll('details').forEach((d) => (d.open = true));
      const wide = document.documentElement.scrollWidth - document.documentElement.clientWidth;
      // Nothing clips its own text sideways (a scrolling grid may be wider).
      const clipped = [...document.querySelectorAll('button, label, summary, h1, h2, h3, p, legend')]
        .filter((e) => e.getClientRects().length && !e.closest('.visually-hidden') && e.scrollWidth > e.clientWidth + 1
          && !['auto', 'scroll'].includes(getComputedStyle(e).overflowX))
        .map((e) => `${e.tagName}.${e.className}: ${e.textContent.slice(0, 40)}`);
      return { wide, clipped };
    };
    assert.match(await page.locator('h1').innerText(), /[åçéîñöûý]/);
    assert.deepEqual(await overflowing(), { wide: 0, clipped: [] });
    await page.locator('.view-switch button').nth(1).click();
    await page.locator('#dataset-editor').fill(DATABASES.replace('"value": 10', '"value": 15'));
    await page.locator('#problems-summary').waitFor();
    assert.deepEqual(await overflowing(), { wide: 0, clipped: [] });
    await page.screenshot({ path: artifactPath('author-pseudo-320.png'), fullPage: true });
    assert.deepEqual(errors, []);
  });

  test('axe finds no serious or critical violation, with problems listed', async (t) => {
    const { page, editor, errors } = await openAuthor(t, { bypassCSP: true });
    await editor.fill(DATABASES.replace('"value": 10', '"value": 15'));
    await page.getByRole('button', { name: /15 is above 10/ }).waitFor();
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await page.addScriptTag({ path: AXE_PATH });
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    // Clean at every impact level, not only the serious ones.
    const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} nodes, e.g. ${v.nodes[0].target.join(' ')}`);
    assert.deepEqual(found, []);
    assert.deepEqual(errors, []);
  });

  test('problems are listed live with their places, and one click jumps there', async (t) => {
    const { page, editor, errors } = await openAuthor(t);
    const broken = DATABASES.replace('"value": 10', '"value": 15').replace('"technology": "mysql"', '"technology": "oracle"');
    await editor.fill(broken);
    const summary = page.locator('#problems-summary');
    assert.equal(await summary.innerText(), '3 problems'); // oracle unknown, mysql unscored, 15
    const problem = page.getByRole('button', { name: /15 is above 10/ });
    assert.match(await problem.innerText(), /^line \d+, column \d+ criteria\[0\]\.scores\[2\]\.value: 15 is above 10$/);
    await problem.click();
    // Focus is back in the editor with the bad value selected.
    const selected = await editor.evaluate((area) => ({
      focused: document.activeElement === area,
      text: area.value.slice(area.selectionStart, area.selectionStart + 2),
    }));
    assert.deepEqual(selected, { focused: true, text: '15' });
    await page.getByRole('button', { name: /`oracle` is not one of the technologies/ }).waitFor();
    // A syntax error has a line and column too.
    await editor.fill('{\n  "title": "x",\n}');
    assert.match(await page.getByRole('button', { name: /not valid JSON/ }).innerText(), /^line 3, column 1 /);
    assert.deepEqual(errors, []);
  });

  test('the preview follows the draft, and the draft survives a reload', async (t) => {
    const { page, editor, errors } = await openAuthor(t);
    await editor.fill(DATABASES);
    const preview = page.locator('.preview-frame');
    await preview.getByRole('heading', { level: 3, name: 'PostgreSQL, MySQL or SQLite for your app?' }).waitFor();
    assert.equal(await page.locator('#problems-summary').innerText(), 'No problems: this dataset is ready to publish.');
    // Breaking the draft keeps the last good preview, and says so.
    await editor.fill(DATABASES.replace('"PostgreSQL"', '"PostgreSQL'));
    await page.getByText('Showing the last version without problems.').waitFor();
    assert.equal(await preview.getByRole('heading', { level: 3, name: 'PostgreSQL, MySQL or SQLite for your app?' }).count(), 1);
    // The preview is part of this page: one main landmark, one h1.
    assert.equal(await page.getByRole('main').count(), 1);
    assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
    await page.reload();
    await editor.waitFor();
    assert.equal(await editor.inputValue(), DATABASES.replace('"PostgreSQL"', '"PostgreSQL'));
    assert.deepEqual(errors, []);
  });

  test('a failed "duplicate" leaves the draft as it was; a working one replaces it', async (t) => {
    // No service worker: it would answer from its precache (offline use is
    // hostile-data.test.mjs's), and this is about a fetch that fails.
    const { page, editor, context, errors } = await openAuthor(t, { serviceWorkers: 'block' });
    await editor.fill(DATABASES);
    page.on('dialog', (d) => d.accept());
    await context.route('**/dataset.json', (route) => route.abort());
    await page.getByRole('button', { name: 'Duplicate the built-in comparison' }).click();
    await page.getByText(/could not be loaded, so your draft is unchanged/).waitFor();
    assert.equal(await editor.inputValue(), DATABASES);
    await context.unroute('**/dataset.json');
    await page.getByRole('button', { name: 'Duplicate the built-in comparison' }).click();
    await page.locator('.preview-frame').getByRole('heading', { level: 3, name: /Node\.js or Python/ }).waitFor();
    assert.match(await editor.inputValue(), /"measures"/);
    // Only the aborted request itself is logged.
    assert.deepEqual(errors.filter((e) => !e.includes('ERR_FAILED')), []);
  });

  test('the self-contained link and the snippets open the same comparison', async (t) => {
    const { page, editor, context, errors } = await openAuthor(t);
    await editor.fill(DATABASES);
    const link = page.getByRole('textbox', { name: 'Link that opens it in Versus' });
    await link.waitFor();
    const url = await link.inputValue();
    assert.match(url, /#data=[A-Za-z0-9_-]+$/);
    const iframe = await page.getByRole('textbox', { name: 'Iframe snippet (any blog)' }).inputValue();
    assert.match(iframe, /<iframe src="[^"]*embed\.html#data=[A-Za-z0-9_-]+"/);
    const element = await page.getByRole('textbox', { name: 'Custom element snippet' }).inputValue();
    assert.match(element, /<versus-widget>\n<script type="application\/json">\n\{/);
    // With a file address, the snippets name the file instead.
    await page.getByRole('textbox', { name: /Where will you publish the file/ }).fill('https://blog.example/db.json');
    assert.match(await page.getByRole('textbox', { name: 'Custom element snippet' }).inputValue(), /<versus-widget src="https:\/\/blog\.example\/db\.json">/);

    const opened = await context.newPage();
    await opened.goto(url);
    await opened.getByRole('heading', { level: 1, name: 'PostgreSQL, MySQL or SQLite for your app?' }).waitFor();
    assert.deepEqual(errors, []);
  });

  test('at 320px the editor and the preview stack, nothing overflows', async (t) => {
    const { page, editor } = await openAuthor(t, { viewport: { width: 320, height: 800 } });
    await editor.fill(DATABASES);
    await page.locator('.preview-frame .masthead').getByRole('heading', { level: 3 }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `page is ${overflow}px wider than the viewport`);
  });
});
