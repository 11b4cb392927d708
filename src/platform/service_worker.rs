//! Offline support: register `sw.js`, notice when a new version is waiting,
//! and switch to it only when the reader asks.

use std::cell::RefCell;

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::js_sys::{Object, Reflect};
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// Must match `SKIP_WAITING` in `sw/sw.js`.
const SKIP_WAITING: &str = "versus:skip-waiting";

thread_local! {
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
}

/// `navigator.serviceWorker`, or `None` where it is missing (insecure
/// context) or throws on access (sandboxed iframe with an opaque origin).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    let value = Reflect::get(&navigator, &JsValue::from_str("serviceWorker")).ok()?;
    (!value.is_undefined() && !value.is_null()).then(|| value.unchecked_into())
}

/// Registers the worker (release builds only, so development never serves
/// stale files) and calls `on_update_ready` when a new version has
/// installed and is waiting. Every failure is silent: the app then works
/// online only, exactly as without a service worker.
pub fn register(on_update_ready: impl Fn() + Clone + 'static) {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(container) = container() else { return };
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) =
            wasm_bindgen_futures::JsFuture::from(container.register("/sw.js")).await
        else {
            return;
        };
        // Checked, not assumed: where workers are blocked (a test harness,
        // some privacy tools) `register` can resolve to nothing at all.
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        REGISTRATION.with(|r| *r.borrow_mut() = Some(registration.clone()));
        // A worker already waiting from an earlier visit.
        if registration.waiting().is_some() && container.controller().is_some() {
            on_update_ready();
        }
        let found = registration.clone();
        EventListener::new(&registration, "updatefound", move |_| {
            let Some(installing) = found.installing() else {
                return;
            };
            let (worker, on_update_ready) = (installing.clone(), on_update_ready.clone());
            EventListener::new(&installing, "statechange", move |_| {
                // No controller means this is the first install, not an update.
                let controlled = container_controls_page();
                if worker.state() == ServiceWorkerState::Installed && controlled {
                    on_update_ready();
                }
            })
            .forget();
        })
        .forget();
    });
}

fn container_controls_page() -> bool {
    container().is_some_and(|c| c.controller().is_some())
}

/// Activates the waiting version and reloads once it has taken over: the
/// reader asked for this, so the reload is theirs, not ours.
pub fn apply_update() {
    let Some(container) = container() else { return };
    let waiting = REGISTRATION.with(|r| {
        r.borrow()
            .as_ref()
            .and_then(ServiceWorkerRegistration::waiting)
    });
    let Some(waiting) = waiting else {
        reload();
        return;
    };
    EventListener::once(&container, "controllerchange", |_| reload()).forget();
    let message = Object::new();
    let _ = Reflect::set(
        &message,
        &JsValue::from_str("type"),
        &JsValue::from_str(SKIP_WAITING),
    );
    let _ = waiting.post_message(&message);
}

fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}
