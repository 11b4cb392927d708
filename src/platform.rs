//! The one place that touches the browser directly. Components call these
//! helpers instead of `web_sys`, so side effects stay at the edge.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The page's `#versus-root`, emptied of its static placeholder.
pub fn take_mount_point() -> Option<Element> {
    let root = document()?.get_element_by_id("versus-root")?;
    root.set_inner_html("");
    root.set_attribute("aria-busy", "false").ok()?;
    Some(root)
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

/// The current value of the `<select>` an event came from.
pub fn select_value(event: &yew::Event) -> Option<String> {
    event
        .target()?
        .dyn_into::<HtmlSelectElement>()
        .ok()
        .map(|s| s.value())
}

/// A panic must never leave a blank page: replace the app with a short
/// message and a reload link. Built with DOM calls only, and the link needs
/// no WASM (the instance is not safe to call into after a panic) and no
/// inline script (which a strict CSP would block).
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        log_error(&info.to_string());
        let _ = show_crash_notice();
    }));
}

fn show_crash_notice() -> Option<()> {
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
