// A stand-in blog on a second origin, with hostile styles, for embed tests.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './browser.mjs';

export const HOSTILE_CSS = `
  * { font: 30px serif !important; box-sizing: content-box }
  input { display: none }
  .column { width: 360px; margin: 0 auto }
  p.host { color: rgb(1, 2, 3) }
`;

/**
 * Serves `pages` ({ 'name.html': bodyHtml }), each wrapped in a page that
 * loads the hostile CSS and (unless `withLoader` is false) `appUrl`embed.js, on http://localhost:<port>/
 * (another site than the app on 127.0.0.1) or, with `sameSite`, on
 * http://127.0.0.1:<port>/ (another origin of the same site).
 */
export async function serveBlog(appUrl, pages, { sameSite = false, withLoader = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'versus-blog-'));
  for (const [name, body] of Object.entries(pages)) {
    writeFileSync(join(dir, name), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A blog post</title><link rel="icon" href="data:,">
<style>${HOSTILE_CSS}</style>
${withLoader ? `<script type="module" src="${appUrl}embed.js"></script>` : ''}
</head><body><div class="column">
<p class="host" id="host-para">Which backend should we pick? Here is an interactive answer.</p>
<div class="card verdict" id="host-card">A host element with the widget's class names.</div>
${body}
</div></body></html>`);
  }
  const blog = await serve(dir, { host: '127.0.0.1' });
  return { ...blog, url: `http://${sameSite ? '127.0.0.1' : 'localhost'}:${blog.port}/` };
}
