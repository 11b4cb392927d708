// Versus page boot: a classic script that runs before Trunk's module script.
//  - Hides the pre-rendered built-in comparison when the address names
//    another dataset.
//  - Starts the app (versus::start_page) once Trunk has loaded the WASM.
//    Nothing starts on load, so the embed loader importing the same module
//    never runs the page app inside someone else's page.
//  - Turns a start that fails (a file missing, or replaced by a Wi-Fi login
//    page's HTML) into a message with a retry, not "Loading…" forever.
(() => {
  let started = false;
  let alert = null;
  // The page's language, or English: the build writes each language's
  // words (l10n/*.ftl, boot-*) onto its pages' root as data-boot-*.
  const root = document.getElementById('versus-root');
  const say = (name, english) => root?.dataset['boot' + name] || english;

  // The pre-rendered page is the built-in comparison. An address naming
  // another dataset (`?data=` or `#data=`) must not show it while that one
  // loads: a neutral line stands in until the app takes over.
  if (/(^|[?&#])data=/.test(location.search + location.hash)) {
    const placeholder = document.getElementById('versus-placeholder');
    if (placeholder && !document.querySelector('meta[name=versus-page]')) {
      const note = document.createElement('div');
      note.className = 'versus load-pending';
      note.setAttribute('role', 'status');
      note.textContent = say('Loading', 'Loading the comparison…');
      placeholder.replaceChildren(note);
    }
  }

  addEventListener('TrunkApplicationStarted', () => {
    started = true;
    alert?.remove();
    window.wasmBindings.start_page();
  }, { once: true });

  // Fetches this build's own files again past the HTTP cache (the service
  // worker drops a cached copy that is not what its name says), then reloads.
  async function retry(button) {
    button.disabled = true;
    button.textContent = say('Retrying', 'Trying again…');
    // The module and the WASM, as named in Trunk's boot script.
    const boot = [...document.querySelectorAll('script[type=module]')].map((s) => s.textContent).join('\n');
    const files = [...boot.matchAll(/'([^']+\.(?:js|wasm))'/g)].map((m) => new URL(m[1], location.href).href);
    await Promise.all(files.map((url) => fetch(url, { cache: 'reload' }).catch(() => null)));
    location.reload();
  }

  function fail() {
    if (started || alert) return;
    // Inside the pre-rendered page, which stays readable above the message.
    const place = document.querySelector('#versus-placeholder > .versus') ?? root;
    if (!place) return;
    alert = document.createElement('div');
    alert.className = 'boot-error';
    alert.setAttribute('role', 'alert');
    const text = document.createElement('p');
    text.textContent = say('Failed', 'The interactive comparison could not start: a file it needs did not arrive intact. A flaky connection, a proxy or a Wi-Fi login page can cause this.');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = say('Retry', 'Try again');
    button.addEventListener('click', () => retry(button));
    alert.append(text, button);
    place.prepend(alert);
    root?.removeAttribute('aria-busy');
  }

  // A script that does not load (network error, or not JavaScript at all)
  // fires "error" at its element, which does not bubble: listen while capturing.
  document.addEventListener('error', (event) => {
    if (event.target instanceof HTMLScriptElement) fail();
  }, true);
  // A WASM file that does not compile rejects Trunk's module script.
  addEventListener('error', (event) => {
    if (!(event.target instanceof Element)) fail();
  });
  addEventListener('unhandledrejection', fail);
})();
