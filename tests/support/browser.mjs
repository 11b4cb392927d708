// Shared fixture for the browser tests: Debian's Chromium through
// playwright-core (no downloaded browser), and the built app on loopback.
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/static-server.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = process.env.VERSUS_DIST ?? join(ROOT, 'dist');
export const ARTIFACTS = join(ROOT, 'target', 'test-artifacts');

export const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic',
];

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

/**
 * Serves `dir` on a loopback port (a free one unless given); returns its base
 * URL, setRoot(dir) to deploy another build at the same origin, and stop().
 */
export async function serve(dir = DIST, { port = 0, host = '127.0.0.1', intercept, loopbackData = true, compress = false } = {}) {
  // Test datasets are served from another loopback port, so the test server
  // widens connect-src as the serve command does (hardening.test.mjs checks
  // the build itself refuses them).
  const server = await startServer({ root: dir, port, host, intercept, loopbackData, compress });
  const bound = server.address().port;
  return {
    url: `http://${host === '127.0.0.1' ? '127.0.0.1' : host}:${bound}/`,
    port: bound,
    setRoot: (d) => server.setRoot(d),
    stop: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(ok); }),
  };
}

/**
 * The test datasets (`tests/fixtures/`) served on another site than the
 * app (http://localhost:<port>/), allowing CORS as an author's host must.
 */
export async function serveFixtures() {
  const dir = mkdtempSync(join(tmpdir(), 'versus-data-'));
  cpSync(join(ROOT, 'tests', 'fixtures'), dir, { recursive: true });
  writeFileSync(join(dir, '_headers'), '/*\n  Access-Control-Allow-Origin: *\n');
  const served = await serve(dir);
  return { ...served, url: `http://localhost:${served.port}/` };
}

/**
 * For a describe block: serves dist/ (or `dir`, with `serve`'s options) and
 * launches Chromium before its tests, closes both after. Returns an object
 * whose `server` and `browser` are set once the tests run.
 */
export function appAndBrowser(dir = DIST, options = {}) {
  const env = {};
  before(async () => {
    env.server = await serve(dir, options);
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.stop();
  });
  return env;
}

/**
 * Resolves once the app in `frame` (a frameLocator) has taken over from the
 * pre-rendered page: until then an embed shows its default widget.
 */
export async function liveFrame(frame) {
  await frame.locator('#versus-placeholder').waitFor({ state: 'detached' });
}

/** Resolves once a service worker controls `target` (a page or frame). */
export async function waitForControl(target) {
  await target.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
  });
}

/** Uncaught page errors and console errors of `page`, as they happen. */
export function collectErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  return errors;
}

/**
 * A fresh page in its own context (options, optional init script), closed
 * when test `t` ends (by the caller when `t` is null), with its errors
 * collected.
 */
export async function openPage(t, browser, { contextOptions = {}, initScript } = {}) {
  const context = await browser.newContext(contextOptions);
  t?.after(() => context.close());
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  return { context, page, errors: collectErrors(page) };
}

/**
 * A second release build into `dist` with a visible build label (which
 * recompiles the app; without one, the compiled WASM is reused), and `env`
 * for the build (e.g. VERSUS_PUBLIC_URL).
 */
export function buildVariant(dist, label, env = {}) {
  const result = spawnSync('trunk', ['build', '--release', '--offline', '--dist', dist], {
    cwd: ROOT,
    env: { ...process.env, ...(label ? { VERSUS_BUILD_LABEL: label } : {}), ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`trunk build of the ${label ?? 'other'} variant failed (is trunk on PATH? run scripts/setup.sh):\n${result.stderr}`);
  }
}

/**
 * Lays out every card of `page`, as a reader scrolling through sees them:
 * one off the screen is not (content-visibility in app.css), and it clips
 * what it holds, so an overflow inside it would not show.
 */
export function layOutEveryCard(page) {
  return page.evaluate(() => document.querySelectorAll('.card').forEach((c) => { c.style.contentVisibility = 'visible'; }));
}

/**
 * The text of `alert`, one line, once the words of the dataset problems it
 * lists are there: the app fetches them when it lists problems, and shows
 * "…" for each until they come (the assertion that follows says if they
 * never do).
 */
export async function alertSaid(alert) {
  const handle = await alert.elementHandle();
  await alert.page().waitForFunction((e) => !e.textContent.includes('…'), handle, { timeout: 10_000 }).catch(() => {});
  return (await alert.innerText()).replace(/\s+/g, ' ');
}

/** For `locator.evaluateAll`: each element's text, rendered or not (innerText reads only a card on the screen). */
export const textsOf = (elements) => elements.map((e) => e.textContent);

export function artifactPath(name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

/**
 * The app as a reader meets it: controls found by role and accessible name.
 * Collects page errors and console errors so every test can assert none.
 */
export class VersusPage {
  constructor(page) {
    this.page = page;
    this.errors = collectErrors(page);
  }

  static async open(context, url) {
    const vp = new VersusPage(await context.newPage());
    await vp.page.goto(url);
    await vp.verdict().waitFor();
    await vp.live();
    return vp;
  }

  /** Resolves once the app has taken over from the pre-rendered page. */
  async live() {
    await this.page.waitForFunction(() => !document.getElementById('versus-placeholder'));
  }

  verdict() {
    return this.page.getByRole('status');
  }

  async verdictText() {
    return (await this.verdict().innerText()).replace(/\s+/g, ' ').trim();
  }

  slider(name) {
    return this.page.getByRole('slider', { name, exact: true });
  }

  presetPicker() {
    return this.page.getByRole('combobox', { name: 'Start from a project type' });
  }

  async setSlider(name, value) {
    await this.slider(name).fill(String(value));
  }

  async choosePreset(label) {
    await this.presetPicker().selectOption({ label });
  }
}
