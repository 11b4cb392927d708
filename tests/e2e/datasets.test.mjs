// Bring your own comparison: datasets by URL, inline and by link, on the
// app's page, in an iframe and in the custom element; what a broken or
// hostile file shows; remembered weights kept per dataset; offline.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { ROOT, VersusPage, alertSaid, appAndBrowser, openPage, serveFixtures, textsOf, waitForControl } from '../support/browser.mjs';
import { serveBlog } from '../support/blog.mjs';

const FIXTURES = join(ROOT, 'tests', 'fixtures');
const read = (name) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
const DATABASES = read('databases.json');
const FRAMEWORKS = read('frameworks.json');

/**
 * Who the scores say should lead when `criterion` is set to `level` and
 * every other slider stays at the dataset's default: the weighted mean,
 * computed here from the file, independently of the app.
 */
function expectedLeader(dataset, criterion, level) {
  const fallback = dataset.default_weight ?? 5;
  const totals = dataset.technologies.map((t) => {
    let sum = 0;
    let weights = 0;
    for (const c of dataset.criteria) {
      const w = c.id === criterion ? level : fallback;
      sum += w * c.scores.find((s) => s.technology === t.id).value;
      weights += w;
    }
    return { name: t.name, total: sum / weights };
  });
  totals.sort((a, b) => b.total - a.total);
  // The app calls anything closer than 0.25 points too close to call.
  assert.ok(totals[0].total - totals[1].total >= 0.25, 'the test needs a clear winner');
  return totals[0].name;
}

/** A link's `data=` part, made the way the browser's CompressionStream does. */
const encode = (dataset) => deflateRawSync(Buffer.from(JSON.stringify(dataset))).toString('base64url');

