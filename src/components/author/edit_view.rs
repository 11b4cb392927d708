//! Which view of the draft the author edits in, the grid or the JSON text,
//! remembered so the page opens in the one used last.

use yew::prelude::*;

use crate::platform::storage;

/// Where the view is remembered.
const VIEW_KEY: &str = "versus:author-view";

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum View {
    Grid,
    Json,
}

/// The view, starting from the one used last and remembered as it changes.
#[hook]
pub fn use_remembered_view() -> UseStateHandle<View> {
    let view = use_state(|| match storage::load(VIEW_KEY).as_deref() {
        Some("json") => View::Json,
        _ => View::Grid,
    });
    use_effect_with(*view, |view| {
        let _ = storage::save(VIEW_KEY, if *view == View::Json { "json" } else { "grid" });
    });
    view
}
