//! Embedding: reading the embed settings and telling a parent page how tall
//! the widget is.

use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::js_sys::{Object, Reflect};

/// The message type the parent's resizer (`embed.js`) listens for.
pub const HEIGHT_MESSAGE: &str = "versus:height";

/// The query string (the embed settings) when this is the iframe page,
/// `embed.html`; `None` on the app's own page.
pub fn frame_query() -> Option<String> {
    let location = web_sys::window()?.location();
    let path = location.pathname().ok()?;
    path.ends_with(versus_core::embed::FRAME_PAGE)
        .then(|| location.search().unwrap_or_default())
}

/// The app's page (its directory, no query or fragment): where "open in
/// Versus" links go and what the embed snippets point at.
pub fn page_url() -> Option<String> {
    let location = web_sys::window()?.location();
    let path = location.pathname().ok()?;
    let dir = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    Some(format!("{}{dir}", location.origin().ok()?))
}

/// Every attribute of `element` as (name, value) pairs.
pub fn attributes(element: &web_sys::Element) -> Vec<(String, String)> {
    let names = element.get_attribute_names();
    (0..names.length())
        .filter_map(|i| names.get(i).as_string())
        .filter_map(|name| element.get_attribute(&name).map(|value| (name, value)))
        .collect()
}

/// Posts `{type, height}` to the parent whenever `element` changes height.
/// The message carries nothing but the height, so `*` as target origin
/// leaks nothing; the parent checks our origin and window.
pub fn report_height(element: &web_sys::Element) -> Option<ResizeReporter> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    if parent == window {
        return None;
    }
    let target = element.clone();
    let send = move || {
        let height = target.get_bounding_client_rect().height().ceil();
        let message = Object::new();
        let _ = Reflect::set(
            &message,
            &JsValue::from_str("type"),
            &JsValue::from_str(HEIGHT_MESSAGE),
        );
        let _ = Reflect::set(
            &message,
            &JsValue::from_str("height"),
            &JsValue::from_f64(height),
        );
        let _ = parent.post_message(&message, "*");
    };
    send();
    let on_resize = Closure::<dyn FnMut()>::new(send.clone());
    let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
    observer.observe(element);
    // Fonts or late layout can change the height without a resize of the
    // observed box's content rect: answer the parent's load event too.
    let on_load = EventListener::new(&window, "load", move |_| send());
    Some(ResizeReporter {
        observer,
        _on_resize: on_resize,
        _on_load: on_load,
    })
}

/// Keeps the height reports flowing until dropped.
pub struct ResizeReporter {
    observer: web_sys::ResizeObserver,
    _on_resize: Closure<dyn FnMut()>,
    _on_load: EventListener,
}

impl Drop for ResizeReporter {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
