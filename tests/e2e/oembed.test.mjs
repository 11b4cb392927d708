// oEmbed discovery and responses on the built app (tests/e2e/wordpress.test.mjs
// pastes them into the real WordPress).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../support/browser.mjs';

const read = (f) => readFileSync(join(DIST, f), 'utf8');

test('the app page leads to the default widget; the iframe page, whose settings are in its query, to none', () => {
  const pages = readdirSync(DIST).filter((f) => f.endsWith('.html'));
  assert.deepEqual(pages.sort(), ['author.html', 'embed.html', 'index.html']);
  // The authoring page is a tool, not a comparison: nothing to embed.
  assert.doesNotMatch(read('author.html'), /application\/json\+oembed/);
  assert.match(read('index.html'), /<link rel="alternate" type="application\/json\+oembed" href="[^"]+\/oembed\.json" title="[^"]+">/);
  assert.doesNotMatch(read('embed.html'), /application\/json\+oembed/);
});

test('every preset page leads to its own preset', () => {
  const presets = readdirSync(DIST).map((f) => /^oembed-([a-z_]+)\.json$/.exec(f)?.[1]).filter(Boolean);
  assert.ok(presets.length >= 15);
  for (const id of presets) {
    assert.ok(existsSync(join(DIST, 'preset', id, 'index.html')), `preset/${id}/index.html`);
    assert.match(read(`preset/${id}/index.html`), new RegExp(`<link rel="alternate" type="application/json\\+oembed" href="[^"]+/oembed-${id}\\.json"`), id);
  }
});

test('the oEmbed responses are valid 1.0 rich responses in WordPress\'s embed form, an iframe of the widget', () => {
  const files = readdirSync(DIST).filter((f) => /^oembed(-[a-z_]+)?\.json$/.test(f));
  assert.ok(files.length >= 9, `one default and one per preset, found ${files}`);
  for (const file of files) {
    const r = JSON.parse(read(file));
    for (const field of ['version', 'type', 'html', 'width', 'height', 'title', 'provider_name', 'provider_url']) {
      assert.ok(r[field] !== undefined && r[field] !== '', `${file}: ${field}`);
    }
    assert.equal(r.version, '1.0');
    assert.equal(r.type, 'rich');
    assert.ok(Number.isInteger(r.width) && Number.isInteger(r.height));
    const origin = new URL(r.provider_url).origin;
    // WordPress loads its resizer only for a blockquote of this class, and
    // keeps a blockquote only at the start of the HTML.
    assert.match(r.html, /^<blockquote class="wp-embedded-content"><a href="[^"]+">[^<]+<\/a><\/blockquote><iframe /, file);
    const iframe = /<iframe [^>]*\bsrc="([^"]+)"/.exec(r.html);
    assert.ok(iframe, `${file}: html has an iframe`);
    assert.match(r.html, /<iframe [^>]*\bwidth="100%" height="\d+"/, `${file}: never wider than the column`);
    const src = new URL(iframe[1].replaceAll('&amp;', '&'));
    assert.equal(src.origin, origin, `${file}: the iframe is of the widget's own origin`);
    assert.equal(src.pathname, '/embed.html');
    const preset = /^oembed-([a-z_]+)\.json$/.exec(file)?.[1];
    assert.equal(src.searchParams.get('preset'), preset ?? null);
  }
});
