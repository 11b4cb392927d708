// The first-load size, deterministic, so it is asserted here (timings are
// only printed, by scripts/bench.sh). Ceilings are today's sizes plus a
// little headroom, to stop regressions. They are not issue 22's budgets
// (120 KB brotli first load, 380 KB wasm), which the reader's build does
// not reach yet (see README, "Performance").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { DIST } from '../support/browser.mjs';

// The reader's code: what every page needs before it can recompute. 165
// KB since the authoring page got its own build and the standard sorts and
// float parser went (issue 22); it was 173 KB with the editor inside, 168
// before the WASM's imports got short names (tools/postbuild/src/imports.rs).
const CEILING_CODE_BROTLI = 164 * 1024;
const CEILING_WASM_RAW = 456 * 1024;
// The page itself, with the app pre-rendered into it (every criterion,
// score, rationale and source, so it reads before and without the WASM).
const CEILING_PAGE_BROTLI = 12 * 1024;

// What the page itself requests on a first visit (see bench/run.mjs, which
// checks this list against the browser's real requests).
// The built-in comparison's core (`builtin-<hash>.json`) is the app's data,
// read from the site rather than carried in the WASM (issue 22: one home).
const CODE = [/^boot-[0-9a-f]+\.js$/, /^app-[0-9a-f]+\.css$/, /^versus-[0-9a-f]+\.js$/, /^versus-[0-9a-f]+_bg\.wasm$/, /^icon-[0-9a-f]+\.svg$/, /^builtin-[0-9a-f]+\.json$/];
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

test('first-load transfer stays under its ceilings', () => {
  // The files the reader's page names (the author build's are others).
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const files = readdirSync(DIST).filter((f) => CODE.some((re) => re.test(f)) && html.includes(f));
  assert.equal(files.length, CODE.length, `expected one of each first-load file, found ${files}`);
  let code = 0;
  let wasmRaw = 0;
  for (const file of files) {
    const bytes = readFileSync(join(DIST, file));
    code += brotli(bytes);
    if (file.endsWith('.wasm')) wasmRaw = bytes.length;
  }
  const page = brotli(readFileSync(join(DIST, 'index.html')));
  const kb = (n) => (n / 1024).toFixed(1);
  console.log(`first load: ${kb(code + page)} KB brotli = page ${kb(page)} (ceiling ${CEILING_PAGE_BROTLI / 1024}) + code ${kb(code)} (ceiling ${CEILING_CODE_BROTLI / 1024}); wasm ${kb(wasmRaw)} KB raw (ceiling ${CEILING_WASM_RAW / 1024}); budget 120 KB brotli, 380 KB wasm`);
  assert.ok(code <= CEILING_CODE_BROTLI, `the app's code is ${code} bytes brotli, over ${CEILING_CODE_BROTLI}`);
  assert.ok(page <= CEILING_PAGE_BROTLI, `index.html is ${page} bytes brotli, over ${CEILING_PAGE_BROTLI}`);
  assert.ok(wasmRaw <= CEILING_WASM_RAW, `wasm is ${wasmRaw} bytes raw, over ${CEILING_WASM_RAW}`);
});

test("the reader's page and WASM carry nothing of the authoring page", () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  assert.doesNotMatch(html, /author-[0-9a-f]+/);
  const wasm = (prefix) => readFileSync(join(DIST, readdirSync(DIST).find((f) => f.startsWith(prefix) && f.endsWith('_bg.wasm'))));
  // A button text only the editor has, and the draft's storage key.
  // The words of a dataset's faults too: a reader's page fetches them
  // (l10n/<tag>-faults-<hash>.json) only when a notice lists problems.
  for (const text of ['Duplicate the built-in comparison', 'versus:author-draft', 'is not one of the technologies']) {
    assert.equal(wasm('versus-').includes(text), false, `the reader's WASM has "${text}"`);
    assert.equal(wasm('author-').includes(text), true, `the author's WASM lacks "${text}"`);
  }
  assert.match(readFileSync(join(DIST, 'author.html'), 'utf8'), /author-[0-9a-f]+_bg\.wasm/);
});
