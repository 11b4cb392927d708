use yew::prelude::*;

use crate::platform;

#[derive(PartialEq, Properties)]
pub struct ChoicePickerProps {
    /// The `<select>`'s id.
    pub id: AttrValue,
    pub label: AttrValue,
    /// (value, label) of each option.
    pub options: Vec<(&'static str, String)>,
    pub selected: &'static str,
    pub on_change: Callback<String>,
}

/// A labelled `<select>` of a few fixed choices (card order, layout).
#[component]
pub fn ChoicePicker(props: &ChoicePickerProps) -> Html {
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |event: Event| {
            if let Some(value) = platform::select_value(&event) {
                on_change.emit(value);
            }
        })
    };
    let select_ref = use_node_ref();
    {
        let select_ref = select_ref.clone();
        use_effect_with(props.selected, move |selected| {
            platform::show_select_value(&select_ref, selected)
        });
    }
    html! {
        <div class="control">
            <label for={props.id.clone()}>{ &props.label }</label>
            <select id={props.id.clone()} ref={select_ref} {onchange}>
                { for props.options.iter().map(|(value, label)| html! {
                    <option value={*value} selected={*value == props.selected}>{ label }</option>
                }) }
            </select>
        </div>
    }
}
