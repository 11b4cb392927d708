// oEmbed discovery and responses on the built app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../support/browser.mjs';

const read = (f) => readFileSync(join(DIST, f), 'utf8');

test('every built page carries an oEmbed discovery link', () => {
  const pages = readdirSync(DIST).filter((f) => f.endsWith('.html'));
  assert.deepEqual(pages.sort(), ['embed.html', 'index.html']);
  for (const page of pages) {
    assert.match(read(page), /<link rel="alternate" type="application\/json\+oembed" href="[^"]+\/oembed\.json" title="[^"]+">/, page);
  }
});

test('the oEmbed responses are valid 1.0 rich responses of an iframe of the widget', () => {
  const files = readdirSync(DIST).filter((f) => /^oembed(-[a-z]+)?\.json$/.test(f));
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
    const iframe = /^<iframe src="([^"]+)"/.exec(r.html);
    assert.ok(iframe, `${file}: html is an iframe`);
    const src = new URL(iframe[1].replaceAll('&amp;', '&'));
    assert.equal(src.origin, origin, `${file}: the iframe is of the widget's own origin`);
    assert.equal(src.pathname, '/embed.html');
    const preset = /^oembed-([a-z]+)\.json$/.exec(file)?.[1];
    assert.equal(src.searchParams.get('preset'), preset ?? null);
  }
});
