//! The page's undo and redo shortcuts: Control (or Command) with Z, Shift
//! Z or Y, except where a text field's own undo applies.

use yew::prelude::*;

use crate::platform::editing;

/// A key handler for the whole page that calls `undo` or `redo`.
pub fn undo_keys(undo: Callback<()>, redo: Callback<()>) -> Callback<KeyboardEvent> {
    Callback::from(move |event: KeyboardEvent| {
        if !(event.ctrl_key() || event.meta_key()) || editing::native_undo_applies(&event) {
            return;
        }
        match event.key().to_lowercase().as_str() {
            "z" if event.shift_key() => redo.emit(()),
            "z" => undo.emit(()),
            "y" => redo.emit(()),
            _ => return,
        }
        event.prevent_default();
    })
}
