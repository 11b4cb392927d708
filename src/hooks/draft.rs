//! The authoring page's draft, kept in localStorage so a reload loses
//! nothing. Where storage is missing or refuses, the draft lives on in
//! memory and the page says it will not survive. Two tabs share the one
//! stored draft: when another tab stores a different one, this tab stops
//! storing and asks which to keep, so neither overwrites the other unseen.

use yew::prelude::*;

use crate::platform::storage::{self, Saved};

const DRAFT_KEY: &str = "versus:author-draft";

pub struct Draft {
    pub text: UseStateHandle<String>,
    /// Replaces the draft, storing it unless another tab's is pending.
    pub set: Callback<String>,
    /// Whether the last change was stored.
    pub saved: bool,
    /// The draft another tab stored since, while this tab has its own.
    pub elsewhere: Option<String>,
    /// Keeps this tab's draft (storing it over the other tab's).
    pub keep_mine: Callback<()>,
    /// Takes the other tab's draft in place of this one.
    pub take_theirs: Callback<()>,
}

/// The draft (the stored one, else `template`) and how to change it.
#[hook]
pub fn use_draft(template: &'static str) -> Draft {
    let text = use_state(|| storage::load(DRAFT_KEY).unwrap_or_else(|| template.to_string()));
    let saved = use_state(|| true);
    let elsewhere = use_state(|| None::<String>);
    // The latest text, for the storage listener set up once.
    let latest = use_mut_ref(String::new);
    latest.borrow_mut().clone_from(&text);
    {
        let (elsewhere, latest) = (elsewhere.setter(), latest.clone());
        use_effect_with((), move |_| {
            let listener = storage::on_change_elsewhere(DRAFT_KEY, move |theirs| match theirs {
                Some(theirs) if theirs != *latest.borrow() => elsewhere.set(Some(theirs)),
                _ => {}
            });
            move || drop(listener)
        });
    }
    let store = {
        let saved = saved.setter();
        move |value: &str| saved.set(storage::save_keeping_old(DRAFT_KEY, value) != Saved::Refused)
    };
    let set = {
        let (text, pending, store) = (text.setter(), elsewhere.is_some(), store.clone());
        use_callback(pending, move |value: String, &pending| {
            if !pending {
                store(&value);
            }
            text.set(value);
        })
    };
    let keep_mine = {
        let (text, elsewhere, store) = (text.clone(), elsewhere.setter(), store.clone());
        Callback::from(move |()| {
            store(&text);
            elsewhere.set(None);
        })
    };
    let take_theirs = {
        let (text, other) = (text.setter(), elsewhere.clone());
        Callback::from(move |()| {
            if let Some(theirs) = &*other {
                text.set(theirs.clone());
            }
            other.set(None);
        })
    };
    Draft {
        text,
        set,
        saved: *saved,
        elsewhere: (*elsewhere).clone(),
        keep_mine,
        take_theirs,
    }
}
