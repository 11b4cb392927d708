//! The authoring page's draft, kept in localStorage so a reload loses
//! nothing. Where storage is missing or refuses, the draft lives on in
//! memory and the page says it will not survive.

use yew::prelude::*;

use crate::platform::storage::{self, Saved};

const DRAFT_KEY: &str = "versus:author-draft";

/// The draft (the stored one, else `template`), a setter that stores
/// every change, and whether the last change was stored.
#[hook]
pub fn use_draft(template: &'static str) -> (UseStateHandle<String>, Callback<String>, bool) {
    let draft = use_state(|| storage::load(DRAFT_KEY).unwrap_or_else(|| template.to_string()));
    let saved = use_state(|| true);
    let set = {
        let (draft, saved) = (draft.setter(), saved.setter());
        use_callback((), move |text: String, _| {
            saved.set(storage::save_keeping_old(DRAFT_KEY, &text) != Saved::Refused);
            draft.set(text);
        })
    };
    (draft, set, *saved)
}
