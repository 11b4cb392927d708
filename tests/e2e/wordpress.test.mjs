// Debian's real WordPress: a reader pastes the widget's address into a
// post, WordPress discovers the oEmbed response, sanitises it, and loads its
// own resizer (wp-embed.js; no script of ours runs on the blog). Run
// against the build's own VERSUS_PUBLIC_URL (see serveAtPublicUrl).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, launchBrowser, liveFrame, openPage } from '../support/browser.mjs';
import { serveAtPublicUrl, startWordPress, versions } from '../support/wordpress.mjs';

const PRESET = 'ml';
const WIDTHS = [390, 760];
const RUNS = 20;
// wp-embed.js clamps every reported height to 200..1000 px.
const clamp = (h) => Math.min(1000, Math.max(200, h));


// What the block editor saves when a link is pasted on its own line.
const embedBlock = (url) => `<!-- wp:embed {"url":"${url}","type":"rich","providerNameSlug":"versus"} -->
<figure class="wp-block-embed is-type-rich is-provider-versus wp-block-embed-versus"><div class="wp-block-embed__wrapper">
${url}
</div></figure>
<!-- /wp:embed -->`;

describe('WordPress: a pasted Versus link becomes an embed WordPress resizes itself', () => {
  const env = {};
  before(async () => {
    env.widget = await serveAtPublicUrl(DIST);
    env.wordpress = await startWordPress({ widgetPort: env.widget.port });
    // The app's address pasted in the block editor and in classic content
    // (a line of its own between paragraphs, which no embed block styles);
    // a preset's page in classic content.
    env.posts = {
      block: await env.wordpress.post('Which backend?', `<!-- wp:paragraph --><p>Which backend should we pick?</p><!-- /wp:paragraph -->\n\n${embedBlock(env.widget.url)}`),
      classic: await env.wordpress.post('Which backend, classic', `Which backend should we pick?\n\n${env.widget.url}\n\nThat settles it.`),
    };
    env.presetPost = await env.wordpress.post('Machine learning', `We train models.\n\n${env.widget.url}preset/${PRESET}/\n\nThat settles it.`);
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.wordpress?.stop();
    await env.widget?.stop();
  });

  /** The post at `url` in a fresh context, closed when `t` ends (or by the caller). */
  async function openPost(t, url, width) {
    const { context, page, errors } = await openPage(t, env.browser, { contextOptions: { viewport: { width, height: 900 } } });
    await page.goto(url);
    const frame = page.frameLocator('iframe.wp-embedded-content');
    await liveFrame(frame);
    await frame.getByRole('status').waitFor();
    return { context, page, frame, errors };
  }

  // The iframe as WordPress left it, its post column, and the widget inside.
  async function measure(page, frame) {
    const widget = await frame.locator('.versus').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    const embed = await page.evaluate(() => {
      const iframe = document.querySelector('iframe.wp-embedded-content');
      const box = iframe.getBoundingClientRect();
      return {
        width: Math.round(box.width),
        height: Math.round(box.height),
        heightAttribute: iframe.getAttribute('height'),
        hidden: iframe.getAttribute('style'),
        column: Math.round(iframe.closest('figure, p').getBoundingClientRect().width),
        pageWidth: document.documentElement.scrollWidth,
      };
    });
    return { ...embed, widget };
  }

  // wp-embed.js removes its hiding style on the iframe's first message and
  // sets the height the widget reports, clamped.
  async function resized(page, frame, timeout = 10_000) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const m = await measure(page, frame);
      if (m.hidden === null && Number(m.heightAttribute) === clamp(m.widget) && m.height === clamp(m.widget)) return m;
      if (Date.now() > deadline) throw new Error(`WordPress did not size the embed to the widget: ${JSON.stringify(m)}`);
      await page.waitForTimeout(100);
    }
  }

  const line = (m) => `iframe ${m.width} x ${m.height} px (column ${m.column} px, widget ${m.widget} px tall)`;

  test('the real programs', (t) => {
    t.diagnostic(Object.entries(versions()).map(([k, v]) => `${k}: ${v}`).join('; '));
  });

  for (const [form, width] of ['block', 'classic'].flatMap((f) => WIDTHS.map((w) => [f, w]))) {
    test(`${form} post at ${width} px: WordPress's own resizer sizes the embed, within the column and its 1000 px cap; a slider changes the verdict`, async (t) => {
      const { page, frame, errors } = await openPost(t, env.posts[form], width);
      const sanitised = await page.evaluate(() => {
        const iframe = document.querySelector('iframe.wp-embedded-content');
        return {
          sandbox: iframe.getAttribute('sandbox'),
          width: iframe.getAttribute('width'),
          secret: iframe.dataset.secret,
          src: iframe.src,
          blockquote: document.querySelector(`blockquote.wp-embedded-content[data-secret="${iframe.dataset.secret}"]`) !== null,
          scripts: [...document.scripts].map((s) => s.src).filter(Boolean),
          listener: typeof window.wp?.receiveEmbedMessage === 'function',
        };
      });
      assert.equal(sanitised.sandbox, 'allow-scripts');
      assert.equal(sanitised.width, '100%');
      assert.ok(sanitised.blockquote, 'WordPress kept the blockquote that makes it load wp-embed.js');
      assert.equal(new URL(sanitised.src).hash, `#?secret=${sanitised.secret}`);
      assert.equal(new URL(sanitised.src).origin + new URL(sanitised.src).pathname, `${env.widget.url}embed.html`);
      assert.ok(sanitised.listener && sanitised.scripts.some((s) => s.includes('/wp-includes/js/wp-embed')), 'wp-embed.js is loaded');
      assert.ok(!sanitised.scripts.some((s) => s.startsWith(env.widget.url)), 'no script of ours runs on the blog');

      const before = await resized(page, frame);
      const status = frame.getByRole('status');
      assert.match(await status.innerText(), /^At equal weights, Node\.js leads/);
      await frame.getByRole('slider', { name: 'AI & machine learning', exact: true }).fill('10');
      await assert.doesNotReject(() => status.filter({ hasText: /^Python wins/ }).waitFor({ timeout: 5000 }));
      const afterMove = await resized(page, frame);
      t.diagnostic(`${form} post, ${width} px viewport, before a slider move: ${line(before)}`);
      t.diagnostic(`${form} post, ${width} px viewport, after a slider move: ${line(afterMove)}`);
      for (const m of [before, afterMove]) {
        assert.ok(m.width <= m.column, `never wider than the post column: ${line(m)}`);
        assert.ok(m.pageWidth <= width, `the post does not scroll sideways: ${m.pageWidth} px`);
        assert.ok(m.height <= 1000);
      }
      // The default widget fits WordPress's cap: no scroll inside the frame
      // at first load, at every width (issue 26).
      assert.ok(before.widget <= 1000, `the widget is ${before.widget} px tall, so it scrolls inside WordPress's 1000 px frame`);
      assert.deepEqual(errors.filter((e) => e.startsWith('pageerror')), []);
    });
  }

  test(`the resize holds ${RUNS} times in a row`, async (t) => {
    const failures = [];
    for (let run = 1; run <= RUNS; run += 1) {
      const width = WIDTHS[run % 2];
      const form = run % 4 < 2 ? 'block' : 'classic';
      const { context, page, frame } = await openPost(null, env.posts[form], width);
      await resized(page, frame).catch((e) => failures.push(`run ${run}, ${form} post at ${width} px: ${e.message}`));
      await context.close();
    }
    t.diagnostic(`${RUNS - failures.length} of ${RUNS} runs resized`);
    assert.deepEqual(failures, []);
  });

  test('a preset page pasted on its own line embeds that preset', async (t) => {
    const direct = await env.browser.newPage();
    t.after(() => direct.close());
    await direct.goto(`${env.widget.url}embed.html?preset=${PRESET}`);
    // The app, not the pre-rendered default page, says the preset's verdict.
    await direct.waitForFunction(() => !document.getElementById('versus-placeholder'));
    const expected = await direct.getByRole('status').innerText();
    assert.doesNotMatch(expected, /^At equal weights/, 'the preset has a verdict of its own');

    const { page, frame } = await openPost(t, env.presetPost, 760);
    const src = new URL(await page.locator('iframe.wp-embedded-content').getAttribute('src'));
    assert.equal(src.pathname, '/embed.html');
    assert.equal(src.searchParams.get('preset'), PRESET);
    assert.equal(await frame.getByRole('status').innerText(), expected);
    await resized(page, frame);
  });
});
