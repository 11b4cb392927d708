//! The DOM the authoring page's editors need: the HTML a paste carried,
//! field values from change events, focus by id, and the clock for
//! merging keystrokes into one undo step.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

/// Milliseconds since the epoch.
pub fn now_ms() -> f64 {
    web_sys::js_sys::Date::now()
}

/// The `text/html` a paste carried (a table copied from a web page has
/// one), read before the browser inserts the plain text.
pub fn pasted_html(event: &yew::Event) -> Option<String> {
    let event = event.dyn_ref::<web_sys::ClipboardEvent>()?;
    let html = event.clipboard_data()?.get_data("text/html").ok()?;
    (!html.trim().is_empty()).then_some(html)
}

/// Whether an input event inserted pasted text.
pub fn is_paste(event: &yew::InputEvent) -> bool {
    event.input_type() == "insertFromPaste"
}

/// The value of the input, text area or select an event came from.
pub fn field_value(event: &yew::Event) -> Option<String> {
    let target = event.target()?;
    if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
        return Some(input.value());
    }
    if let Some(area) = target.dyn_ref::<HtmlTextAreaElement>() {
        return Some(area.value());
    }
    target
        .dyn_ref::<HtmlSelectElement>()
        .map(HtmlSelectElement::value)
}

/// Moves focus to the element with this id, if there is one; with `select`,
/// an input's text is selected too, ready to be typed over.
pub fn focus_id(id: &str, select: bool) {
    let Some(element) = element(id) else { return };
    if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
        let _ = input.focus();
        if select {
            input.select();
        }
    } else if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}

fn element(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

/// Whether Ctrl+Z belongs to the field being typed in (a grid cell or a
/// panel field mid-edit keeps its own undo) rather than to the draft. The
/// JSON text's undo is the draft's: its value is set on every change,
/// which clears the browser's own history anyway.
pub fn native_undo_applies(event: &yew::KeyboardEvent) -> bool {
    let Some(target) = event.target() else {
        return false;
    };
    if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
        return !input.read_only();
    }
    target
        .dyn_ref::<HtmlTextAreaElement>()
        .is_some_and(|area| area.id() != "dataset-editor" && !area.read_only())
}
