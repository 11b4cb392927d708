use versus_core::l10n::msg;
use yew::prelude::*;

use crate::hooks::{use_update_ready, use_words};
use crate::platform::service_worker;

/// "Update available": shown when a new version is waiting. Never reloads by
/// itself; the reader chooses when.
#[derive(PartialEq, Properties)]
pub struct UpdateBannerProps {
    /// Whether this surface may register a service worker at all.
    pub enabled: bool,
}

#[component]
pub fn UpdateBanner(props: &UpdateBannerProps) -> Html {
    let words = use_words();
    let ready = use_update_ready(props.enabled);
    let updating = use_state(|| false);
    if !ready {
        return html! {};
    }
    let on_reload = {
        let updating = updating.clone();
        Callback::from(move |_: MouseEvent| {
            updating.set(true);
            service_worker::apply_update();
        })
    };
    html! {
        <div class="update" aria-live="polite">
            if *updating {
                <span>{ words.label(msg::UPDATE_APPLYING) }</span>
            } else {
                <span>{ words.label(msg::UPDATE_AVAILABLE) }</span>
                <button type="button" onclick={on_reload}>{ words.label(msg::UPDATE_RELOAD) }</button>
            }
        </div>
    }
}
