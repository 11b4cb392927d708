//! Versus: the Yew shell around `versus-core`.
//!
//! Components turn events into `PriorityAction`s and state into markup; all
//! browser side effects go through `platform`.

mod components;
mod hooks;
mod model;
mod platform;
mod state;

pub use components::app::App;
pub use model::builtin_dataset;

/// Entry point of the page: mounts the app over the static placeholder.
pub fn start() {
    platform::install_panic_hook();
    match platform::take_mount_point() {
        Some(root) => {
            yew::Renderer::<App>::with_root(root).render();
        }
        None => platform::log_error("Versus: no #versus-root element to mount into"),
    }
}

/// Shows the "something went wrong" notice the panic hook shows (exposed so
/// browser tests can check it without crashing the test runner).
pub fn show_crash_notice() {
    platform::show_crash_notice();
}

/// Mounts a fresh app into `root` (browser tests, embeds).
pub fn mount(root: web_sys::Element) -> yew::AppHandle<App> {
    yew::Renderer::<App>::with_root(root).render()
}
