// Versus embed loader. One <script type="module" src=".../embed.js"> on a
// page does two things:
//  1. resizes Versus iframes: each reports its height with postMessage and
//     this sets it, so the iframe never scrolls or leaves a gap;
//  2. defines <versus-widget>, which mounts the widget in an open shadow
//     root, so the page's CSS cannot restyle it and its CSS cannot leak.
//     It only ever renders into its own shadow root: loading the app's
//     module starts nothing, and the host's address, history, storage and
//     service worker are never touched. A removed element is unmounted, a
//     re-inserted one mounted again, a changed attribute applied, and inline
//     JSON that arrives or changes after the element (a slowly streamed
//     post, a script that appends the data second) is read when it does.
// tools/postbuild fills in the hashed file names at build time.
const BASE = new URL('./', import.meta.url);
const MODULE = new URL("__MODULE__", BASE).href;
const WASM = new URL("__WASM__", BASE).href;
const STYLE = new URL("__STYLE__", BASE).href;
// The languages besides English, and each one's catalog file.
const CATALOG_TAGS = ["__CATALOG_TAGS__"];
const CATALOG_FILES = ["__CATALOG_FILES__"];
const HEIGHT = 'versus:height';
const MIN_HEIGHT = 120;
const MAX_HEIGHT = 20000;
// The settings an author may change on a mounted element.
const SETTINGS = ['preset', 'weights', 'theme', 'criteria', 'heading', 'title', 'sort', 'layout', 'src', 'lang'];

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

// Frames that reported their height before this script listened: ask them again.
for (const frame of document.querySelectorAll('iframe')) {
  try {
    if (new URL(frame.src, location.href).origin === BASE.origin) frame.contentWindow?.postMessage({ type: 'versus:ready' }, BASE.origin);
  } catch {
    // An iframe without a parsable src is not ours.
  }
}

/** The language Versus speaks that `tag` asks for (exact, then by its
 *  language alone), or undefined. */
function spoken(tag) {
  if (!tag) return undefined;
  const wanted = String(tag).toLowerCase();
  const language = wanted.split(/[-_]/)[0];
  const all = ['en', ...CATALOG_TAGS];
  return all.find((t) => t.toLowerCase() === wanted)
    ?? all.find((t) => t !== 'en-XA' && t.split('-')[0].toLowerCase() === language);
}

/** The element's language: its `lang` setting, then the host page's
 *  language around it, then the reader's browser; English otherwise. */
function languageOf(element) {
  const around = element.parentElement?.closest('[lang]')?.getAttribute('lang');
  const wishes = [element.getAttribute('lang'), around, ...(navigator.languages ?? [navigator.language])];
  for (const wish of wishes) {
    const tag = spoken(wish);
    if (tag) return tag;
  }
  return 'en';
}

const catalogs = new Map();
/** A language's catalog (its compact form), fetched once; null for
 *  English or when it cannot be had (the widget then speaks English). */
function catalog(tag) {
  const at = CATALOG_TAGS.indexOf(tag);
  if (at < 0) return Promise.resolve(null);
  if (!catalogs.has(tag)) {
    catalogs.set(tag, fetch(new URL(CATALOG_FILES[at], BASE)).then((r) => (r.ok ? r.text() : null)).catch(() => null));
  }
  return catalogs.get(tag);
}

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
  static observedAttributes = SETTINGS;
  #widget = null;
  // Bumped on every unmount, so a mount still loading knows it is stale.
  #generation = 0;
  #remount = false;
  #styled = null;
  // Watches the element's own children: the inline dataset may come later.
  #children = new MutationObserver(() => this.#scheduleRemount());

  connectedCallback() {
    this.#children.observe(this, { childList: true, subtree: true, characterData: true });
    this.#mount();
  }

  disconnectedCallback() {
    this.#children.disconnect();
    this.#unmount();
  }

  attributeChangedCallback(name, old, value) {
    if (old !== value) this.#scheduleRemount();
  }

  /** Several changes made in one go are applied once. */
  #scheduleRemount() {
    if (!this.isConnected || this.#remount) return;
    this.#remount = true;
    queueMicrotask(() => {
      this.#remount = false;
      if (!this.isConnected) return;
      this.#unmount();
      this.#mount();
    });
  }

  /** The shadow root with its stylesheet, made once per element. */
  #shadow() {
    if (this.shadowRoot) return this.shadowRoot;
    const shadow = this.attachShadow({ mode: 'open' });
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = STYLE;
    this.#styled = new Promise((done) => {
      style.addEventListener('load', done, { once: true });
      style.addEventListener('error', done, { once: true });
    });
    shadow.append(style);
    return shadow;
  }

  async #mount() {
    const generation = this.#generation;
    const shadow = this.#shadow();
    const lang = languageOf(this);
    const [app, words] = await Promise.all([loadApp(), catalog(lang), this.#styled]);
    if (generation !== this.#generation || !this.isConnected) return;
    this.#widget = app.mount_widget(shadow, this, BASE.href, lang, words ?? undefined);
  }

  #unmount() {
    this.#generation += 1;
    if (!this.#widget) return;
    this.#widget.unmount();
    this.#widget.free();
    this.#widget = null;
  }
}

if (!customElements.get('versus-widget')) customElements.define('versus-widget', VersusWidget);
