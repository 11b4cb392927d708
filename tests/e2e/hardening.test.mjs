// Hardening: the strict CSP the app really runs under, no request leaving
// its origin, and hostile input through every door.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { appAndBrowser, openPage, VersusPage, waitForControl, liveFrame } from '../support/browser.mjs';
import { serveBlog } from '../support/blog.mjs';

/** Records CSP violations and any script a hostile value manages to run. */
const WATCH = () => {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  window.__pwned = false;
};

describe('Hardening', () => {
  const env = appAndBrowser();

  test('the app runs under its strict CSP with no violation, and every request stays on its origin', async (t) => {
    const context = await env.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    t.after(() => context.close());
    await context.addInitScript(WATCH);
    const origins = new Set();
    context.on('request', (r) => origins.add(new URL(r.url()).origin));
    const app = await VersusPage.open(context, env.server.url);
    const header = (await app.page.request.get(env.server.url)).headers()['content-security-policy'];
    assert.match(header, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    assert.doesNotMatch(header, /unsafe-inline/);
    assert.match(header, /frame-ancestors 'self'/);

    const presets = await app.presetPicker().locator('option').allTextContents();
    for (const label of presets.slice(1)) await app.choosePreset(label);
    for (const slider of await app.page.getByRole('slider').all()) await slider.fill('7');
    await app.page.getByRole('button', { name: 'Copy link' }).click();
    await app.page.getByRole('link', { name: 'Embed this widget' }).click();
    const preview = app.page.frameLocator('iframe[title="Preview of the embedded widget"]');
    await preview.getByRole('status').waitFor();
    await app.page.keyboard.press('Escape');
    // The snippets are the authoring page's: closing goes back.
    for (let i = 0; i < 100 && new URL(app.page.url()).pathname.endsWith('author.html'); i++) await app.page.waitForTimeout(100);
    await app.live();
    // Offline reload, served by the service worker.
    await waitForControl(app.page);
    await context.setOffline(true);
    await app.page.reload();
    await app.verdict().waitFor();
    await context.setOffline(false);

    assert.deepEqual(await app.page.evaluate(() => window.__violations), []);
    assert.deepEqual(await app.page.frames()[1]?.evaluate(() => window.__violations) ?? [], []);
    assert.deepEqual([...origins], [new URL(env.server.url).origin]);
    assert.deepEqual(app.errors, []);
  });

  test('the embed entry may be framed by any site; both embeds run without violations', async (t) => {
    const blog = await serveBlog(env.server.url, {
      'both.html': `<iframe id="frame" src="${env.server.url}embed.html?preset=ml" title="Versus" style="width:100%;height:600px;border:0"></iframe><versus-widget id="w" preset="chat"></versus-widget>`,
    });
    t.after(() => blog.stop());
    const { context, page, errors } = await openPage(t, env.browser, { initScript: WATCH });
    const embedHeader = (await context.request.get(`${env.server.url}embed.html`)).headers()['content-security-policy'];
    assert.match(embedHeader, /frame-ancestors \*/);
    await page.goto(blog.url + 'both.html');
    await page.frameLocator('#frame').getByRole('status').waitFor();
    await liveFrame(page.frameLocator('#frame'));
    await page.locator('#w').getByRole('status').waitFor();
    await page.frameLocator('#frame').getByRole('button', { name: /^Show all \d+ criteria$/ }).click();
    await page.frameLocator('#frame').getByRole('slider', { name: 'Security' }).fill('9');
    const frame = page.frames().find((f) => f.url().includes('embed.html'));
    assert.deepEqual(await frame.evaluate(() => window.__violations), []);
    assert.deepEqual(errors, []);
  });

  // Hostile values, each sent through the fragment, the iframe query string
  // and a custom-element attribute.
  const HOSTILE = [
    '<script>window.__pwned=true</script>', '"><img src=x onerror="window.__pwned=true">', "'><svg/onload=window.__pwned=true>",
    'javascript:window.__pwned=true', 'data:text/html,<script>1</script>', '%3Cscript%3E', '%', '%E0%A4%A', '%FF%FE',
    '%00', '\u0000', '1e309', '-0', 'NaN', 'Infinity', '-1', '99999999999999999999', '5.5', '0x10', ' 7', '+3',
    'x'.repeat(100 * 1024), '{{7*7}}', '${7*7}', '../../etc/passwd', 'ml&preset=chat', 'unknown_criterion:5', 'ai_ml:11,ai_ml:-2',
    '\u202e\u0645', '🙂'.repeat(500), 'ai_ml:5'.repeat(3000),
  ];

  test(`${HOSTILE.length} hostile values through fragment, query and attributes render safely`, async (t) => {
    assert.ok(HOSTILE.length >= 30);
    const blog = await serveBlog(env.server.url, Object.fromEntries(HOSTILE.map((value, i) => {
      const attr = value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
      return [`h${i}.html`, `<versus-widget id="w" preset="${attr}" weights="${attr}" theme="${attr}" criteria="${attr}" title="${attr}"></versus-widget>`];
    })));
    t.after(() => blog.stop());
    const { page, errors } = await openPage(t, env.browser, { initScript: WATCH });
    const injected = () => page.evaluate(() => window.__pwned
      // The page's own inline scripts: the boot module, the language script
      // (by id) and a locale page's catalog (a data block, never run).
      || document.querySelectorAll('img, svg[onload], script:not([type="module"]):not([src]):not(#versus-language):not([type="application/json"])').length > 0);
    for (const [i, value] of HOSTILE.entries()) {
      const encoded = encodeURIComponent(value).slice(0, 20000);
      for (const url of [
        `${env.server.url}#v1&ai_ml=${encoded}&${encoded}=3&preset=${encoded}&sort=${encoded}`,
        `${env.server.url}embed.html?preset=${encoded}&weights=${encoded}&theme=${encoded}&criteria=${encoded}&title=${encoded}`,
      ]) {
        await page.goto('about:blank');
        await page.goto(url);
        await page.getByRole('status').waitFor();
        // The app, not only the static page, has read the hostile value.
        await page.waitForFunction(() => !document.getElementById('versus-placeholder'));
        assert.equal(await injected(), false, `injected by ${JSON.stringify(value).slice(0, 60)} via ${url.slice(0, 80)}`);
      }
      await page.goto(`${blog.url}h${i}.html`);
      await page.locator('#w').getByRole('status').waitFor();
      assert.equal(await injected(), false, `injected by attribute ${JSON.stringify(value).slice(0, 60)}`);
    }
    // A clearly bad value gets a visible notice.
    await page.goto(`${env.server.url}embed.html?preset=${encodeURIComponent(HOSTILE[0])}`);
    assert.match(await page.locator('.notice').innerText(), /Ignored preset/);
    assert.deepEqual(errors, []);
  });
});
