// The Hugo shortcode (embed/hugo/versus.html) rendered by Debian's real Hugo
// into a tiny site: the embedded widget keeps every setting.
import { describe, test } from 'node:test';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/browser.mjs';
import { HEAD, assertGermanKept, assertOwnDataKept, assertSettingsKept, builtSite, generate, germanWidgets, ownParams, params, writeSite } from '../support/snippet.mjs';

const LAYOUT = `<!doctype html><html lang="en"><head>${HEAD}<title>{{ .Title }}</title></head><body><main>{{ .Content }}</main></body></html>\n`;

describe('Hugo: the shortcode in a site built by the real Hugo', () => {
  const env = builtSite((widgetUrl) => {
    const dir = writeSite({
      // Raw HTML in posts (the custom element) needs goldmark's unsafe mode.
      'hugo.toml': 'baseURL = "http://localhost/"\ntitle = "A blog about backends"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n[markup.goldmark.renderer]\nunsafe = true\n',
      'layouts/_default/single.html': LAYOUT,
      'layouts/_default/list.html': LAYOUT,
      'content/posts/backend.md': `---\ntitle: Which backend?\n---\nWhich backend should we pick?\n\n{{< versus ${params(widgetUrl)} >}}\n`,
      'content/posts/german.md': `---\ntitle: Welches Backend?\n---\n${germanWidgets(`{{< versus base="${widgetUrl}" lang="de" >}}`, widgetUrl)}`,
      'content/posts/own.md': `---\ntitle: Our own comparison\n---\n{{< versus ${ownParams(widgetUrl)} >}}\n`,
    });
    mkdirSync(join(dir, 'layouts', 'shortcodes'));
    copyFileSync(join(ROOT, 'embed', 'hugo', 'versus.html'), join(dir, 'layouts', 'shortcodes', 'versus.html'));
    generate('hugo', ['--source', dir, '--destination', 'public', '--quiet']);
    return dir;
  });

  test('the embedded widget keeps every setting', async (t) => {
    t.diagnostic(generate('hugo', ['version']));
    await assertSettingsKept(t, env.browser, `${env.site.url}posts/backend/`, env.server.url);
  });

  test('an author\'s dataset (data) and a layout pass through', async (t) => {
    await assertOwnDataKept(t, env.browser, `${env.site.url}posts/own/`, env.server.url);
  });

  test('a German post: the shortcode\'s lang and <versus-widget lang="de"> speak German', async (t) => {
    await assertGermanKept(t, env.browser, `${env.site.url}posts/german/`, env.server.url);
  });
});
