//! Whether a new version of the app is installed and waiting.

use yew::prelude::*;

use crate::platform::service_worker;

/// Registers the service worker once (where `enabled`); returns whether an
/// update is waiting.
#[hook]
pub fn use_update_ready(enabled: bool) -> bool {
    let ready = use_state(|| false);
    {
        let ready = ready.setter();
        use_effect_with(enabled, move |&enabled| {
            if enabled {
                service_worker::register(move || ready.set(true));
            }
        });
    }
    *ready
}
