//! Small DOM helpers for components: form values, dialogs, focus.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};

pub(super) fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// A new detached element.
pub fn create_element(name: &str) -> Option<Element> {
    document()?.create_element(name).ok()
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
        .and_then(|t| t.dyn_into::<Element>().ok())
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

#[cfg(feature = "author")]
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

#[cfg(feature = "author")]
pub fn close_dialog(dialog: &yew::NodeRef) {
    if let Some(dialog) = dialog.cast::<web_sys::HtmlDialogElement>() {
        dialog.close();
    }
}

/// Whether this document may start a file download. A sandboxed frame
/// without `allow-same-origin` (WordPress embeds use
/// `sandbox="allow-scripts"`) has an opaque origin, and Chromium blocks
/// its downloads without telling the page.
pub fn downloads_allowed() -> bool {
    web_sys::window().is_some_and(|w| w.origin() != "null")
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
