// The authoring page without JSON: import a table (TSV, CSV, Markdown,
// HTML), edit it as a grid with the keyboard, undo and redo, copy it back
// out as a table. Every comparison here is one the repository uses nowhere
// else, so no other test's data can make these pass.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { appAndBrowser, openPage } from '../support/browser.mjs';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// Commuting, as a spreadsheet copies it: tab-separated, a Question column.
const COMMUTE_TSV = [
  'Criterion\tBike\tBus\tCar\tQuestion',
  'Cost per month\t9\t6\t2\tHow much does the monthly cost matter?',
  'Time door to door\t6\t4\t8\t',
  'Rain comfort\t2\t7\t9\t',
  'Exercise\t10\t3\t1\t',
].join('\n');

const TEA_CSV = [
  'Drink,Tea,Coffee,Notes',
  '"Caffeine, per cup",4,8,"strong ""kick"""',
  'Cost,8,5,',
  'Taste,7,7 (5-9),',
].join('\r\n');

const GENERATORS_MD = `Here is how the three static site generators compared for my blog:

| Generator | Hugo | Jekyll | Eleventy |
| :--- | ---: | ---: | ---: |
| Build speed | 10 | 3 | 7 (6-8) |
| Templating \\| themes | 6 | 7 | 9 |
| Setup | 8 | 5 | 7 |

Hugo was the fastest by far.`;

const TRAINS_HTML = `<meta charset="utf-8"><p>Our trip, compared:</p>
<table class="wp-block-table"><thead><tr><th>Leg</th><th>Night train</th><th>Flight</th></tr></thead>
<tbody><tr><td><strong>CO&#8322; per trip</strong></td><td>9</td><td>1</td></tr>
<tr><td>Sleep &amp; rest</td><td>7</td><td>4</td></tr>
<tr><td>Door-to-door time</td><td>5</td><td>8 [6–9]</td></tr></tbody></table><p>Bon voyage.</p>`;

