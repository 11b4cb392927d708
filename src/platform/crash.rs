//! When something goes wrong: the console, and the notice that replaces
//! the app after a panic.

use super::dom::document;

fn log_error(message: &str) {
    gloo::console::error!(message);
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
