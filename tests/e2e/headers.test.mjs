// Response headers: the build's `_headers` (tools/postbuild, the one
// definition) covers every file, and the serve command's server sends what
// it says, nothing more, with safe defaults for a folder without one.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { headersFor, parseHeaders } from '../../scripts/static-server.mjs';
import { appAndBrowser, DIST, openPage, serve, VersusPage } from '../support/browser.mjs';
import { serveBlog } from '../support/blog.mjs';
import { HASHED, metaPolicy } from '../support/build.mjs';

const SAMPLE = `# a comment
/*
  X-Content-Type-Options: nosniff
  Cache-Control: no-cache
/assets/*.js
  Cache-Control: immutable
/
  Cross-Origin-Opener-Policy: same-origin
`;

/** A temporary folder holding `files`, removed when test `t` ends. */
function folderWith(t, files) {
  const dir = mkdtempSync(join(tmpdir(), 'versus-headers-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)).split('\\').join('/'));
}

describe('Headers', () => {
  test('_headers paths match whole URL paths, * spans slashes, repeated names join', () => {
    const rules = parseHeaders(SAMPLE);
    assert.deepEqual(rules.map((r) => r.path), ['/*', '/assets/*.js', '/']);
    assert.deepEqual(headersFor(rules, '/'), {
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
      'cross-origin-opener-policy': 'same-origin',
    });
    assert.equal(headersFor(rules, '/assets/deep/a.js')['cache-control'], 'no-cache, immutable');
    assert.equal(headersFor(rules, '/assets/a.jsx')['cache-control'], 'no-cache');
    assert.equal(headersFor(rules, '/index.html')['cross-origin-opener-policy'], undefined);
    assert.throws(() => parseHeaders('  Orphan: header'), /line 1/);
    assert.throws(() => parseHeaders('/x\n  no colon here'), /line 2/);
  });

  test('the server sends what _headers says, never serves it, and defaults to nosniff only', async (t) => {
    const withRules = await serve(folderWith(t, { 'index.html': '<p>', 'a.js': '1', _headers: SAMPLE }));
    const without = await serve(folderWith(t, { 'index.html': '<p>' }));
    t.after(() => Promise.all([withRules.stop(), without.stop()]));

    const page = await fetch(withRules.url);
    assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(page.headers.get('cross-origin-opener-policy'), 'same-origin');
    assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
    assert.equal((await fetch(`${withRules.url}a.js`)).headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal((await fetch(`${withRules.url}_headers`)).status, 404);

    const bare = await fetch(without.url);
    assert.equal(bare.status, 200);
    assert.equal(bare.headers.get('x-content-type-options'), 'nosniff');
    for (const name of ['cache-control', 'content-security-policy', 'cross-origin-opener-policy', 'access-control-allow-origin']) {
      assert.equal(bare.headers.get(name), null, name);
    }
  });

  test("the build's _headers covers every file; pages repeat their meta policy", () => {
    assert.ok(existsSync(join(DIST, '_headers')), `${DIST} has no _headers: build it with the current tools/postbuild`);
    const rules = parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'));
    const files = filesUnder(DIST).filter((f) => f !== '_headers');
    assert.ok(files.includes('sw.js') && files.includes('embed.js'));
    for (const file of files) {
      const headers = headersFor(rules, `/${file}`);
      assert.equal(headers['cache-control'], HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache', file);
      assert.equal(headers['x-content-type-options'], 'nosniff', file);
      assert.equal(headers['referrer-policy'], 'no-referrer', file);
      assert.equal(headers['access-control-allow-origin'], '*', file);
      if (!file.endsWith('.html')) {
        assert.equal(headers['content-security-policy'], undefined, file);
        assert.equal(headers['cross-origin-opener-policy'], undefined, file);
      }
    }
    for (const [path, file, ancestors, opener] of [
      ['/', 'index.html', "'self'", 'same-origin'],
      ['/index.html', 'index.html', "'self'", 'same-origin'],
      ['/embed.html', 'embed.html', '*', undefined],
      // The author build's page hashes its own boot script.
      ['/author.html', 'author.html', "'self'", 'same-origin'],
    ]) {
      const meta = metaPolicy(readFileSync(join(DIST, file), 'utf8'));
      assert.ok(meta, `${file} has its policy in a meta tag`);
      const headers = headersFor(rules, path);
      assert.equal(headers['content-security-policy'], `${meta}; frame-ancestors ${ancestors}`, path);
      assert.equal(headers['cross-origin-opener-policy'], opener, path);
    }
  });

  describe('in a browser', () => {
    const env = appAndBrowser();

    // Without COOP, a site that opened the app could rewrite its state by
    // setting the popup's location to the same page with a new fragment.
    test('a page on another site that opened the app cannot reach into it', async (t) => {
      const blog = await serveBlog(env.server.url, { 'opener.html': '<p>An opener</p>' }, { withLoader: false });
      t.after(() => blog.stop());
      const { context, page } = await openPage(t, env.browser);
      await page.goto(`${blog.url}opener.html`);
      const [popup] = await Promise.all([
        context.waitForEvent('page'),
        page.evaluate((url) => { window.app = window.open(url); }, env.server.url),
      ]);
      const app = new VersusPage(popup);
      await app.verdict().waitFor();
      const before = await app.verdictText();

      const closed = await page.evaluate((url) => {
        try {
          window.app.location.href = `${url}#v1&ai_ml=10&real_time=0`;
        } catch {
          // A severed handle may refuse outright; either way nothing moves.
        }
        return window.app.closed;
      }, env.server.url);
      await popup.waitForTimeout(500);
      assert.equal(closed, true, 'the opener sees the app as closed');
      assert.equal(new URL(popup.url()).hash, '');
      assert.equal(await app.verdictText(), before);
      assert.deepEqual(app.errors, []);
    });
  });
});
