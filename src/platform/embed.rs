//! Embedding: reading the embed settings and telling a parent page how tall
//! the widget is.

use gloo::events::EventListener;
use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Interval;
use versus_core::resize::{height_messages, wordpress_secret, HeightMessage};
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

/// The app's page, where "open in Versus" links go and what the embed
/// snippets point at: the site root, where the build's pages and assets
/// live (Trunk writes root-relative asset paths).
pub fn page_url() -> Option<String> {
    Some(format!("{}/", web_sys::window()?.location().origin().ok()?))
}

/// The dataset an author put inside the element, as
/// `<script type="application/json">`: text the browser never runs.
pub fn inline_dataset(element: &web_sys::Element) -> Option<String> {
    element
        .query_selector(":scope > script[type='application/json']")
        .ok()??
        .text_content()
        .filter(|text| !text.trim().is_empty())
}

/// Every attribute of `element` as (name, value) pairs.
pub fn attributes(element: &web_sys::Element) -> Vec<(String, String)> {
    let names = element.get_attribute_names();
    (0..names.length())
        .filter_map(|i| names.get(i).as_string())
        .filter_map(|name| element.get_attribute(&name).map(|value| (name, value)))
        .collect()
}

fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (key, value) in fields {
        let _ = Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object.into()
}

fn to_js(message: &HeightMessage) -> JsValue {
    let n = |h: &u32| JsValue::from_f64(f64::from(*h));
    match message {
        HeightMessage::Versus { height } => object(&[
            ("type", JsValue::from_str(HEIGHT_MESSAGE)),
            ("height", n(height)),
        ]),
        HeightMessage::WordPress { height, secret } => object(&[
            ("message", JsValue::from_str("height")),
            ("value", n(height)),
            ("secret", JsValue::from_str(secret)),
        ]),
        HeightMessage::Embedly { height } => {
            JsValue::from_str(&HeightMessage::embedly_json(*height))
        }
        HeightMessage::Amp { height } => object(&[
            ("sentinel", JsValue::from_str("amp")),
            ("type", JsValue::from_str("embed-size")),
            ("height", n(height)),
        ]),
    }
}

/// Posts the widget's height to the parent whenever `element` changes
/// height, in our format and in WordPress's, Embedly's and AMP's. The
/// messages carry only the height (and WordPress's own secret), so `*` as
/// target origin leaks nothing; `embed.js` checks our origin and window.
/// A height of 0 (not laid out yet: the app renders off-page first) is
/// never sent: the first real height is, then a `ResizeObserver` reports
/// every change, and a parent whose listener starts late (WordPress's
/// `wp-embed.js` says `ready`) is answered with the current height.
pub fn report_height(element: &web_sys::Element) -> Option<ResizeReporter> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    if parent == window {
        return None;
    }
    let secret = wordpress_secret(&window.location().hash().unwrap_or_default());
    let target = element.clone();
    // Whether a height was posted: never 0, which means "not laid out yet".
    let post = {
        let parent = parent.clone();
        move || {
            let height = target.get_bounding_client_rect().height().ceil().max(0.0) as u32;
            let messages = height_messages(height, secret.as_deref());
            for message in &messages {
                let _ = parent.post_message(&to_js(message), "*");
            }
            !messages.is_empty()
        }
    };
    let send = {
        let post = post.clone();
        move || {
            post();
        }
    };
    // The app renders off-page and is put in place a moment later. Until a
    // first height is out, ask every 100 ms: a ResizeObserver alone would
    // not do, since a browser need not render a frame that its parent keeps
    // hidden until that first report (WordPress does), and then the
    // observer never fires.
    let first = Rc::new(RefCell::new(None::<Interval>));
    if !post() {
        let (post, slot) = (post.clone(), Rc::clone(&first));
        let interval = Interval::new(FIRST_REPORT_RETRY_MS, move || {
            if post() {
                slot.borrow_mut().take();
            }
        });
        *first.borrow_mut() = Some(interval);
    }
    let on_resize = Closure::<dyn FnMut()>::new(send.clone());
    let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
    observer.observe(element);
    // Fonts or late layout can change the height without a resize of the
    // observed box's content rect: answer the page's load event too.
    let on_load = EventListener::new(&window, "load", {
        let send = send.clone();
        move |_| send()
    });
    let on_ready = EventListener::new(&window, "message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        let from_parent = event
            .source()
            .is_some_and(|source| JsValue::from(source) == JsValue::from(parent.clone()));
        if from_parent && asks_for_height(&event.data()) {
            send();
        }
    });
    Some(ResizeReporter {
        observer,
        _on_resize: on_resize,
        _on_load: on_load,
        _on_ready: on_ready,
        _first: first,
    })
}

/// WordPress's `{message: "ready"}` (sent by `wp-embed.js` once it
/// listens) or our own `{type: "versus:ready"}`.
fn asks_for_height(data: &JsValue) -> bool {
    let field = |name: &str| {
        Reflect::get(data, &JsValue::from_str(name))
            .ok()
            .and_then(|v| v.as_string())
    };
    field("message").as_deref() == Some("ready") || field("type").as_deref() == Some(READY_MESSAGE)
}

/// What a parent may send to ask for the height again.
pub const READY_MESSAGE: &str = "versus:ready";

/// Keeps the height reports flowing until dropped.
pub struct ResizeReporter {
    observer: web_sys::ResizeObserver,
    _on_resize: Closure<dyn FnMut()>,
    _on_load: EventListener,
    _on_ready: EventListener,
    _first: Rc<RefCell<Option<Interval>>>,
}

/// How often a frame not laid out yet tries its first height report.
const FIRST_REPORT_RETRY_MS: u32 = 100;

impl Drop for ResizeReporter {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
