//! The one place that touches the browser directly. Components and hooks
//! call these helpers instead of `web_sys`, so side effects stay at the edge.

pub mod clipboard;
pub mod dataset_text;
#[cfg(feature = "author")]
pub mod editing;
pub mod embed;
pub mod history;
pub mod service_worker;
pub mod storage;
pub mod takeover;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

thread_local! {
    /// The app's host element until `reveal_app` puts it into the page.
    static PENDING_HOST: std::cell::RefCell<Option<Element>> = const { std::cell::RefCell::new(None) };
}

/// The preset a preset page (`preset/<id>/`) stands for, from the
/// `<meta name="versus-preset">` the build writes into it.
pub fn page_preset() -> Option<String> {
    document()?
        .query_selector("meta[name=versus-preset]")
        .ok()??
        .get_attribute("content")
}

/// A new detached element.
pub fn create_element(name: &str) -> Option<Element> {
    document()?.create_element(name).ok()
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

pub fn log_error(message: &str) {
    gloo::console::error!(message);
}

/// The current value of the `<input>` an event came from.
pub fn input_value(event: &yew::InputEvent) -> Option<String> {
    event
        .target()?
        .dyn_into::<HtmlInputElement>()
        .ok()
        .map(|i| i.value())
}

/// Whether the `<details>` a toggle event came from is now open.
pub fn is_open(event: &yew::Event) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|e| e.has_attribute("open"))
}

/// The current value of the `<select>` an event came from.
pub fn select_value(event: &yew::Event) -> Option<String> {
    event
        .target()?
        .dyn_into::<HtmlSelectElement>()
        .ok()
        .map(|s| s.value())
}

/// Makes a `<select>` show `value`. Markup alone cannot: once the reader
/// has used it, the `selected` attribute no longer decides what it shows.
pub fn show_select_value(select: &yew::NodeRef, value: &str) {
    if let Some(select) = select.cast::<HtmlSelectElement>() {
        if select.value() != value {
            select.set_value(value);
        }
    }
}

/// Opens a `<dialog>` as a modal (focus moves in, Escape closes it).
pub fn show_modal(dialog: &yew::NodeRef) {
    if let Some(dialog) = dialog.cast::<web_sys::HtmlDialogElement>() {
        if !dialog.open() {
            let _ = dialog.show_modal();
        }
    }
}

/// Moves keyboard focus to `target` (which needs `tabindex="-1"` unless it
/// is focusable anyway).
pub fn focus(target: &yew::NodeRef) {
    if let Some(element) = target.cast::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}

/// Whether this document may start a file download. A sandboxed frame
/// without `allow-same-origin` (WordPress embeds use
/// `sandbox="allow-scripts"`) has an opaque origin, and Chromium blocks
/// its downloads without telling the page.
pub fn downloads_allowed() -> bool {
    web_sys::window().is_some_and(|w| w.origin() != "null")
}

pub fn close_dialog(dialog: &yew::NodeRef) {
    if let Some(dialog) = dialog.cast::<web_sys::HtmlDialogElement>() {
        dialog.close();
    }
}

/// A panic must never leave a blank page: replace the app with a short
/// message and a reload link. Built with DOM calls only, and the link needs
/// no WASM (the instance is not safe to call into after a panic) and no
/// inline script (which a strict CSP would block).
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        log_error(&info.to_string());
        show_crash_notice();
    }));
}

pub fn show_crash_notice() {
    let _ = render_crash_notice();
}

fn render_crash_notice() -> Option<()> {
    let doc = document()?;
    let root = doc
        .get_element_by_id("versus-root")
        .or_else(|| doc.body().map(Into::into))?;
    root.set_inner_html("");
    let notice = doc.create_element("div").ok()?;
    notice.set_attribute("role", "alert").ok()?;
    notice.set_class_name("crash-notice");
    let text = doc.create_element("p").ok()?;
    text.set_text_content(Some(
        "Something went wrong and Versus stopped. Reloading usually fixes it.",
    ));
    let button = doc.create_element("a").ok()?;
    let here = web_sys::window()?.location().href().ok()?;
    button.set_attribute("href", &here).ok()?;
    button.set_class_name("button");
    button.set_text_content(Some("Reload"));
    notice.append_child(&text).ok()?;
    notice.append_child(&button).ok()?;
    root.append_child(&notice).ok()?;
    Some(())
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

/// Asks the reader to confirm something that cannot be undone.
#[cfg(feature = "author")]
pub fn confirm(message: &str) -> bool {
    web_sys::window().is_some_and(|w| w.confirm_with_message(message).unwrap_or(false))
}

/// Focuses a text area and selects `start..end` (UTF-16 offsets, as the
/// DOM counts), scrolling it into view: jumping to a problem's place.
#[cfg(feature = "author")]
pub fn select_text(area: &yew::NodeRef, start: u32, end: u32) {
    if let Some(area) = area.cast::<web_sys::HtmlTextAreaElement>() {
        let _ = area.focus();
        let _ = area.set_selection_range(start, end);
        // Scroll the selection into view: browsers do this on focus only
        // when the caret moved by typing, so put the line near the top.
        let before = area
            .value()
            .encode_utf16()
            .take(start as usize)
            .filter(|&u| u == u16::from(b'\n'))
            .count();
        let line_height = web_sys::window()
            .and_then(|w| w.get_computed_style(&area).ok().flatten())
            .and_then(|style| style.get_property_value("line-height").ok())
            // Whole pixels are close enough, and keep the float parser out.
            .and_then(|px| px.split(['.', 'p']).next()?.parse::<u32>().ok())
            .map_or(20.0, f64::from);
        area.set_scroll_top(((before as f64 - 2.0) * line_height).max(0.0) as i32);
    }
}

/// The text of the `<textarea>` an input event came from.
#[cfg(feature = "author")]
pub fn textarea_value(event: &yew::InputEvent) -> Option<String> {
    event
        .target()?
        .dyn_into::<web_sys::HtmlTextAreaElement>()
        .ok()
        .map(|a| a.value())
}

pub fn set_document_title(title: &str) {
    if let Some(doc) = document() {
        doc.set_title(title);
    }
}
