// Versus benchmark: sizes, slider input-to-paint latency against a vanilla
// twin, Lighthouse, and the engine's recompute time. Prints figures; asserts
// nothing (timings are noisy; the size budget is enforced by the tests).
//   scripts/bench.sh            (builds first, then runs this)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DIST, ROOT, launchBrowser, serve } from '../tests/support/browser.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const STEPS = 200;
const THROTTLE = 4;

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];
const median = (xs) => quantile(xs, 0.5);

function compressed(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function filesUnder(dir, prefix = '') {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

function sizes() {
  console.log('\n## 1. Build output (dist/)\n');
  console.log('file'.padEnd(40), 'raw'.padStart(10), 'gzip -9'.padStart(10), 'brotli 11'.padStart(10));
  const table = {};
  for (const file of filesUnder(DIST).sort()) {
    const s = compressed(readFileSync(join(DIST, file)));
    table[file] = s;
    console.log(file.padEnd(40), String(s.raw).padStart(10), String(s.gzip).padStart(10), String(s.brotli).padStart(10));
  }
  return table;
}

/** What a first visit downloads: every response the page itself receives. */
async function firstLoad(browser, url, table) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const fetched = new Set();
  page.on('response', (r) => fetched.add(new URL(r.url()).pathname.replace(/^\//, '') || 'index.html'));
  await page.goto(url);
  await page.getByRole('status').waitFor();
  await page.waitForLoadState('networkidle');
  await context.close();
  let raw = 0;
  let brotli = 0;
  for (const file of fetched) {
    if (!table[file]) continue;
    raw += table[file].raw;
    brotli += table[file].brotli;
  }
  console.log(`\nfirst-load transfer (page's own requests, no service worker): ${[...fetched].sort().join(', ')}`);
  const wasm = Object.entries(table).find(([f]) => /^versus-.*_bg\.wasm$/.test(f))[1].raw;
  console.log(`  total raw ${kb(raw)}, brotli ${kb(brotli)} (budget 120 KB brotli); reader WASM raw ${kb(wasm)} (budget 380 KB)`);
}

/** Input-to-paint per slider step, from a DevTools timeline trace. */
async function latency(browser, url, label) {
  const samples = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('#weight-ai_ml').waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    for (let i = 0; i < STEPS; i++) {
      const value = String(i % 20 < 10 ? i % 10 : 10 - (i % 10));
      await page.evaluate((v) => new Promise((done) => {
        const input = document.querySelector('#weight-ai_ml');
        input.value = v;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        requestAnimationFrame(() => setTimeout(done, 0));
      }), value);
    }
    const trace = JSON.parse((await browser.stopTracing()).toString());
    const events = trace.traceEvents ?? trace;
    const inputs = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'input').sort((a, b) => a.ts - b.ts);
    const paints = events.filter((e) => (e.name === 'Paint' || e.name === 'Commit') && e.ph === 'X').sort((a, b) => a.ts - b.ts);
    for (const input of inputs) {
      const end = input.ts + (input.dur ?? 0);
      const paint = paints.find((p) => p.ts >= end);
      if (paint) samples.push((paint.ts + (paint.dur ?? 0) - input.ts) / 1000);
    }
    await context.close();
  }
  const result = { median: median(samples), p95: quantile(samples, 0.95), n: samples.length };
  console.log(`  ${label.padEnd(22)} median ${result.median.toFixed(2)} ms, p95 ${result.p95.toFixed(2)} ms (${result.n} samples, ${RUNS} runs x ${STEPS} steps, ${THROTTLE}x CPU throttling)`);
  return result;
}

/**
 * Cold first interaction: a slider moved 1 s after the page's load event,
 * under Lighthouse's mobile conditions (4x CPU, slow 4G), to the verdict
 * showing the new value. The page is pre-rendered and the app starts after
 * the first paint, so this is the time a reader waits for their first move
 * to count.
 */
async function coldInteraction(browser, url) {
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8,
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(1000);
    const before = await page.getByRole('status').first().innerText();
    const started = await page.evaluate(() => {
      const slider = document.getElementById('weight-ai_ml');
      slider.focus();
      slider.value = '10';
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      slider.dispatchEvent(new Event('change', { bubbles: true }));
      return performance.now();
    });
    const shown = await page.waitForFunction((old) => {
      const status = document.querySelector('[role=status]');
      return !document.getElementById('versus-placeholder') && status && status.innerText !== old && !status.getAttribute('aria-busy')
        && performance.now();
    }, before, { timeout: 60000, polling: 'raf' }).then((h) => h.jsonValue());
    times.push(shown - started);
    await context.close();
  }
  console.log(`  median ${median(times).toFixed(0)} ms, runs ${times.map((t) => t.toFixed(0)).join(', ')} (budget <= 1000 ms)`);
}

// Async on purpose: the app is served from this process, which must keep
// answering while Lighthouse loads it.
async function lighthouse(url) {
  const cli = join(ROOT, 'bench', 'node_modules', 'lighthouse', 'cli', 'index.js');
  const results = [];
  for (let run = 0; run < RUNS; run++) {
    const out = await promisify(execFile)(process.execPath, [cli, url, '--quiet', '--output=json', '--only-categories=performance', '--form-factor=mobile',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run'],
    { encoding: 'utf8', env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, maxBuffer: 64 << 20 })
      .catch((error) => ({ error }));
    if (out.error) {
      console.log(`  lighthouse failed: ${String(out.error.stderr ?? out.error.message).split('\n').slice(-3).join(' ')}`);
      return;
    }
    const report = JSON.parse(out.stdout);
    results.push({
      score: report.categories.performance.score * 100,
      lcp: report.audits['largest-contentful-paint'].numericValue,
      tbt: report.audits['total-blocking-time'].numericValue,
      cls: report.audits['cumulative-layout-shift'].numericValue,
    });
  }
  const m = (k) => median(results.map((r) => r[k]));
  console.log(`  ${url}: median of ${results.length} runs: score ${m('score')}, LCP ${m('lcp').toFixed(0)} ms, TBT ${m('tbt').toFixed(0)} ms, CLS ${m('cls').toFixed(3)} (budget: score >= 98, LCP <= 1500 ms, TBT <= 50 ms, CLS 0)`);
}

const table = sizes();
// Compressed as a real host serves it (brotli), which Lighthouse and the
// cold start see; the size table above counts the same bytes.
const app = await serve(DIST, { compress: true });
const repo = await serve(ROOT);
const browser = await launchBrowser();
try {
  await firstLoad(browser, app.url, table);
  console.log('\n## 2-3. Slider input to next paint, 200-step drag of "AI & machine learning"\n');
  const rust = await latency(browser, app.url, 'Rust/Yew app');
  const vanilla = await latency(browser, `${repo.url}bench/vanilla/index.html`, 'vanilla-JS twin');
  console.log(`  ratio app / vanilla: median ${(rust.median / vanilla.median).toFixed(2)}x, p95 ${(rust.p95 / vanilla.p95).toFixed(2)}x (budget: median ratio <= 1.15x)`);
  console.log('\n## 3b. Cold first interaction: a slider moved 1 s after load (4x CPU, slow 4G) to the verdict with its value\n');
  await coldInteraction(browser, app.url);
} finally {
  await browser.close();
}
console.log('\n## 4. Lighthouse (mobile, performance): the app page, the iframe page and a preset page\n');
for (const path of ['', 'embed.html', 'preset/ml/']) await lighthouse(app.url + path);
await app.stop();
await repo.stop();
