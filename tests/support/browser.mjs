// Shared fixture for the browser tests: Debian's Chromium through
// playwright-core (no downloaded browser), and the built app on loopback.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
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

/** Serves `dir` on a free loopback port; returns its base URL and a stop(). */
export async function serve(dir = DIST) {
  const server = await startServer({ root: dir, port: 0 });
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, stop: () => new Promise((ok) => server.close(ok)) };
}

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
    this.errors = [];
    page.on('pageerror', (e) => this.errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && this.errors.push(`console: ${m.text()}`));
  }

  static async open(context, url) {
    const vp = new VersusPage(await context.newPage());
    await vp.page.goto(url);
    await vp.verdict().waitFor();
    return vp;
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
