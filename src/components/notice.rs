use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct NoticeProps {
    pub title: AttrValue,
    pub messages: Vec<String>,
    pub on_dismiss: Callback<()>,
}

/// A calm, dismissible note, e.g. about link settings that were ignored.
/// Polite, not an alert: nothing is broken, the app carried on.
#[component]
pub fn Notice(props: &NoticeProps) -> Html {
    if props.messages.is_empty() {
        return html! {};
    }
    let on_dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="notice" aria-live="polite">
            <p class="notice-title">{ &props.title }</p>
            <ul>
                { for props.messages.iter().map(|m| html! { <li>{ m }</li> }) }
            </ul>
            <button type="button" onclick={on_dismiss}>{ "Dismiss" }</button>
        </div>
    }
}
