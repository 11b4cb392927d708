//! Versus: the Yew shell around `versus-core`.
//!
//! Components turn events into `ReaderAction`s and state into markup; all
//! browser side effects go through `platform`, called from `hooks`.

mod components;
mod hooks;
mod model;
mod platform;
mod state;
mod surface;

use wasm_bindgen::prelude::*;

pub use components::app::{App, AppProps};
pub use model::builtin_dataset;
pub use surface::{Surface, SurfaceKind};

/// Entry point of the app's own page (`index.html`) and of the iframe page
/// (`embed.html`, the same file served with a different frame policy). Does nothing where there is no `#versus-root`:
/// that is a host page using the custom element, which calls
/// `mount_widget` instead.
pub fn start() {
    let Some(root) = platform::take_mount_point() else {
        return;
    };
    platform::install_panic_hook();
    let surface = match platform::embed::frame_query() {
        Some(query) => {
            let (settings, problems) = versus_core::parse_query(&query);
            Surface {
                kind: SurfaceKind::Frame,
                settings,
                problems,
                app_url: platform::embed::page_url(),
            }
        }
        None => Surface::default(),
    };
    yew::Renderer::<App>::with_root_and_props(root, AppProps { surface }).render();
}

/// Mounts one `<versus-widget>`: `container` is inside its shadow root,
/// `host` is the element whose attributes configure it, `app_url` is the
/// app's page (for "open in Versus" links). Called by `embed.js`.
#[wasm_bindgen]
pub fn mount_widget(container: web_sys::Element, host: web_sys::Element, app_url: String) {
    let settings = platform::embed::attributes(&host);
    let surface = Surface {
        kind: SurfaceKind::Element,
        settings,
        problems: Vec::new(),
        app_url: Some(app_url),
    };
    yew::Renderer::<App>::with_root_and_props(container, AppProps { surface }).render();
}

/// Shows the "something went wrong" notice the panic hook shows (exposed so
/// browser tests can check it without crashing the test runner).
pub fn show_crash_notice() {
    platform::show_crash_notice();
}

/// Mounts a fresh app into `root` (browser tests).
pub fn mount(root: web_sys::Element) -> yew::AppHandle<App> {
    mount_with(root, Surface::default())
}

/// Mounts a fresh app on a given surface (browser tests).
pub fn mount_with(root: web_sys::Element, surface: Surface) -> yew::AppHandle<App> {
    yew::Renderer::<App>::with_root_and_props(root, AppProps { surface }).render()
}
