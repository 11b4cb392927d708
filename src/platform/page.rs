//! The page the app runs in: which page it is, where the app mounts, and
//! the document's title.

use web_sys::Element;

use super::dom::{create_element, document};
use super::takeover;

thread_local! {
    /// The app's host element until `reveal_app` puts it into the page.
    static PENDING_HOST: std::cell::RefCell<Option<Element>> = const { std::cell::RefCell::new(None) };
    /// Whether a part of the app still renders in later frames (`hold_reveal`),
    /// and whether the reveal was asked for meanwhile.
    static REVEAL: std::cell::Cell<(bool, bool)> = const { std::cell::Cell::new((false, false)) };
}

/// Whether the app renders off the page, behind the static one, until
/// `reveal_app` (the reader's pages; not a custom element or a preview).
pub fn reveal_pending() -> bool {
    PENDING_HOST.with(|pending| pending.borrow().is_some())
}

/// Keeps `reveal_app` waiting until `release_reveal`: the widget renders its
/// cards a few per frame, so no one task blocks the reader, and the static
/// page stays until every card is there.
pub fn hold_reveal() {
    REVEAL.with(|r| r.set((true, false)));
}

/// Ends `hold_reveal`, revealing the app if it was asked for meanwhile.
pub fn release_reveal() {
    let (held, wanted) = REVEAL.with(|r| r.replace((false, false)));
    if held && wanted {
        reveal_app();
    }
}

/// The preset a preset page (`preset/<id>/`) stands for, from the
/// `<meta name="versus-preset">` the build writes into it.
pub fn page_preset() -> Option<String> {
    document()?
        .query_selector("meta[name=versus-preset]")
        .ok()??
        .get_attribute("content")
}

/// Which page this is, from `<meta name="versus-page">` (the authoring
/// page says `author`); `None` on the app's own pages.
#[cfg(feature = "author")]
pub fn page_kind() -> Option<String> {
    document()?
        .query_selector("meta[name=versus-page]")
        .ok()??
        .get_attribute("content")
}

/// A detached element for the app to render into. It replaces the static
/// placeholder only once it has content (`reveal_app`), so the reader never
/// sees an empty or half-built page and nothing on screen moves.
pub fn take_mount_point() -> Option<Element> {
    document()?.get_element_by_id("versus-root")?;
    let host = create_element("div")?;
    host.set_class_name("app-host");
    PENDING_HOST.with(|pending| *pending.borrow_mut() = Some(host.clone()));
    Some(host)
}

/// Swaps the rendered app in for the static placeholder, in one DOM step.
///
/// In two steps of one task: first the app, still off the page, opens the
/// `<details>` the reader opened, which makes Yew render what they hold;
/// then, once that render ran (Yew renders in a microtask, and this step
/// is queued after it), the app takes the placeholder's place with focus
/// and scroll as they were. One task, so nothing the reader does on the
/// static page can fall between the two.
pub fn reveal_app() {
    // Held: remembered as wanted, for `release_reveal`.
    let held = REVEAL.with(|r| {
        let (held, _) = r.get();
        r.set((held, held));
        held
    });
    if held {
        return;
    }
    let Some(host) = PENDING_HOST.with(|pending| pending.borrow_mut().take()) else {
        return;
    };
    // What the reader opened, focused and scrolled to on the static page.
    let snapshot = takeover::Snapshot::take();
    if let Some(snapshot) = &snapshot {
        snapshot.open_details(&host);
    }
    wasm_bindgen_futures::spawn_local(async move {
        let settled = web_sys::js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
        let _ = wasm_bindgen_futures::JsFuture::from(settled).await;
        swap_in(&host, snapshot);
    });
}

fn swap_in(host: &Element, snapshot: Option<takeover::Snapshot>) {
    let Some(doc) = document() else { return };
    match doc.get_element_by_id("versus-placeholder") {
        Some(placeholder) => {
            let _ = placeholder.replace_with_with_node_1(host);
            if let Some(snapshot) = snapshot {
                snapshot.restore_focus_and_scroll(host);
            }
        }
        None => {
            if let Some(root) = doc.get_element_by_id("versus-root") {
                let _ = root.append_child(host);
            }
        }
    }
    if let Some(root) = doc.get_element_by_id("versus-root") {
        let _ = root.remove_attribute("aria-busy");
    }
}

pub fn set_document_title(title: &str) {
    if let Some(doc) = document() {
        doc.set_title(title);
    }
}
