// The Jekyll include (embed/jekyll/versus.html) rendered by Debian's real
// Jekyll into a tiny site: the embedded widget keeps every setting.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, VersusPage, serve } from '../support/browser.mjs';
import { HEAD, assertGermanKept, assertOwnDataKept, assertSettingsKept, builtSite, generate, germanWidgets, ownParams, params, writeSite } from '../support/snippet.mjs';

describe('Jekyll: the include in a site built by the real Jekyll', () => {
  const env = builtSite((widgetUrl) => {
    const dir = writeSite({
      'site/_config.yml': 'title: A blog about backends\n',
      'site/_layouts/post.html': `<!doctype html><html lang="en"><head>${HEAD}<title>{{ page.title }}</title></head><body><main>{{ content }}</main></body></html>\n`,
      'site/backend.md': `---\nlayout: post\ntitle: Which backend?\n---\nWhich backend should we pick?\n\n{% include versus.html ${params(widgetUrl)} %}\n`,
      'site/german.md': `---\nlayout: post\ntitle: Welches Backend?\n---\n${germanWidgets(`{% include versus.html base="${widgetUrl}" lang="de" %}`, widgetUrl)}`,
      'site/own.md': `---\nlayout: post\ntitle: Our own comparison\n---\n{% include versus.html ${ownParams(widgetUrl)} %}\n`,
    });
    mkdirSync(join(dir, 'site', '_includes'));
    copyFileSync(join(ROOT, 'embed', 'jekyll', 'versus.html'), join(dir, 'site', '_includes', 'versus.html'));
    // Debian's Jekyll and its gems only: no Gemfile, no plugins, nothing fetched.
    generate('jekyll', ['build', '--source', join(dir, 'site'), '--destination', join(dir, 'public'), '--quiet', '--disable-disk-cache']);
    return dir;
  });

  test('the embedded widget keeps every setting', async (t) => {
    t.diagnostic(generate('jekyll', ['--version']));
    await assertSettingsKept(t, env.browser, `${env.site.url}backend.html`, env.server.url);
  });

  test('an author\'s dataset (data) and a layout pass through', async (t) => {
    await assertOwnDataKept(t, env.browser, `${env.site.url}own.html`, env.server.url);
  });

  test('a German post: the include\'s lang and <versus-widget lang="de"> speak German', async (t) => {
    await assertGermanKept(t, env.browser, `${env.site.url}german.html`, env.server.url);
  });

  // Issue 21: a crafted data address in the embed dialog's include must not
  // end the Liquid tag or run Liquid in the blogger's build.
  test('the embed dialog\'s include, made from a crafted address, builds as one include and runs no Liquid', async (t) => {
    const crafted = `${env.server.url}dataset.json?x=%}{{ site.secret }}{% raw %}"q`;
    const context = await env.browser.newContext();
    t.after(() => context.close());
    const app = await VersusPage.open(context, `${env.server.url}?data=${encodeURIComponent(crafted)}`);
    await app.page.getByRole('link', { name: 'Embed this widget' }).click();
    await app.page.getByText('Hugo, Jekyll, WordPress and other platforms').click();
    const include = await app.page.getByRole('textbox', { name: 'Jekyll include' }).inputValue();
    assert.match(include, /^\{% include versus\.html .* %\}$/);
    const dir = writeSite({
      'site/_config.yml': 'title: A blog about backends\nsecret: LEAKED-SITE-VARIABLE\n',
      'site/_layouts/post.html': `<!doctype html><html lang="en"><head>${HEAD}<title>{{ page.title }}</title></head><body><main>{{ content }}</main></body></html>\n`,
      // The blogger's own deployment address, as the README says to set.
      'site/crafted.md': `---\nlayout: post\ntitle: Crafted\n---\n${include.replace('{% include versus.html ', `{% include versus.html base="${env.server.url}" `)}\n`,
    });
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(join(dir, 'site', '_includes'));
    copyFileSync(join(ROOT, 'embed', 'jekyll', 'versus.html'), join(dir, 'site', '_includes', 'versus.html'));
    generate('jekyll', ['build', '--source', join(dir, 'site'), '--destination', join(dir, 'public'), '--quiet', '--disable-disk-cache']);
    const html = readFileSync(join(dir, 'public', 'crafted.html'), 'utf8');
    assert.doesNotMatch(html, /LEAKED-SITE-VARIABLE/);
    const src = html.match(/<iframe[^>]* src="([^"]+)"/)?.[1];
    assert.ok(src, html);
    // The built post's widget loads the file from that address.
    const site = await serve(join(dir, 'public'));
    t.after(() => site.stop());
    const page = await context.newPage();
    await page.goto(`${site.url}crafted.html`);
    const frame = page.frameLocator('iframe');
    await frame.getByRole('status').filter({ hasText: /^At equal weights/ }).waitFor();
    assert.match(await frame.locator('.provenance').innerText(), /comes from 127\.0\.0\.1:\d+/);
  });
});
