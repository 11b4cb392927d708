use versus_core::l10n::msg;
use yew::prelude::*;

use crate::hooks::use_words;
use crate::platform;

#[derive(PartialEq, Properties)]
pub struct NoticeProps {
    pub title: AttrValue,
    pub messages: Vec<String>,
    pub on_dismiss: Callback<()>,
    /// Where keyboard focus goes once the notice is dismissed, so it does
    /// not fall back to the start of the page with the button gone.
    pub focus_after: NodeRef,
}

/// A calm, dismissible note, e.g. about link settings that were ignored.
/// Polite, not an alert: nothing is broken, the app carried on.
#[component]
pub fn Notice(props: &NoticeProps) -> Html {
    let words = use_words();
    if props.messages.is_empty() {
        return html! {};
    }
    let on_dismiss = {
        let (on_dismiss, focus_after) = (props.on_dismiss.clone(), props.focus_after.clone());
        Callback::from(move |_: MouseEvent| {
            on_dismiss.emit(());
            platform::focus(&focus_after);
        })
    };
    html! {
        <div class="notice" aria-live="polite">
            <p class="notice-title">{ &props.title }</p>
            <ul>
                { for props.messages.iter().map(|m| html! { <li>{ m }</li> }) }
            </ul>
            <button type="button" onclick={on_dismiss}>{ words.label(msg::DISMISS) }</button>
        </div>
    }
}
