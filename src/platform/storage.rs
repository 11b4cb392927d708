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
