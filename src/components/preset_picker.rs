use versus_core::l10n::msg;
use yew::prelude::*;

use crate::hooks::use_words;
use crate::model::SharedModel;
use crate::platform;

/// The `<select>` value that stands for "my own weights".
const CUSTOM: &str = "";

#[derive(PartialEq, Properties)]
pub struct PresetPickerProps {
    /// The preset the current levels came from, if still unchanged.
    pub selected: Option<String>,
    /// What "Reset" returns to: the dataset defaults, or an embed's setup.
    pub defaults: Vec<u8>,
    pub on_levels: Callback<(Vec<u8>, Option<String>)>,
}

/// Presets set every slider at once; "Reset" returns to the defaults.
#[component]
pub fn PresetPicker(props: &PresetPickerProps) -> Html {
    let model =
        use_context::<SharedModel>().expect("PresetPicker is rendered inside the model context");
    let onchange = {
        let (model, on_levels) = (model.clone(), props.on_levels.clone());
        Callback::from(move |event: Event| {
            let Some(id) = platform::select_value(&event) else {
                return;
            };
            if let Some(preset) = model.dataset.preset(&id) {
                on_levels.emit((model.dataset.preset_levels(preset), Some(preset.id.clone())));
            }
        })
    };
    let onreset = {
        let (defaults, on_levels) = (props.defaults.clone(), props.on_levels.clone());
        Callback::from(move |_| on_levels.emit((defaults.clone(), None)))
    };
    let words = use_words();
    let selected = props.selected.as_deref().unwrap_or(CUSTOM);
    let select_ref = use_node_ref();
    {
        let select_ref = select_ref.clone();
        use_effect_with(selected.to_string(), move |value| {
            platform::show_select_value(&select_ref, value)
        });
    }
    let description = props
        .selected
        .as_deref()
        .and_then(|id| model.dataset.preset(id))
        .map(|p| p.description.clone());

    html! {
        <div class="control presets">
            <label for="preset-select">{ words.label(msg::PRESET_LABEL) }</label>
            <select id="preset-select" ref={select_ref} {onchange}>
                <option value={CUSTOM} selected={selected == CUSTOM}>{ words.label(msg::PRESET_CUSTOM) }</option>
                { for model.dataset.presets.iter().map(|p| html! {
                    <option value={p.id.clone()} selected={selected == p.id}>{ &p.name }</option>
                }) }
            </select>
            <button type="button" onclick={onreset}>{ words.label(msg::RESET) }</button>
            if let Some(description) = description {
                <p class="preset-description">{ description }</p>
            }
        </div>
    }
}
