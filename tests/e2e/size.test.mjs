// The first-load size, deterministic, so it is asserted here (timings are
// only printed, by scripts/bench.sh). CEILING is today's size plus a little
// headroom, to stop regressions; it is NOT the 50 KB budget of issue 7,
// which a Yew app does not reach yet (see README, "Performance").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { DIST } from '../support/browser.mjs';

const CEILING_BROTLI = 130 * 1024;
const CEILING_WASM_RAW = 370 * 1024;

// What the page itself requests on a first visit (see bench/run.mjs, which
// checks this list against the browser's real requests).
const FIRST_LOAD = [/^index\.html$/, /^boot-[0-9a-f]+\.js$/, /^app-[0-9a-f]+\.css$/, /^versus-[0-9a-f]+\.js$/, /^versus-[0-9a-f]+_bg\.wasm$/, /^icon-[0-9a-f]+\.svg$/];

test('first-load transfer stays under its ceiling', () => {
  const files = readdirSync(DIST).filter((f) => FIRST_LOAD.some((re) => re.test(f)));
  assert.equal(files.length, FIRST_LOAD.length, `expected one of each first-load file, found ${files}`);
  let brotli = 0;
  let wasmRaw = 0;
  for (const file of files) {
    const bytes = readFileSync(join(DIST, file));
    brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    if (file.endsWith('.wasm')) wasmRaw = bytes.length;
  }
  console.log(`first load: ${(brotli / 1024).toFixed(1)} KB brotli (ceiling ${CEILING_BROTLI / 1024}); wasm ${(wasmRaw / 1024).toFixed(1)} KB raw (ceiling ${CEILING_WASM_RAW / 1024})`);
  assert.ok(brotli <= CEILING_BROTLI, `first load is ${brotli} bytes brotli, over ${CEILING_BROTLI}`);
  assert.ok(wasmRaw <= CEILING_WASM_RAW, `wasm is ${wasmRaw} bytes raw, over ${CEILING_WASM_RAW}`);
});