describe('Datasets authors bring', () => {
  const env = appAndBrowser();
  let files; // another origin that allows CORS, serving the fixtures
  before(async () => {
    files = await serveFixtures();
  });
  after(async () => {
    await files?.stop();
  });

  async function openApp(t, url, options = {}) {
    const { page: tab } = await openPage(t, env.browser, { contextOptions: options });
    const page = new VersusPage(tab);
    await page.page.goto(url);
    await page.live();
    return page;
  }

  test('a three-way comparison by URL ranks all three and follows its scores', async (t) => {
    const vp = await openApp(t, `${env.server.url}?data=${encodeURIComponent(`${files.url}databases.json`)}`);
    await vp.page.getByRole('heading', { level: 1, name: DATABASES.title }).waitFor();
    // Where the data comes from is said, and the tab names the comparison.
    assert.match(await vp.page.locator('.provenance').innerText(), /^This comparison comes from localhost:\d+: Versus computes the verdict, but did not write or check its scores\.$/);
    assert.equal(await vp.page.title(), `${DATABASES.title} · Versus`);
    assert.match(await vp.verdictText(), /^At equal weights, \S+ leads \S+ by [\d.]+ points?/);
    // Every technology's weighted score is listed, highest first.
    const detail = await vp.page.locator('.verdict-detail').innerText();
    for (const t of DATABASES.technologies) assert.ok(detail.includes(t.name), `${t.name} in "${detail}"`);

    await vp.setSlider('Zero setup', 10);
    const leader = expectedLeader(DATABASES, 'zero_setup', 10);
    assert.match(await vp.verdictText(), new RegExp(`^${leader} wins by [\\d.]+ points? over `));
    // The reasons compare the leader with the runner-up, and say so.
    assert.match(await vp.page.locator('.reasons-heading').innerText(), new RegExp(`^Why ${leader} over `));
    // A flip sentence says who would overtake.
    const flips = await vp.page.locator('.card-flip').evaluateAll(textsOf);
    assert.ok(flips.some((f) => / overtakes at \d+( or more| or less| to \d+)?$/.test(f)), flips.join(' | '));
    // Sources with an address are links that cannot reach back into the page.
    await vp.page.evaluate(() => document.querySelectorAll('details.sources').forEach((d) => { d.open = true; }));
    const link = vp.page.locator('.sources a').first();
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer nofollow');
    assert.match(await link.getAttribute('href'), /^https:\/\//);
    // The share link keeps the dataset, and so do the embed snippets.
    assert.ok(vp.page.url().includes('?data='), vp.page.url());
    await vp.page.getByRole('link', { name: 'Embed this widget' }).click();
    const iframe = await vp.page.getByRole('textbox', { name: 'iframe snippet' }).inputValue();
    assert.match(iframe, /embed\.html\?[^"]*data=http:%2F%2Flocalhost:\d+%2Fdatabases\.json/);
    const element = await vp.page.getByRole('textbox', { name: 'Custom element snippet' }).inputValue();
    assert.match(element, /<versus-widget [^>]*src="http:\/\/localhost:\d+\/databases\.json"/);
    assert.equal(await vp.page.getByRole('textbox', { name: 'Link for oEmbed' }).count(), 0);
    assert.deepEqual(vp.errors, []);
  });

  test('a six-way comparison inline in <versus-widget> follows its scores', async (t) => {
    const json = JSON.stringify(FRAMEWORKS, null, 2);
    const blog = await serveBlog(env.server.url, {
      'post.html': `<versus-widget layout="cards">\n<script type="application/json">${json}</script>\n</versus-widget>`,
    });
    t.after(() => blog.stop());
    const vp = await openApp(t, `${blog.url}post.html`);
    const widget = vp.page.locator('versus-widget');
    await widget.getByRole('heading', { level: 1, name: FRAMEWORKS.title }).waitFor();
    await widget.getByRole('slider', { name: 'Small bundle', exact: true }).fill('10');
    const leader = expectedLeader(FRAMEWORKS, 'bundle', 10);
    const status = (await widget.getByRole('status').first().innerText()).replace(/\s+/g, ' ');
    assert.match(status, new RegExp(`^${leader} wins by [\\d.]+ points? over `));
    // All six technologies are scored on a card, none cut off.
    const names = await widget.locator('.card').first().locator('.score-tech').allInnerTexts();
    assert.deepEqual(names, FRAMEWORKS.technologies.map((x) => x.name));
    // The host page's address is never touched by an embed.
    assert.equal(new URL(vp.page.url()).hash, '');
    assert.deepEqual(vp.errors, []);
  });

  test('<versus-widget src> and an iframe with ?data= load the file by URL', async (t) => {
    const url = `${files.url}databases.json`;
    const blog = await serveBlog(env.server.url, {
      'post.html': `<versus-widget src="${url}"></versus-widget>
<iframe src="${env.server.url}embed.html?data=${encodeURIComponent(url)}" title="Databases" style="width:100%;height:900px;border:0"></iframe>`,
    });
    t.after(() => blog.stop());
    const vp = await openApp(t, `${blog.url}post.html`);
    const widget = vp.page.locator('versus-widget');
    await widget.getByRole('heading', { level: 1, name: DATABASES.title }).waitFor();
    const frame = vp.page.frameLocator('iframe');
    await frame.getByRole('heading', { level: 1, name: DATABASES.title }).waitFor();
    await frame.getByRole('slider', { name: 'Many concurrent writers', exact: true }).fill('10');
    const leader = expectedLeader(DATABASES, 'concurrent_writes', 10);
    assert.match((await frame.getByRole('status').first().innerText()).replace(/\s+/g, ' '), new RegExp(`^${leader} wins`));
    assert.deepEqual(vp.errors, []);
  });

  test('a self-contained link carries the dataset and the reader\'s weights', async (t) => {
    const data = encode(FRAMEWORKS);
    const vp = await openApp(t, `${env.server.url}#data=${data}`);
    await vp.page.getByRole('heading', { level: 1, name: FRAMEWORKS.title }).waitFor();
    await vp.setSlider('Ecosystem & hiring', 10);
    const leader = expectedLeader(FRAMEWORKS, 'ecosystem', 10);
    assert.match(await vp.verdictText(), new RegExp(`^${leader} wins`));
    // The address keeps the dataset beside the weights, so it can be shared.
    await vp.page.waitForFunction(() => location.hash.includes('ecosystem=10'));
    const shared = vp.page.url();
    assert.ok(shared.includes(`data=${data}`), shared);
    const again = await openApp(t, shared);
    assert.match(await again.verdictText(), new RegExp(`^${leader} wins`));
    assert.equal(await again.slider('Ecosystem & hiring').inputValue(), '10');
    // Another comparison's link pasted into the same tab opens that one.
    await again.page.evaluate((data) => { location.hash = `data=${data}`; }, encode(DATABASES));
    await again.page.getByRole('heading', { level: 1, name: DATABASES.title }).waitFor();
    // The same link in the iframe page.
    const framed = await openApp(t, `${env.server.url}embed.html#data=${data}`);
    await framed.page.getByRole('heading', { level: 1, name: FRAMEWORKS.title }).waitFor();
    assert.deepEqual([...vp.errors, ...again.errors, ...framed.errors], []);
  });

  // Both comparisons, every way in, on the app's page or in an embed: each
  // decides the way its own scores say once one slider is set.
  for (const [file, dataset, criterion, label] of [
    ['databases.json', DATABASES, 'zero_setup', 'Zero setup'],
    ['frameworks.json', FRAMEWORKS, 'ecosystem', 'Ecosystem & hiring'],
  ]) {
    test(`${file}: by URL, inline and by link, the verdict follows the scores`, async (t) => {
      const leader = expectedLeader(dataset, criterion, 10);
      const json = JSON.stringify(dataset);
      const blog = await serveBlog(env.server.url, {
        'inline.html': `<versus-widget><script type="application/json">${json}</script></versus-widget>`,
      });
      t.after(() => blog.stop());
      const ways = {
        url: { url: `${env.server.url}?data=${encodeURIComponent(`${files.url}${file}`)}`, root: (p) => p },
        link: { url: `${env.server.url}#data=${encode(dataset)}`, root: (p) => p },
        inline: { url: `${blog.url}inline.html`, root: (p) => p.locator('versus-widget') },
      };
      for (const [way, { url, root }] of Object.entries(ways)) {
        const vp = await openApp(t, url);
        const scope = root(vp.page);
        await scope.getByRole('heading', { level: 1, name: dataset.title }).waitFor();
        await scope.getByRole('slider', { name: label, exact: true }).fill('10');
        const status = (await scope.getByRole('status').first().innerText()).replace(/\s+/g, ' ');
        assert.match(status, new RegExp(`^${leader} wins by [\\d.]+ points? over `), `${way}: ${status}`);
        assert.deepEqual(vp.errors, [], way);
      }
    });
  }

  test('remembered weights stay with their own comparison', async (t) => {
    const context = await env.browser.newContext();
    t.after(() => context.close());
    const builtin = await VersusPage.open(context, env.server.url);
    await builtin.setSlider('AI & machine learning', 9);
    await builtin.page.waitForFunction(() => location.hash.includes('ai_ml=9'));
    await builtin.page.waitForTimeout(400); // the write after a drag
    const custom = new VersusPage(await context.newPage());
    await custom.page.goto(`${env.server.url}?data=${encodeURIComponent(`${files.url}databases.json`)}`);
    await custom.page.getByRole('heading', { level: 1, name: DATABASES.title }).waitFor();
    await custom.setSlider('Zero setup', 2);
    await custom.page.waitForTimeout(400);
    // Back on the plain page, the Node.js/Python weights are still there.
    const back = new VersusPage(await context.newPage());
    await back.page.goto(env.server.url);
    await back.live();
    assert.equal(await back.slider('AI & machine learning').inputValue(), '9');
    // And the custom comparison remembers its own.
    const customAgain = new VersusPage(await context.newPage());
    await customAgain.page.goto(`${env.server.url}?data=${encodeURIComponent(`${files.url}databases.json`)}`);
    await customAgain.page.getByRole('heading', { level: 1, name: DATABASES.title }).waitFor();
    assert.equal(await customAgain.slider('Zero setup').inputValue(), '2');
  });

  for (const [file, expected, base] of [
    ['broken/score-too-high.json', /criteria\[0\]\.scores\[1\]\.value: 15 is above 10/],
    ['broken/not-json.json', /line 5, column 3: not valid JSON: a list cannot end with a comma/],
    ['broken/javascript-url.json', /sources\[0\]\.url: must be a web address starting with https:\/\/ or http:\/\//],
    // Relative to the page: the app's own origin, which answers 404.
    ['missing.json', /missing\.json answered 404/, ''],
  ]) {
    test(`a broken file (${file}) is named in an alert, with its place`, async (t) => {
      const vp = await openApp(t, `${env.server.url}?data=${encodeURIComponent(`${base ?? files.url}${file}`)}`);
      const alert = vp.page.getByRole('alert');
      await alert.waitFor();
      // The page still has its one main landmark and heading.
      assert.equal(await vp.page.getByRole('main').count(), 1);
      assert.match(await alertSaid(alert), expected);
      assert.deepEqual(vp.errors.filter((e) => !e.includes('404')), []);
    });
  }

  test('a damaged link and an unreachable address say so instead of hanging', async (t) => {
    const damaged = await openApp(t, `${env.server.url}#data=${encode(DATABASES).slice(0, 200)}`);
    await damaged.page.getByRole('alert').waitFor();
    assert.match(await damaged.page.getByRole('alert').innerText(), /damaged or cut short/);
    const nowhere = await openApp(t, `${env.server.url}?data=${encodeURIComponent('http://127.0.0.1:9/none.json')}`);
    await nowhere.page.getByRole('alert').waitFor();
    assert.match(await nowhere.page.getByRole('alert').innerText(), /did not answer.*CORS/s);
    // A small link that inflates to far more than the limit is refused, not held in memory.
    const bomb = deflateRawSync(Buffer.alloc(4 * 1024 * 1024, 32)).toString('base64url');
    const big = await openApp(t, `${env.server.url}#data=${bomb}`);
    await big.page.getByRole('alert').waitFor();
    assert.match(await big.page.getByRole('alert').innerText(), /larger than 512 KB/);
  });

  test('text from a dataset is only ever text', async (t) => {
    const vp = await openApp(t, `${env.server.url}?data=${encodeURIComponent(`${files.url}html-in-text.json`)}`);
    await vp.page.getByRole('heading', { level: 1, name: '<img src=x onerror=alert(1)>' }).waitFor();
    assert.equal(await vp.page.locator('.versus img, .versus script').count(), 0);
    const names = await vp.page.locator('.card').first().locator('.score-tech').allInnerTexts();
    assert.deepEqual(names, ['<script>alert(1)</script>', 'B']);
    // The address stays one attribute value, never markup.
    await vp.page.evaluate(() => document.querySelectorAll('details.sources').forEach((d) => { d.open = true; }));
    const href = await vp.page.locator('.sources a').first().getAttribute('href');
    assert.equal(href, 'https://example.com/"><script>alert(1)</script>');
    assert.deepEqual(vp.errors, []);
  });

  test('at 320px four technologies all show, nothing cut off', async (t) => {
    const four = read('four-frameworks.json');
    const vp = await openApp(t, `${env.server.url}?data=${encodeURIComponent(`${files.url}four-frameworks.json`)}`, { viewport: { width: 320, height: 800 } });
    await vp.page.getByRole('heading', { level: 1, name: four.title }).waitFor();
    const overflow = await vp.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `page is ${overflow}px wider than the viewport`);
    const boxes = await vp.page.locator('.card').first().locator('.score').evaluateAll((els) => els.map((e) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, right: r.right, text: e.querySelector('.score-tech').textContent };
    }));
    assert.deepEqual(boxes.map((b) => b.text), four.technologies.map((x) => x.name));
    for (const b of boxes) assert.ok(b.left >= 0 && b.right <= 320, `${b.text} spans ${b.left}..${b.right}`);
  });

  test('a dataset seen once by URL opens offline', async (t) => {
    const context = await env.browser.newContext();
    t.after(() => context.close());
    const url = `${env.server.url}?data=${encodeURIComponent(`${files.url}databases.json`)}`;
    const page = new VersusPage(await context.newPage());
    await page.page.goto(url);
    await waitForControl(page.page);
    // The first load may have happened before the worker took control.
    await page.page.reload();
    await page.page.getByRole('heading', { level: 1, name: DATABASES.title }).waitFor();
    await context.setOffline(true);
    await page.page.reload();
    await page.page.getByRole('heading', { level: 1, name: DATABASES.title }).waitFor();
    await page.setSlider('Zero setup', 10);
    assert.match(await page.verdictText(), new RegExp(`^${expectedLeader(DATABASES, 'zero_setup', 10)} wins`));
  });
});
