// Embedding in a blog on another origin: the iframe with its resizer and
// the <versus-widget> custom element, under a hostile host stylesheet.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { appAndBrowser, launchBrowser, serve, waitForControl, openPage, liveFrame } from '../support/browser.mjs';
import { serveBlog } from '../support/blog.mjs';

describe('Embeds on a blog', () => {
  const env = appAndBrowser();
  let blog;
  before(async () => {
    blog = await serveBlog(env.server.url, {
      'frame.html': `<iframe id="frame" src="${env.server.url}embed.html?preset=ml" title="Versus comparison" style="width:100%;height:300px;border:0" data-versus-embed></iframe>`,
      'bad.html': `<iframe id="frame" src="${env.server.url}embed.html?preset=nonsense&theme=neon" title="Versus comparison" style="width:100%;height:300px;border:0"></iframe>`,
      'element.html': '<versus-widget id="w1" preset="ml"></versus-widget><versus-widget id="w2" preset="chat" theme="dark"></versus-widget>',
    });
  });
  after(async () => {
    await blog?.stop();
  });

  async function open(t, page) {
    const { page: tab, errors } = await openPage(t, env.browser, { contextOptions: { viewport: { width: 1000, height: 900 } } });
    await tab.goto(blog.url + page);
    return { tab, errors };
  }

  test('the iframe embed works, follows its content height, and leaves the host alone', async (t) => {
    const { tab, errors } = await open(t, 'frame.html');
    const frame = tab.frameLocator('#frame');
    await liveFrame(frame);
    const status = frame.getByRole('status');
    await status.waitFor();
    assert.match(await status.innerText(), /^Python wins/);
    // The compact embed opens on the criteria that move the verdict most.
    await frame.getByRole('button', { name: /^Show all \d+ criteria$/ }).click();
    const iframe = tab.locator('#frame');
    const historyLength = await tab.evaluate(() => history.length);
    // The resizer replaced the snippet's 300px with the widget's height.
    await tab.waitForFunction(() => document.getElementById('frame').getBoundingClientRect().height > 600);
    const before = (await iframe.boundingBox()).height;
    const inner = () => iframe.evaluate((f) => {
      const d = f.contentDocument.documentElement;
      return { scroll: d.scrollHeight, client: d.clientHeight };
    }).catch(() => null);
    // Cross-origin: ask the frame itself whether it scrolls.
    const frameHandle = await (await iframe.elementHandle()).contentFrame();
    // The height settles within a frame or two of each change: wait for the
    // frame's document to fit exactly, then check it has no scrollbar.
    const fits = () => frameHandle.waitForFunction(() => {
      const d = document.documentElement;
      return d.scrollHeight <= d.clientHeight + 1 && d.scrollWidth <= d.clientWidth;
    }, null, { timeout: 5000 });
    await fits();
    assert.equal(await inner(), null, 'the host cannot read the cross-origin frame');

    await frame.getByRole('slider', { name: 'Real-time features' }).fill('10');
    // A row's evidence opened in place: the frame grows to fit it.
    await frame.locator('details.row-more').first().evaluate((d) => { d.open = true; });
    await frame.locator('details.row-more details.sources').first().evaluate((d) => { d.open = true; });
    await tab.waitForFunction((h) => document.getElementById('frame').getBoundingClientRect().height > h, before);
    await fits();

    assert.equal(tab.url(), blog.url + 'frame.html', 'the host URL never changes');
    assert.equal(await tab.evaluate(() => history.length), historyLength, 'no history entries added');
    assert.deepEqual(errors, []);
  });

  test('a bad iframe setting shows a clear message and falls back', async (t) => {
    const { tab } = await open(t, 'bad.html');
    const frame = tab.frameLocator('#frame');
    await liveFrame(frame);
    await frame.getByRole('status').waitFor();
    const notice = frame.locator('.notice');
    assert.match(await notice.innerText(), /Ignored preset “nonsense”: there is no project type by that name\./);
    assert.match(await notice.innerText(), /theme=“neon”/);
    assert.equal(await frame.getByRole('slider', { name: 'AI & machine learning' }).inputValue(), '2');
  });

  test('custom elements render in shadow roots the host CSS cannot reach, and stay independent', async (t) => {
    const { tab, errors } = await open(t, 'element.html');
    const w1 = tab.locator('#w1');
    const w2 = tab.locator('#w2');
    await w1.getByRole('status').waitFor();
    await w2.getByRole('status').waitFor();
    for (const widget of [w1, w2]) await widget.getByRole('button', { name: /^Show all \d+ criteria$/ }).click();
    assert.match(await w1.getByRole('status').innerText(), /^Python wins/);
    assert.match(await w2.getByRole('status').innerText(), /^Node\.js wins/);

    // The widget's look: its own font and size, its sliders visible.
    const look = await w1.locator('.verdict-headline').evaluate((el) => {
      const s = getComputedStyle(el);
      return { family: s.fontFamily, size: parseFloat(s.fontSize), box: getComputedStyle(el.closest('.versus')).boxSizing };
    });
    assert.doesNotMatch(look.family, /^serif$/);
    assert.ok(look.size < 30, `headline font-size ${look.size}`);
    assert.equal(look.box, 'border-box');
    const slider = w1.getByRole('slider', { name: 'AI & machine learning' });
    assert.notEqual(await slider.evaluate((el) => getComputedStyle(el).display), 'none');

    // The host's own elements keep the host's look.
    const host = await tab.evaluate(() => {
      const p = getComputedStyle(document.getElementById('host-para'));
      const card = getComputedStyle(document.getElementById('host-card'));
      return { color: p.color, size: p.fontSize, family: p.fontFamily, border: card.borderTopStyle, background: card.backgroundColor };
    });
    assert.deepEqual(host, { color: 'rgb(1, 2, 3)', size: '30px', family: 'serif', border: 'none', background: 'rgba(0, 0, 0, 0)' });

    // Independent state: moving one widget leaves the other alone.
    await slider.fill('0');
    assert.equal(await w2.getByRole('slider', { name: 'AI & machine learning' }).inputValue(), '0'); // chat preset: 0 already
    await w2.getByRole('slider', { name: 'Security' }).fill('9');
    assert.equal(await w1.getByRole('slider', { name: 'Security' }).inputValue(), '0');
    assert.equal(await w2.locator('.versus').getAttribute('data-theme'), 'dark');
    assert.equal(tab.url(), blog.url + 'element.html');
    assert.equal(await tab.evaluate(() => history.length), 2, 'about:blank and the post, nothing more');
    assert.deepEqual(errors, []);
  });
});

