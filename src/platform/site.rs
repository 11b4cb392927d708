//! The site the app comes from: where its own files are (`/` on its pages,
//! the loader's address for a `<versus-widget>`), and the built-in
//! comparison's file there (`builtin-<hash>.json`, named by the build),
//! which the app reads rather than carries: one home for it, shared by
//! every page and precached for offline.

use std::cell::RefCell;

use super::dataset_text::{fetch_text, FetchFailure};

thread_local! {
    static SITE: RefCell<String> = RefCell::new("/".to_string());
    /// The built-in comparison's text, when given rather than fetched.
    static GIVEN: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Sets where the site's files are (the element's `app_url`).
pub fn set_site(base: &str) {
    SITE.with(|site| *site.borrow_mut() = base.to_string());
}

/// Where the site's files are.
pub fn site() -> String {
    SITE.with(|site| site.borrow().clone())
}

/// Gives the built-in comparison's text (browser tests, with no site).
pub fn give_builtin(json: &str) {
    GIVEN.with(|given| *given.borrow_mut() = Some(json.to_string()));
}

/// The built-in comparison's text when it was given (pre-rendering has it
/// compiled in and never asks).
#[cfg_attr(feature = "ssr", allow(dead_code))]
pub fn given_builtin() -> Option<String> {
    GIVEN.with(|given| given.borrow().clone())
}

/// The built-in comparison's text, read from the site's `file` (the
/// page's start script asked for it beside the module, so it usually
/// comes from the browser's cache: the file is named for its content).
pub async fn fetch_builtin(file: &str) -> Result<String, FetchFailure> {
    Ok(fetch_text(&format!("{}{file}", site())).await?.text)
}