describe('Authoring without JSON: import a table, edit it as a grid', () => {
  const env = appAndBrowser();

  async function openAuthor(t, options = {}) {
    const { context, page, errors } = await openPage(t, env.browser, { contextOptions: options });
    await page.goto(`${env.server.url}author.html`);
    await page.getByRole('grid').waitFor();
    return { context, page, errors };
  }

  async function importTable(page, text, { html } = {}) {
    await page.getByRole('button', { name: 'Import table' }).click();
    const box = page.getByRole('textbox', { name: 'Table to import' });
    await box.fill(text);
    if (html) {
      // What a browser does when a table copied from a web page is pasted:
      // the paste carries text/html besides the plain text.
      await box.evaluate((area, markup) => {
        const data = new DataTransfer();
        data.setData('text/html', markup);
        data.setData('text/plain', area.value);
        area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, html);
    }
    await page.getByRole('button', { name: 'Import', exact: true }).click();
  }

  const cell = (page, name) => page.getByRole('grid').getByRole('textbox', { name, exact: true });
  const verdict = (page) => page.locator('.preview-frame [role=status]').first();
  const status = (page) => page.locator('.author-status');

  test('tab-separated rows from a spreadsheet become a comparison, and the preview decides as the scores say', async (t) => {
    const { page, errors } = await openAuthor(t);
    await importTable(page, COMMUTE_TSV);
    assert.match(await status(page).innerText(), /^Imported 4 criteria and 3 options from tab-separated rows\./);
    assert.equal(await cell(page, 'Bus, Rain comfort').inputValue(), '7');
    assert.equal(await cell(page, 'Name of option 3').inputValue(), 'Car');
    assert.equal(await page.getByRole('textbox', { name: 'Title' }).inputValue(), 'Bike, Bus or Car?');
    // Equal weights: Bike 27/4, Bus 20/4, Car 20/4. Bike leads by 1.75.
    await page.locator('.preview-frame').getByRole('heading', { name: 'Bike, Bus or Car?' }).waitFor();
    await assert.doesNotReject(verdict(page).filter({ hasText: /At equal weights, Bike leads Bus by 1\.8 points/ }).waitFor());
    // The Question column filled the question; the others are generated.
    await cell(page, 'Name of criterion 1').focus();
    assert.equal(await page.getByRole('textbox', { name: "Question the reader's slider answers" }).inputValue(), 'How much does the monthly cost matter?');
    assert.match(await page.locator('.still-to-write').innerText(), /Still to write: 12 reasons and 12 citations\./);
    // The reader is told, never left to assume a source.
    await page.locator('.preview-frame summary', { hasText: 'Why' }).first().click();
    await page.locator('.preview-frame summary', { hasText: 'No source cited' }).first().waitFor({ state: 'attached' });
    // A score changes the verdict: with exercise 6, Car (25/4) is second.
    await cell(page, 'Car, Exercise').click();
    await cell(page, 'Car, Exercise').fill('6');
    await cell(page, 'Car, Exercise').press('Enter');
    await assert.doesNotReject(verdict(page).filter({ hasText: /Bike leads Car by 0\.5 points/ }).waitFor());
    assert.deepEqual(errors, []);
  });

  test('CSV with RFC 4180 quoting, a range, and a column it does not know, which is reported', async (t) => {
    const { page, errors } = await openAuthor(t);
    await importTable(page, TEA_CSV);
    const said = await status(page).innerText();
    assert.match(said, /from CSV/);
    assert.match(said, /Column "Notes" was not imported/);
    assert.equal(await cell(page, 'Name of criterion 1').inputValue(), 'Caffeine, per cup');
    assert.equal(await cell(page, 'Coffee, Taste').inputValue(), '7 (5-9)');
    assert.match(await page.locator('.still-to-write').innerText(), /1 note on who claims what/);
    assert.deepEqual(errors, []);
  });

  test('a Markdown table inside prose, with an escaped pipe and alignment', async (t) => {
    const { page, errors } = await openAuthor(t);
    await importTable(page, GENERATORS_MD);
    assert.match(await status(page).innerText(), /3 criteria and 3 options from a Markdown table/);
    assert.equal(await cell(page, 'Name of criterion 2').inputValue(), 'Templating | themes');
    assert.equal(await cell(page, 'Eleventy, Build speed').inputValue(), '7 (6-8)');
    // Hugo 24/3, Eleventy 23/3, Jekyll 15/3.
    await assert.doesNotReject(verdict(page).filter({ hasText: /Hugo leads Eleventy by 0\.3 points/ }).waitFor());
    assert.deepEqual(errors, []);
  });

  test('a table copied from a web page is read from its HTML, not the text around it', async (t) => {
    const { page, errors } = await openAuthor(t);
    // The plain text a browser gives alongside is not a table at all here,
    // so only the HTML can have made this comparison.
    await importTable(page, 'Our trip, compared: Leg Night train Flight', { html: TRAINS_HTML });
    assert.match(await status(page).innerText(), /3 criteria and 2 options from an HTML table/);
    assert.equal(await cell(page, 'Name of criterion 1').inputValue(), 'CO₂ per trip');
    assert.equal(await cell(page, 'Name of criterion 2').inputValue(), 'Sleep & rest');
    assert.equal(await cell(page, 'Flight, Door-to-door time').inputValue(), '8 (6-9)');
    assert.equal(await page.getByRole('textbox', { name: 'Title' }).inputValue(), 'Night train or Flight?');
    assert.deepEqual(errors, []);
  });

  test('bad cells are said in words with their place; the text stays and the draft is untouched', async (t) => {
    const { page, errors } = await openAuthor(t);
    const bad = 'Criterion\tBike\tBus\nCost\t15\t6\nRain comfort\tseven\t7\n';
    await importTable(page, bad);
    const alert = page.getByRole('alert').filter({ hasText: 'nothing was imported' });
    await alert.waitFor();
    const text = await alert.innerText();
    assert.match(text, /2 problems/);
    assert.match(text, /Row 2 "Cost", column "Bike": 15 is above 10/);
    assert.match(text, /Row 3 "Rain comfort", column "Bike": "seven" is not a score from 0 to 10/);
    assert.equal(await page.getByRole('textbox', { name: 'Table to import' }).inputValue(), bad);
    await page.getByRole('button', { name: 'Cancel' }).click();
    assert.equal(await page.getByRole('textbox', { name: 'Title' }).inputValue(), 'Option A, B or C?');
    assert.deepEqual(errors, []);
  });

  test('importing over a draft asks first, and Undo brings the draft back', async (t) => {
    const { page, errors } = await openAuthor(t);
    const title = page.getByRole('textbox', { name: 'Title' });
    await title.fill('My own work');
    await title.press('Tab');
    const asked = [];
    page.on('dialog', (dialog) => {
      asked.push(dialog.message());
      // Declined the first time, accepted the second.
      (asked.length === 1 ? dialog.dismiss() : dialog.accept()).catch(() => {});
    });
    await importTable(page, COMMUTE_TSV);
    assert.equal(await title.inputValue(), 'My own work');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await importTable(page, COMMUTE_TSV);
    assert.equal(asked.length, 2);
    assert.match(asked[0], /Replace your draft with the imported table\? Undo brings it back\./);
    assert.equal(await title.inputValue(), 'Bike, Bus or Car?');
    await page.getByRole('button', { name: 'Undo' }).click();
    assert.equal(await title.inputValue(), 'My own work');
    await page.getByRole('button', { name: 'Redo' }).click();
    assert.equal(await title.inputValue(), 'Bike, Bus or Car?');
    assert.deepEqual(errors, []);
  });

  test('a 3-option, 4-criterion comparison made with the keyboard alone, undone and redone, and kept over a reload', async (t) => {
    const { page, errors } = await openAuthor(t);
    const started = Date.now();
    const keys = async (...presses) => {
      for (const key of presses) await page.keyboard.press(key);
    };
    const type = (text) => page.keyboard.type(text);
    // Into the grid by Tab from the title, as a keyboard user gets there.
    await page.getByRole('textbox', { name: 'Title' }).focus();
    await page.keyboard.press('Control+A');
    await type('Vim, Emacs or Helix?');
    // The template has 3 options and 2 criteria: name them, add two rows.
    await cell(page, 'Name of option 1').focus();
    await type('Vim');
    await keys('Enter', 'ArrowRight');
    await type('Emacs');
    await keys('Enter', 'ArrowRight');
    await type('Helix');
    await keys('Enter', 'ArrowDown', 'Home');
    await type('Learning curve');
    await keys('Enter', 'ArrowRight');
    for (const score of ['3', '2', '7']) {
      await type(score);
      await keys('Enter', 'ArrowRight');
    }
    await keys('ArrowDown', 'Home');
    await type('Extensibility');
    await keys('Enter', 'ArrowRight');
    for (const score of ['7', '10', '4']) {
      await type(score);
      await keys('Enter', 'ArrowRight');
    }
    for (const [name, scores] of [['Startup time', ['9', '4', '9']], ['Defaults out of the box', ['3', '4', '9']]]) {
      await page.getByRole('button', { name: 'Add a criterion' }).focus();
      await keys('Enter');
      // Focus moves to the new row's name, ready to be typed over.
      await type(name);
      await keys('Enter', 'ArrowRight');
      for (const score of scores) {
        await type(score);
        await keys('Enter', 'ArrowRight');
      }
    }
    const grid = page.getByRole('grid');
    const rows = await grid.getByRole('row').count();
    assert.equal(rows, 5, 'a header row and 4 criteria');
    console.log(`# keyboard-only 3x4 comparison: ${Date.now() - started} ms of scripted keys`);
    assert.equal(await cell(page, 'Helix, Defaults out of the box').inputValue(), '9');
    assert.equal(await cell(page, 'Emacs, Extensibility').inputValue(), '10');
    // Vim 22, Emacs 20, Helix 29 (out of 40): Helix leads by 1.75.
    await assert.doesNotReject(verdict(page).filter({ hasText: /Helix leads Vim by 1\.8 points/ }).waitFor());
    // Escape leaves a cell as it was.
    await cell(page, 'Vim, Startup time').focus();
    await type('1');
    await keys('Escape');
    assert.equal(await cell(page, 'Vim, Startup time').inputValue(), '9');
    // Undo and redo with the keys, from the grid.
    await keys('Control+z');
    assert.equal(await cell(page, 'Helix, Defaults out of the box').inputValue(), '5');
    await keys('Control+Shift+z');
    assert.equal(await cell(page, 'Helix, Defaults out of the box').inputValue(), '9');
    await page.reload();
    await grid.waitFor();
    assert.equal(await cell(page, 'Helix, Defaults out of the box').inputValue(), '9');
    assert.equal(await page.getByRole('textbox', { name: 'Title' }).inputValue(), 'Vim, Emacs or Helix?');
    assert.deepEqual(errors, []);
  });

  test('grid and JSON are two views of one draft, and a problem shows on its cell', async (t) => {
    const { page, errors } = await openAuthor(t);
    await importTable(page, GENERATORS_MD);
    await cell(page, 'Jekyll, Setup').click();
    await cell(page, 'Jekyll, Setup').fill('6');
    await cell(page, 'Jekyll, Setup').press('Enter');
    await page.getByRole('button', { name: 'JSON', exact: true }).click();
    const json = page.getByRole('textbox', { name: 'Dataset JSON' });
    const draft = JSON.parse(await json.inputValue());
    const setup = draft.criteria.find((c) => c.name === 'Setup');
    assert.equal(setup.scores.find((s) => s.technology === 'jekyll').value, 6);
    await json.fill(JSON.stringify({ ...draft, criteria: draft.criteria.map((c) => (c.name === 'Setup' ? { ...c, scores: c.scores.map((s) => (s.technology === 'hugo' ? { ...s, value: 15 } : s)) } : c)) }, null, 2));
    await page.getByRole('button', { name: 'Grid', exact: true }).click();
    const hugo = cell(page, 'Hugo, Setup');
    assert.equal(await hugo.inputValue(), '15');
    assert.equal(await hugo.getAttribute('aria-invalid'), 'true');
    assert.match(await page.locator(`#${await hugo.getAttribute('aria-describedby')}`).innerText(), /15 is above 10/);
    // The problem list's button takes focus to that cell.
    await page.getByRole('button', { name: /15 is above 10/ }).click();
    assert.equal(await hugo.evaluate((input) => document.activeElement === input), true);
    // A score typed that is not one is said on its cell, and nothing changes.
    await hugo.click();
    await hugo.fill('lots');
    await hugo.press('Enter');
    assert.match(await page.locator('.cell-problem').first().innerText(), /"lots" is not a score from 0 to 10/);
    assert.deepEqual(errors, []);
  });

  test('copied back out as TSV and Markdown, the table imports to the same scores', async (t) => {
    const { context, page, errors } = await openAuthor(t);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
    await importTable(page, COMMUTE_TSV);
    await page.getByRole('button', { name: 'Copy as TSV' }).click();
    await status(page).filter({ hasText: 'Copied the table as TSV.' }).waitFor();
    const tsv = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(tsv.split('\n')[0], 'Criterion\tBike\tBus\tCar\tQuestion');
    await page.getByRole('button', { name: 'Copy as Markdown table' }).click();
    await status(page).filter({ hasText: 'Copied the table as a Markdown table.' }).waitFor();
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(markdown, /^\| Criterion \| Bike \| Bus \| Car \| Question \|\n\| --- \|/);
    const before = await page.evaluate(() => localStorage.getItem('versus:author-draft'));
    page.on('dialog', (dialog) => dialog.accept().catch(() => {}));
    for (const copied of [tsv, markdown]) {
      await importTable(page, copied);
      assert.equal(await page.evaluate(() => localStorage.getItem('versus:author-draft')), before);
    }
    assert.deepEqual(errors, []);
  });

  test('axe finds nothing on the grid, the panel and the import dialog', async (t) => {
    const { page, errors } = await openAuthor(t, { bypassCSP: true });
    await importTable(page, TEA_CSV);
    await cell(page, 'Coffee, Taste').focus();
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await page.addScriptTag({ path: AXE_PATH });
    const run = () => page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const found = (result) => result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} nodes, e.g. ${v.nodes[0].target.join(' ')}`);
    assert.deepEqual(found(await run()), []);
    await page.getByRole('button', { name: 'Import table' }).click();
    await page.getByRole('textbox', { name: 'Table to import' }).fill('a\tb\n1\t99');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'nothing was imported' }).waitFor();
    assert.deepEqual(found(await run()), []);
    assert.deepEqual(errors, []);
  });

  test('at 360 px the grid scrolls sideways inside itself, its criteria column stays in view', async (t) => {
    const { page, errors } = await openAuthor(t, { viewport: { width: 360, height: 740 } });
    await importTable(page, 'Criterion\tOne\tTwo\tThree\tFour\tFive\tSix\nSpeed\t1\t2\t3\t4\t5\t6\n');
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      grid: document.querySelector('.grid-scroll').scrollWidth,
      box: document.querySelector('.grid-scroll').clientWidth,
    }));
    assert.ok(widths.page <= 360, `the page does not scroll sideways (${widths.page} px)`);
    assert.ok(widths.grid > widths.box, 'six options overflow into the grid\'s own scroll');
    await cell(page, 'Six, Speed').focus();
    const name = await cell(page, 'Name of criterion 1').boundingBox();
    assert.ok(name.x >= 0 && name.x < 40, `the criterion name stays at the left edge (x = ${name.x})`);
    assert.deepEqual(errors, []);
  });
});