describe('Embed dialog and offline embeds', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test('the embed dialog offers both snippets with the current weights and theme', async (t) => {
    const app = await serve();
    t.after(() => app.stop());
    const { page } = await openPage(t, browser, { contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } });
    await page.goto(app.url);
    // Once the app has taken over, the link carries the weights set since.
    await page.waitForFunction(() => !document.getElementById('versus-placeholder'));
    await page.getByRole('slider', { name: 'AI & machine learning' }).fill('9');
    await page.getByRole('link', { name: 'Embed this widget' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this comparison in your site' });
    await dialog.waitFor();
    const iframeSnippet = dialog.getByRole('textbox', { name: 'iframe snippet' });
    const elementSnippet = dialog.getByRole('textbox', { name: 'Custom element snippet' });
    assert.match(await iframeSnippet.inputValue(), /<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?weights=ai_ml:9"/);
    assert.match(await elementSnippet.inputValue(), /<versus-widget weights="ai_ml:9"><\/versus-widget>/);
    await dialog.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    assert.match(await elementSnippet.inputValue(), /theme="dark"/);
    await dialog.getByRole('button', { name: 'Copy custom element snippet' }).click();
    await dialog.getByText('custom element snippet copied to the clipboard.').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await elementSnippet.inputValue());
    const preview = page.frameLocator('iframe[title="Preview of the embedded widget"]');
    await liveFrame(preview);
    await preview.getByRole('status').waitFor();
    assert.equal(await preview.getByRole('slider', { name: 'AI & machine learning' }).inputValue(), '9');
    // The preview is a picture, not ~70 more tab stops: Tab from the Close
    // button wraps within the dialog and never enters the preview.
    const visited = [];
    await dialog.getByRole('button', { name: 'Close' }).focus();
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      visited.push(await page.evaluate(() => document.activeElement?.localName));
    }
    assert.ok(!visited.includes('iframe'), visited.join(' '));
    const insidePreview = await page.frames().find((f) => f.url().includes('embed.html'))
      .evaluate(() => document.hasFocus());
    assert.equal(insidePreview, false);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // The dialog is the authoring page's (no reader downloads the snippet
    // writers); closing it goes back to the comparison, weights kept.
    // Back may restore the page from the back-forward cache (no load
    // event to wait for): watch the address instead.
    for (let i = 0; i < 100 && new URL(page.url()).pathname !== '/'; i++) await page.waitForTimeout(100);
    assert.equal(new URL(page.url()).pathname, '/');
    await page.waitForFunction(() => !document.getElementById('versus-placeholder'));
    assert.equal(await page.getByRole('slider', { name: 'AI & machine learning' }).inputValue(), '9');
  });

  // Same site, other origin (another port): browsers that block third-party
  // storage also refuse service workers to cross-site iframes, so offline
  // embeds need the widget on the blog's own site (e.g. a subdomain).
  test('an iframe embed that loaded once keeps working when its origin is unreachable', async (t) => {
    const app = await serve();
    const blog = await serveBlog(app.url, {
      'post.html': `<iframe id="frame" src="${app.url}embed.html?preset=ml" title="Versus comparison" style="width:100%;height:600px;border:0"></iframe>`,
    }, { sameSite: true });
    t.after(() => blog.stop());
    const { page } = await openPage(t, browser);
    await page.goto(blog.url + 'post.html');
    const frame = page.frames().find((f) => f.url().startsWith(app.url));
    await waitForControl(frame);
    await app.stop(); // the widget's origin is now offline; the blog is not
    await page.reload();
    const widget = page.frameLocator('#frame');
    await liveFrame(widget);
    await widget.getByRole('status').waitFor();
    await widget.getByRole('button', { name: /^Show all \d+ criteria$/ }).click();
    await widget.getByRole('slider', { name: 'Real-time features' }).fill('10');
    await widget.getByRole('slider', { name: 'AI & machine learning' }).fill('0');
    await widget.getByRole('slider', { name: 'Data processing' }).fill('0');
    assert.match(await widget.getByRole('status').innerText(), /^Node\.js wins/);
  });
});
