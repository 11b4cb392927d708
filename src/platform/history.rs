//! The URL fragment as the share link: read it, write it, hear Back/Forward.

use gloo::events::EventListener;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The fragment without its `#`, percent-encoding left as it is.
pub fn current_fragment() -> String {
    let hash = window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_string()
}

/// The query string with its `?` (where `?data=` names a dataset).
pub fn current_query() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

#[cfg(feature = "author")]
/// Opens `url` in place of this page (Back then skips this one).
#[cfg(feature = "author")]
pub fn replace_with(url: &str) {
    if let Some(w) = window() {
        let _ = w.location().replace(url);
    }
}

/// Loads the current address again, as a new page.
pub fn reload() {
    if let Some(w) = window() {
        let _ = w.location().reload();
    }
}

/// This page's address with `fragment` as its fragment: the share link.
pub fn link_with_fragment(fragment: &str) -> String {
    let href = window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}#{fragment}")
}

/// How a new fragment enters the session history.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// Rewrite the current entry (while dragging: no entry per step).
    Replace,
    /// Add an entry, so Back returns to the state before it.
    Push,
}

pub fn write_fragment(fragment: &str, entry: Entry) {
    let Some(history) = window().and_then(|w| w.history().ok()) else {
        return;
    };
    let (state, url) = (wasm_bindgen::JsValue::NULL, format!("#{fragment}"));
    let _ = match entry {
        Entry::Replace => history.replace_state_with_url(&state, "", Some(&url)),
        Entry::Push => history.push_state_with_url(&state, "", Some(&url)),
    };
}

/// Calls `on_change` with the new fragment after Back, Forward or a hand
/// edit of the address. Listening stops when the returned guards drop.
pub fn on_fragment_change(on_change: impl Fn(String) + Clone + 'static) -> Vec<EventListener> {
    let Some(window) = window() else {
        return Vec::new();
    };
    ["popstate", "hashchange"]
        .into_iter()
        .map(|event| {
            let on_change = on_change.clone();
            EventListener::new(&window, event, move |_| on_change(current_fragment()))
        })
        .collect()
}
