// The iframe embed on hosts that speak other resize protocols: WordPress
// (sandboxed iframe, secret in the fragment), Embedly and AMP. Each host
// listener below is written from that platform's documented protocol.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { appAndBrowser, openPage, liveFrame } from '../support/browser.mjs';
import { serveBlog } from '../support/blog.mjs';

const SECRET = 'Ab3xYz09kQ';

// wp-includes/js/wp-embed.js: trusts only {message: 'height', value, secret}
// for the iframe carrying that secret, and clamps the height to 200..1000.
const WORDPRESS = `<script>
window.addEventListener('message', function (e) {
  var d = e.data;
  if (!d || !(d.secret || d.message || d.value) || /[^a-zA-Z0-9]/.test(d.secret)) return;
  var frames = document.querySelectorAll('iframe[data-secret="' + d.secret + '"]');
  for (var i = 0; i < frames.length; i++) {
    var f = frames[i];
    if (e.source !== f.contentWindow) continue;
    if (d.message === 'height') {
      var h = parseInt(d.value, 10);
      if (h > 1000) h = 1000; else if (~~h < 200) h = 200;
      f.height = h;
    }
  }
});
</script>`;

// Embedly: a JSON string {context: 'iframe.resize', height}.
const EMBEDLY = `<script>
window.addEventListener('message', function (e) {
  var d; try { d = typeof e.data === 'string' ? JSON.parse(e.data) : null; } catch (x) { return; }
  if (!d || d.context !== 'iframe.resize' || !d.height) return;
  var f = document.getElementById('frame');
  if (f.contentWindow === e.source) f.style.height = d.height + 'px';
});
</script>`;

// amp-iframe: {sentinel: 'amp', type: 'embed-size', height}.
const AMP = `<script>
window.addEventListener('message', function (e) {
  var d = e.data;
  if (!d || d.sentinel !== 'amp' || d.type !== 'embed-size') return;
  var f = document.getElementById('frame');
  if (f.contentWindow === e.source) f.style.height = d.height + 'px';
});
</script>`;

describe('Hosts with their own resize protocols', () => {
  const env = appAndBrowser();
  const frameSrc = () => `${env.server.url}embed.html?preset=ml&criteria=ai_ml,real_time`;

  async function host(t, body) {
    // Each page loads only its platform's listener (no embed.js).
    const blog = await serveBlog(env.server.url, { 'post.html': body }, { withLoader: false });
    t.after(() => blog.stop());
    const { page, errors } = await openPage(t, env.browser, { contextOptions: { viewport: { width: 1000, height: 900 } } });
    await page.goto(blog.url + 'post.html');
    const widget = page.frameLocator('#frame');
    await liveFrame(widget);
    await widget.getByRole('status').waitFor();
    return { page, widget, errors };
  }

  async function widgetHeight(widget) {
    return widget.locator('.versus').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  }

  test('WordPress: sandboxed iframe, secret in the fragment, clamped height; the widget works', async (t) => {
    const { page, widget, errors } = await host(t, `${WORDPRESS}
      <iframe id="frame" sandbox="allow-scripts" security="restricted" src="${frameSrc()}#?secret=${SECRET}"
              data-secret="${SECRET}" width="600" height="338" title="Versus" frameborder="0" scrolling="no"></iframe>`);
    const expected = Math.min(1000, Math.max(200, await widgetHeight(widget)));
    await page.waitForFunction((h) => Number(document.getElementById('frame').height) === h, expected);
    await widget.getByRole('slider', { name: 'Real-time features' }).fill('10');
    await widget.getByRole('slider', { name: 'AI & machine learning' }).fill('0');
    assert.match(await widget.getByRole('status').innerText(), /^Node\.js wins/);
    assert.deepEqual(errors, []);
  });

  test('Embedly: the iframe follows the height in Embedly’s message', async (t) => {
    const { page, widget, errors } = await host(t, `${EMBEDLY}<iframe id="frame" src="${frameSrc()}" title="Versus" style="width:100%;height:150px;border:0"></iframe>`);
    const expected = await widgetHeight(widget);
    await page.waitForFunction((h) => Math.abs(document.getElementById('frame').getBoundingClientRect().height - h) <= 1, expected);
    assert.deepEqual(errors, []);
  });

  test('AMP: the iframe follows the height in AMP’s embed-size message', async (t) => {
    const { page, widget, errors } = await host(t, `${AMP}<iframe id="frame" src="${frameSrc()}" title="Versus" style="width:100%;height:150px;border:0"></iframe>`);
    const expected = await widgetHeight(widget);
    await page.waitForFunction((h) => Math.abs(document.getElementById('frame').getBoundingClientRect().height - h) <= 1, expected);
    assert.deepEqual(errors, []);
  });
});
