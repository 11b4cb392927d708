//! The authoring page's draft with undo and redo. Every change goes
//! through here, from the grid, the JSON text or an import, so Undo walks
//! back through all of them alike. Typing in the JSON text is one step per
//! pause, not per key.

use std::cell::RefCell;
use std::rc::Rc;

use versus_core::authoring::UndoHistory;
use yew::prelude::*;

use super::draft::{use_draft, Draft};
use crate::platform::editing::now_ms;

/// Keystrokes closer together than this are one undo step.
const TYPING_PAUSE_MS: f64 = 1_000.0;

/// A new version of the draft.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub text: String,
    /// Typed in the JSON text: merged with the typing just before it.
    pub typing: bool,
}

pub struct DraftHistory {
    pub draft: Draft,
    pub change: Callback<Change>,
    pub undo: Callback<()>,
    pub redo: Callback<()>,
    pub can_undo: bool,
    pub can_redo: bool,
}

#[derive(Default)]
struct Versions {
    history: UndoHistory<String>,
    /// When the last typing change was recorded, to merge a burst.
    last_typing_at: Option<f64>,
}

#[hook]
pub fn use_draft_history(template: &'static str) -> DraftHistory {
    let draft = use_draft(template);
    let versions: Rc<RefCell<Versions>> = use_mut_ref(Versions::default);
    // Re-renders the page when only the history changed (the buttons).
    let tick = use_state(|| 0u32);
    let latest = use_mut_ref(String::new);
    latest.borrow_mut().clone_from(&draft.text);

    let change = {
        let (set, versions, latest, tick) = (
            draft.set.clone(),
            versions.clone(),
            latest.clone(),
            tick.clone(),
        );
        Callback::from(move |change: Change| {
            let before = latest.borrow().clone();
            if change.text == before {
                return;
            }
            let mut v = versions.borrow_mut();
            let now = now_ms();
            let merged = change.typing
                && v.last_typing_at
                    .is_some_and(|at| now - at < TYPING_PAUSE_MS);
            if !merged {
                v.history.record(before);
            }
            v.last_typing_at = change.typing.then_some(now);
            drop(v);
            *latest.borrow_mut() = change.text.clone();
            set.emit(change.text);
            tick.set(tick.wrapping_add(1));
        })
    };
    let step = |forward: bool| {
        let (set, versions, latest, tick) = (
            draft.set.clone(),
            versions.clone(),
            latest.clone(),
            tick.clone(),
        );
        Callback::from(move |()| {
            let current = latest.borrow().clone();
            let mut v = versions.borrow_mut();
            v.last_typing_at = None;
            let other = if forward {
                v.history.redo(current)
            } else {
                v.history.undo(current)
            };
            drop(v);
            if let Some(text) = other {
                *latest.borrow_mut() = text.clone();
                set.emit(text);
                tick.set(tick.wrapping_add(1));
            }
        })
    };
    let (can_undo, can_redo) = {
        let v = versions.borrow();
        (v.history.can_undo(), v.history.can_redo())
    };
    DraftHistory {
        undo: step(false),
        redo: step(true),
        change,
        can_undo,
        can_redo,
        draft,
    }
}
