// oEmbed discovery and responses, and the Hugo shortcode, on the built app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT } from '../support/browser.mjs';

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

/** The few Hugo template features the shortcode uses, enough to render it. */
function renderHugoShortcode(template, params) {
  const base = params.base ?? /default "([^"]+)"/.exec(template)[1];
  const keys = /range \$key := slice ((?:"[a-z]+" ?)+)/.exec(template)[1].match(/[a-z]+/g);
  const query = keys.filter((k) => params[k]).map((k) => `${k}=${encodeURIComponent(params[k])}`);
  const body = template.replace(/\{\{-? \/\*[\s\S]*?\*\/ -?\}\}/, '').split('\n').filter((l) => l.startsWith('<')).join('\n');
  return body
    .replace(/\{\{ \$base \}\}/g, base)
    .replace(/\{\{ with \$query \}\}\?\{\{ delimit \. "&" \}\}\{\{ end \}\}/, query.length ? `?${query.join('&')}` : '');
}

test('the Hugo shortcode renders the same iframe as the iframe snippet', () => {
  const template = readFileSync(join(ROOT, 'embed', 'hugo', 'versus.html'), 'utf8');
  const html = renderHugoShortcode(template, { base: 'https://v.test/', preset: 'ml', weights: 'ai_ml:9', theme: 'dark' });
  const src = new URL(/<iframe src="([^"]+)"/.exec(html)[1]);
  assert.equal(src.href.split('?')[0], 'https://v.test/embed.html');
  assert.deepEqual(Object.fromEntries(src.searchParams), { preset: 'ml', weights: 'ai_ml:9', theme: 'dark' });
  assert.match(html, /title="Node\.js or Python for your backend\? An interactive comparison by Versus" loading="lazy"/);
  assert.match(html, /<script type="module" src="https:\/\/v\.test\/embed\.js"><\/script>/);
  // The same attributes as the app's own iframe snippet (core embed.rs).
  const ours = JSON.parse(read('oembed-ml.json')).html;
  for (const attribute of ['loading="lazy"', 'style="width:100%;height:1400px;border:0"', 'data-versus-embed']) {
    assert.ok(html.includes(attribute) && ours.includes(attribute), attribute);
  }
});
