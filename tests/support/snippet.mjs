// For the tests of the blog snippets (embed/hugo, embed/jekyll) rendered by
// the real programs: the settings every snippet must carry through, and
// what a reader of the built page must see.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { appAndBrowser, openPage, serve } from './browser.mjs';

/** One of each kind of value: an id, a list with `:` and `,`, text with `&`, `?` and spaces. */
export const SETTINGS = {
  preset: 'ml',
  weights: 'real_time:10,ai_ml:9',
  theme: 'dark',
  heading: 'Node & Python: which one?',
};

/** The snippet's parameters as `key="value"` pairs, after `base`. */
export const params = (base) => [['base', base], ...Object.entries(SETTINGS)].map(([k, v]) => `${k}="${v}"`).join(' ');

/** The page head of a tiny site's layout (no favicon request). */
export const HEAD = '<meta charset="utf-8"><link rel="icon" href="data:,">';

/** A temp folder with `files` ({ 'path/name': text }). */
export function writeSite(files) {
  const dir = mkdtempSync(join(tmpdir(), 'versus-site-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** Runs a site generator, or throws with what it said. */
export function generate(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${command} failed (${result.error?.message ?? `exit ${result.status}`}; run scripts/setup.sh --browser):\n${result.stderr}`);
  }
  return result.stdout.trim();
}

/**
 * For a describe block: the app and Chromium (appAndBrowser), and the site
 * that `build(widgetUrl)` writes into a temp folder and builds into its
 * `public/`, served on http://localhost:<port>/ (another site than the
 * widget's 127.0.0.1). Everything is stopped and removed after.
 */
export function builtSite(build) {
  const env = appAndBrowser();
  before(async () => {
    env.siteDir = build(env.server.url);
    const site = await serve(join(env.siteDir, 'public'));
    env.site = { ...site, url: `http://localhost:${site.port}/` };
  });
  after(async () => {
    await env.site?.stop();
    if (env.siteDir) rmSync(env.siteDir, { recursive: true, force: true });
  });
  return env;
}

/**
 * Opens `url`, a page with one Versus iframe, in the light colour scheme,
 * and asserts that the widget inside has every one of SETTINGS: the same
 * verdict as `embed.html` opened with them directly, the dark theme, the
 * heading, no notice of ignored settings; and that embed.js sized it.
 */
export async function assertSettingsKept(t, browser, url, widgetUrl) {
  const { page: direct } = await openPage(t, browser);
  await direct.goto(`${widgetUrl}embed.html?${new URLSearchParams(SETTINGS)}`);
  // The pre-rendered page shows the default widget until the app takes over
  // and applies the settings: compare live widgets only.
  await direct.locator('#versus-placeholder').waitFor({ state: 'detached' });
  const expected = await direct.getByRole('status').innerText();
  assert.doesNotMatch(expected, /^At equal weights/);

  const { page, errors } = await openPage(t, browser, { contextOptions: { colorScheme: 'light', viewport: { width: 760, height: 900 } } });
  const built = await (await page.goto(url)).text();
  // The attributes of the app's own iframe snippet (core embed.rs), as built.
  assert.match(built, /<iframe [^>]*title="Node\.js or Python for your backend\? An interactive comparison by Versus" loading="lazy" style="width:100%;height:1400px;border:0" data-versus-embed/);
  const iframe = page.locator('iframe[data-versus-embed]');
  const src = new URL(await iframe.getAttribute('src'));
  assert.equal(`${src.origin}${src.pathname}`, `${widgetUrl}embed.html`);
  assert.deepEqual(Object.fromEntries(src.searchParams), SETTINGS, 'the address carries every setting, decoded as given');

  const widget = page.frameLocator('iframe[data-versus-embed]');
  await widget.locator('#versus-placeholder').waitFor({ state: 'detached' });
  assert.equal(await widget.getByRole('status').innerText(), expected);
  assert.equal(await widget.getByRole('heading', { level: 1 }).innerText(), SETTINGS.heading);
  assert.equal(await widget.getByText('Some settings of this embed were not used').count(), 0);
  const background = await widget.locator('.versus').evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(background, 'rgb(18, 20, 23)', 'dark, though the reader prefers light');
  // embed.js, loaded from the snippet's own address, sizes the iframe.
  const height = await widget.locator('.versus').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  await page.waitForFunction((h) => document.querySelector('iframe[data-versus-embed]').style.height === `${h}px`, height);
  // At a phone's and a desktop column's width: never wider than the page,
  // and sized again after a slider moves.
  const box = async () => {
    const b = await iframe.boundingBox();
    return `${Math.round(b.width)} x ${Math.round(b.height)} px`;
  };
  const fits = () => page.waitForFunction(() => {
    const frame = document.querySelector('iframe[data-versus-embed]');
    return frame.getBoundingClientRect().width <= document.documentElement.clientWidth;
  });
  for (const width of [390, 760]) {
    await page.setViewportSize({ width, height: 900 });
    await fits();
    const before = await box();
    const slider = widget.getByRole('slider').first();
    await slider.fill((await slider.inputValue()) === '10' ? '0' : '10');
    const settled = await widget.locator('.versus').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    await page.waitForFunction((h) => document.querySelector('iframe[data-versus-embed]').style.height === `${h}px`, settled);
    t.diagnostic(`${width} px viewport: iframe ${before} before a slider move, ${await box()} after`);
  }
  assert.deepEqual(errors, []);
}

/** An author's own dataset and a layout, as snippet parameters: the
 *  build's `dataset.json`, relative to the widget's page. */
export const OWN_DATA = { data: 'dataset.json', layout: 'cards' };
export const ownParams = (base) => [['base', base], ...Object.entries(OWN_DATA)].map(([k, v]) => `${k}="${v}"`).join(' ');

/**
 * Opens `url`, a page with one Versus iframe made with OWN_DATA, and
 * asserts that the address carries both and the widget loaded the file:
 * it says where its data comes from, and shows cards.
 */
export async function assertOwnDataKept(t, browser, url, widgetUrl) {
  const { page, errors } = await openPage(t, browser);
  await page.goto(url);
  const src = new URL(await page.locator('iframe[data-versus-embed]').getAttribute('src'));
  assert.equal(`${src.origin}${src.pathname}`, `${widgetUrl}embed.html`);
  assert.deepEqual(Object.fromEntries(src.searchParams), OWN_DATA);
  const widget = page.frameLocator('iframe[data-versus-embed]');
  const from = await widget.locator('.provenance').innerText();
  assert.match(from, /^This comparison comes from 127\.0\.0\.1:\d+:/);
  assert.ok(await widget.locator('.cards .card').count() > 10, 'the cards layout');
  assert.deepEqual(errors, []);
}

/** A German post's two widgets, as snippet content: the snippet's iframe
 *  with `lang="de"`, and a `<versus-widget lang="de">`. */
export const germanWidgets = (snippet, base) => `${snippet}\n\n<versus-widget lang="de" layout="compact"></versus-widget>\n<script type="module" src="${base}embed.js"></script>\n`;

/**
 * Opens `url`, a post with a German iframe (the snippet's `lang`) and a
 * German `<versus-widget>`, in a browser that prefers English, and asserts
 * both speak German: the iframe's first paint (its language's own page,
 * before the app) and the live element, which names its language and its
 * direction inside the host's page.
 */
export async function assertGermanKept(t, browser, url, widgetUrl) {
  const { page, errors } = await openPage(t, browser, { contextOptions: { locale: 'en-US' } });
  await page.goto(url);
  const src = new URL(await page.locator('iframe[data-versus-embed]').getAttribute('src'));
  assert.equal(src.searchParams.get('lang'), 'de');
  // The iframe goes to its language's own page before its first paint.
  const frame = page.frameLocator('iframe[data-versus-embed]');
  await frame.locator('html[lang="de"]').waitFor({ state: 'attached' });
  assert.ok(page.frames().some((f) => f.url().startsWith(`${widgetUrl}de/embed.html?`)), page.frames().map((f) => f.url()).join(' '));
  assert.match(await frame.locator('.verdict-headline').innerText(), /^Bei gleicher Gewichtung/);
  const element = page.locator('versus-widget');
  await element.locator('.verdict-headline').waitFor();
  assert.match(await element.locator('.verdict-headline').innerText(), /^Bei gleicher Gewichtung liegt Node\.js mit 0,5 Punkten vorn$/);
  assert.equal(await element.locator('.versus').getAttribute('lang'), 'de');
  await element.getByRole('slider', { name: 'AI & machine learning' }).fill('10');
  await page.waitForFunction(() => /gewinnt/.test(document.querySelector('versus-widget').shadowRoot.querySelector('.verdict-headline').textContent));
  assert.deepEqual(errors, []);
}
