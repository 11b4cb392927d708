//! Remembered state in localStorage, where the browser allows it.
//!
//! Storage can be missing, or throw on access, in sandboxed and third-party
//! iframes and some private modes. Every call here turns that into `None`
//! or a silent no-op: the app then simply does not remember.

const KEY: &str = "versus:state";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn load() -> Option<String> {
    storage()?.get_item(KEY).ok().flatten()
}

pub fn save(value: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(KEY, value);
    }
}
