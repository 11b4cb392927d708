// The language a tag asks for, as the two pieces of JavaScript that match
// tags before the WASM is there read it: the English pages' first script
// (to the reader's language before the first paint) and embed.js (a
// <versus-widget>'s language). Rust's Locale::from_tag is held to the same
// cases (core/tests/language_tags.rs), so the three agree. No browser: the
// scripts run in a bare context with the page's globals stubbed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { DIST, ROOT } from '../support/browser.mjs';

const { cases } = JSON.parse(readFileSync(join(ROOT, 'tests/support/language-tags.json'), 'utf8'));

/** Where the English page's first script sends a reader whose only wish is `tag`. */
function pageGoesTo(script, tag) {
  let went = null;
  const location = { pathname: '/', search: `?lang=${encodeURIComponent(tag)}`, hash: '', replace: (to) => { went = to; } };
  vm.runInNewContext(script, { location, navigator: { languages: [] }, localStorage: { getItem: () => null }, URLSearchParams });
  return went;
}

test("the English page's first script reads every shared case", () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const script = html.match(/<script id="versus-language">([\s\S]*?)<\/script>/)[1];
  for (const [tag, expected] of cases) {
    const to = pageGoesTo(script, tag);
    // English stays where it is; any other language has its own page.
    const wanted = expected && expected !== 'en' ? `/${expected}/?lang=${encodeURIComponent(tag)}` : null;
    assert.equal(to, wanted, tag);
  }
});

test('embed.js reads every shared case', () => {
  const source = readFileSync(join(DIST, 'embed.js'), 'utf8');
  const tags = source.match(/const CATALOG_TAGS = (\[[^\]]*\]);/)[1];
  const spoken = source.match(/function spoken\(tag\) \{[\s\S]*?\n\}/)[0];
  const read = vm.runInNewContext(`const CATALOG_TAGS = ${tags};\n${spoken}\nspoken`);
  for (const [tag, expected] of cases) {
    assert.equal(read(tag) ?? null, expected, tag);
  }
});
