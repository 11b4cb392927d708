//! When something goes wrong: the console, and the notice that replaces
//! the app after a panic.

use std::cell::RefCell;

use versus_core::l10n::msg;

use super::dom::document;
use crate::words::SharedWords;

thread_local! {
    /// The language the widget speaks now, for the notice after a panic.
    static SPOKEN: RefCell<SharedWords> = RefCell::new(SharedWords::default());
}

/// The crash notice will speak as `words` do.
pub fn speak_as(words: &SharedWords) {
    let _ = SPOKEN.try_with(|spoken| spoken.try_borrow_mut().map(|mut w| *w = words.clone()));
}

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
    // Never a second panic here: if the words are out of reach, English.
    let words = SPOKEN
        .try_with(|spoken| spoken.try_borrow().map(|w| w.clone()).ok())
        .ok()
        .flatten()
        .unwrap_or_default();
    let text = doc.create_element("p").ok()?;
    text.set_text_content(Some(&words.0.label(msg::CRASH_NOTICE)));
    let button = doc.create_element("a").ok()?;
    let here = web_sys::window()?.location().href().ok()?;
    button.set_attribute("href", &here).ok()?;
    button.set_class_name("button");
    button.set_text_content(Some(&words.0.label(msg::CRASH_RELOAD)));
    notice.append_child(&text).ok()?;
    notice.append_child(&button).ok()?;
    root.append_child(&notice).ok()?;
    Some(())
}
