//! Remembered state in localStorage, where the browser allows it.
//!
//! Storage can be missing, or throw on access, in sandboxed and third-party
//! iframes and some private modes: the app then simply does not remember.
//! Storage that exists but refuses a write (full) is different: the reader
//! would come back to an older state without a word, so that is reported.

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// What was remembered under `key` (each comparison has its own).
pub fn load(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Whether a save took.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    Yes,
    /// No storage here at all: nothing was ever remembered, nothing to say.
    NoStorage,
    /// The write was refused. The older value is removed, so a later visit
    /// starts from the defaults rather than from a state the reader left.
    Refused,
}

/// Like `save`, but a refused write leaves the older value in place: for
/// text the reader typed (a draft), where an older copy beats none.
#[cfg(feature = "author")]
pub fn save_keeping_old(key: &str, value: &str) -> Saved {
    let Some(storage) = storage() else {
        return Saved::NoStorage;
    };
    if storage.set_item(key, value).is_ok() {
        Saved::Yes
    } else {
        Saved::Refused
    }
}

pub fn save(key: &str, value: &str) -> Saved {
    let Some(storage) = storage() else {
        return Saved::NoStorage;
    };
    if storage.set_item(key, value).is_ok() {
        return Saved::Yes;
    }
    let _ = storage.remove_item(key);
    Saved::Refused
}

/// Calls `changed` with the new value whenever another tab of this site
/// stores `key` (the `storage` event never fires in the tab that wrote);
/// listening stops when the returned listener is dropped.
#[cfg(feature = "author")]
pub fn on_change_elsewhere(
    key: &'static str,
    changed: impl Fn(Option<String>) + 'static,
) -> Option<gloo::events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo::events::EventListener::new(
        &window,
        "storage",
        move |event| {
            let Some(event) = wasm_bindgen::JsCast::dyn_ref::<web_sys::StorageEvent>(event) else {
                return;
            };
            if event.key().as_deref() == Some(key) {
                changed(event.new_value());
            }
        },
    ))
}
