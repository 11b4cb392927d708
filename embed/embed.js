// Versus embed loader. One <script type="module" src=".../embed.js"> on a
// page does two things:
//  1. resizes Versus iframes: each reports its height with postMessage and
//     this sets it, so the iframe never scrolls or leaves a gap;
//  2. defines <versus-widget>, which mounts the widget in an open shadow
//     root, so the page's CSS cannot restyle it and its CSS cannot leak.
// tools/postbuild fills in the hashed file names at build time.
const BASE = new URL('./', import.meta.url);
const MODULE = new URL("__MODULE__", BASE).href;
const WASM = new URL("__WASM__", BASE).href;
const STYLE = new URL("__STYLE__", BASE).href;
const HEIGHT = 'versus:height';
const MIN_HEIGHT = 120;
const MAX_HEIGHT = 20000;

window.addEventListener('message', (event) => {
  // Only our own origin, only our message type, only a sane number.
  if (event.origin !== BASE.origin) return;
  const data = event.data;
  if (!data || data.type !== HEIGHT || typeof data.height !== 'number' || !Number.isFinite(data.height)) return;
  const height = Math.min(Math.max(Math.ceil(data.height), MIN_HEIGHT), MAX_HEIGHT);
  for (const frame of document.querySelectorAll('iframe')) {
    // Only the iframe whose window sent the message.
    if (frame.contentWindow === event.source) frame.style.height = `${height}px`;
  }
});

let loaded;
/** The app's module, initialised once however many widgets the page has. */
function loadApp() {
  loaded ??= import(MODULE).then(async (app) => {
    await app.default({ module_or_path: WASM });
    return app;
  });
  return loaded;
}

class VersusWidget extends HTMLElement {
  async connectedCallback() {
    if (this.shadowRoot) return; // moved within the page: already mounted
    const shadow = this.attachShadow({ mode: 'open' });
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = STYLE;
    const container = document.createElement('div');
    shadow.append(style, container);
    const styled = new Promise((done) => {
      style.addEventListener('load', done, { once: true });
      style.addEventListener('error', done, { once: true });
    });
    const [app] = await Promise.all([loadApp(), styled]);
    app.mount_widget(container, this, BASE.href);
  }
}

if (!customElements.get('versus-widget')) customElements.define('versus-widget', VersusWidget);
