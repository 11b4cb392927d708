//! When a reader's page starts the app: after its first paint, never
//! competing with it.
//!
//! Trunk writes a `modulepreload` of the module and a `preload` of the WASM
//! into the head, and an inline module that imports and starts them at
//! once. On the reader's pages (the app's page, `embed.html`, the preset
//! pages) the pre-rendered HTML already shows everything, so the preloads
//! go and the start waits for the page to paint and the browser to be idle
//! (or for the reader's first touch or key, whichever comes first), and at
//! most 300 ms: a frame off screen gets no animation frames at all, and an
//! embed that never started would never report its height. What the
//! reader does on the static page meanwhile carries over (`platform/takeover.rs`).

/// The start script: the module's and the WASM's names are kept as quoted
/// literals, which `boot.js` reads to offer "Try again". Once started, it
/// also asks for the built-in comparison (`builtin`, the app's data, a file
/// of the site named for its content, so cached for good) beside the
/// module, unless the page shows another (`data=`): the app's own request
/// for it (`platform/site.rs`) then finds it in the browser's cache.
fn deferred_start(module: &str, wasm: &str, builtin: &str) -> String {
    format!(
        "await new Promise((start) => {{\
const early = ['pointerdown', 'keydown', 'focusin'];\
const now = () => {{ early.forEach((e) => removeEventListener(e, now, true)); start(); }};\
early.forEach((e) => addEventListener(e, now, true));\
requestAnimationFrame(() => setTimeout(() => (self.requestIdleCallback ? requestIdleCallback(now, {{ timeout: 1500 }}) : now()), 0));\
setTimeout(now, 300);\
}});\
if (!/[?&#]data=/.test(location.href)) fetch('{builtin}').catch(() => {{}});\
const bindings = await import('{module}');\
const wasm = await bindings.default({{ module_or_path: '{wasm}' }});\
window.wasmBindings = bindings;\
dispatchEvent(new CustomEvent(\"TrunkApplicationStarted\", {{detail: {{wasm}}}}));"
    )
}

/// `html` (Trunk's page) without the preloads of the app's module and WASM,
/// and with its start deferred; `builtin` is the built-in comparison's file.
pub fn with_deferred_start(html: &str, builtin: &str) -> Result<String, String> {
    let mut out = html.to_string();
    for marker in ["rel=modulepreload", "rel=preload"] {
        while let Some(at) = out.find(marker) {
            let start = out[..at]
                .rfind("<link")
                .ok_or("a preload outside a <link>")?;
            let end = at + out[at..].find('>').ok_or("an unterminated <link>")? + 1;
            out.replace_range(start..end, "");
        }
    }
    let open = "<script type=module>";
    let start = out.find(open).ok_or("no inline module script")? + open.len();
    let end = start
        + out[start..]
            .find("</script>")
            .ok_or("an unterminated module script")?;
    let script = &out[start..end];
    let quoted = |suffix: &str| {
        script
            .split('\'')
            .find(|part| part.ends_with(suffix))
            .map(str::to_string)
            .ok_or(format!("the module script names no *{suffix}"))
    };
    let (module, wasm) = (quoted(".js")?, quoted("_bg.wasm")?);
    out.replace_range(start..end, &deferred_start(&module, &wasm, builtin));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = "<head><script type=module>import init, * as bindings from '/versus-ab.js';\nconst wasm = await init({ module_or_path: '/versus-ab_bg.wasm' });\nwindow.wasmBindings = bindings;\ndispatchEvent(new CustomEvent(\"TrunkApplicationStarted\", {detail: {wasm}}));</script><link crossorigin href=/versus-ab.js integrity=sha384-x rel=modulepreload><link as=fetch crossorigin href=/versus-ab_bg.wasm integrity=sha384-y rel=preload type=application/wasm></head>";

    #[test]
    fn no_preload_and_a_start_that_waits_for_the_first_paint() {
        let out = with_deferred_start(TRUNK, "/builtin-cd.json").unwrap();
        assert!(!out.contains("preload"), "{out}");
        assert!(out.contains("import('/versus-ab.js')") && out.contains("'/versus-ab_bg.wasm'"));
        assert!(out.contains("requestAnimationFrame") && out.contains("requestIdleCallback"));
        assert!(
            out.contains("setTimeout(now, 300)"),
            "a start that does not wait on frames alone"
        );
        assert!(out.contains("TrunkApplicationStarted"));
        // The built-in comparison's file is read beside the module.
        assert!(out.contains("fetch('/builtin-cd.json')"));
        assert!(!out.contains("import init"));
        assert!(with_deferred_start("<head></head>", "/b.json").is_err());
    }
}
