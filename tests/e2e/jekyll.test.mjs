// The Jekyll include (embed/jekyll/versus.html) rendered by Debian's real
// Jekyll into a tiny site: the embedded widget keeps every setting.
import { describe, test } from 'node:test';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/browser.mjs';
import { HEAD, assertOwnDataKept, assertSettingsKept, builtSite, generate, ownParams, params, writeSite } from '../support/snippet.mjs';

describe('Jekyll: the include in a site built by the real Jekyll', () => {
  const env = builtSite((widgetUrl) => {
    const dir = writeSite({
      'site/_config.yml': 'title: A blog about backends\n',
      'site/_layouts/post.html': `<!doctype html><html lang="en"><head>${HEAD}<title>{{ page.title }}</title></head><body><main>{{ content }}</main></body></html>\n`,
      'site/backend.md': `---\nlayout: post\ntitle: Which backend?\n---\nWhich backend should we pick?\n\n{% include versus.html ${params(widgetUrl)} %}\n`,
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
});
