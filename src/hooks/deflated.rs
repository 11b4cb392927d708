//! A valid draft compressed for a link's `data=` part, recomputed as the
//! draft changes; a result for an older draft is never handed out.

use std::rc::Rc;

use yew::prelude::*;

use crate::platform::dataset_text;

/// The encoded `draft`, once the browser has compressed it; `None` while
/// it works, or when `draft` is not `valid` (no link for a broken draft).
#[hook]
pub fn use_deflated(draft: &str, valid: bool) -> Option<String> {
    let done = use_state(|| None::<(Rc<str>, String)>);
    {
        let done = done.setter();
        let draft: Rc<str> = draft.into();
        use_effect_with((draft, valid), move |(draft, valid)| {
            let current = Rc::new(std::cell::Cell::new(true));
            if *valid {
                let (draft, current) = (Rc::clone(draft), Rc::clone(&current));
                wasm_bindgen_futures::spawn_local(async move {
                    let encoded = dataset_text::deflate(&draft).await;
                    // A newer draft started its own compression meanwhile.
                    if current.get() {
                        done.set(encoded.map(|e| (draft, e)));
                    }
                });
            }
            move || current.set(false)
        });
    }
    match &*done {
        Some((text, encoded)) if valid && &**text == draft => Some(encoded.clone()),
        _ => None,
    }
}
