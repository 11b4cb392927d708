use versus_core::explain::level_value_text;
use versus_core::text::fixed;
use versus_core::{FlipPoint, MAX_LEVEL};
use yew::prelude::*;

use crate::hooks::use_words;
use crate::platform;

#[derive(PartialEq, Properties)]
pub struct PrioritySliderProps {
    /// Criterion index in the dataset.
    pub index: usize,
    /// The `id` its `<label for>` names.
    pub input_id: AttrValue,
    pub level: u8,
    pub flips: Vec<FlipPoint>,
    /// Ids of what describes it (question, flip sentence).
    pub described_by: AttrValue,
    pub on_change: Callback<(usize, u8)>,
}

/// A criterion's priority: a native range input (keyboards, touch and
/// screen readers all work), with a mark where the leader would change.
#[component]
pub fn PrioritySlider(props: &PrioritySliderProps) -> Html {
    let words = use_words();
    let scale = 100.0 / f64::from(MAX_LEVEL);
    let oninput = {
        let (index, on_change) = (props.index, props.on_change.clone());
        Callback::from(move |event: InputEvent| {
            if let Some(level) = platform::input_value(&event).and_then(|v| v.parse::<u8>().ok()) {
                on_change.emit((index, level.min(MAX_LEVEL)));
            }
        })
    };
    html! {
        <div class="slider">
            <input
                type="range"
                id={props.input_id.clone()}
                min="0"
                max={MAX_LEVEL.to_string()}
                step="1"
                value={props.level.to_string()}
                aria-valuetext={level_value_text(&words, props.level)}
                aria-describedby={props.described_by.clone()}
                {oninput}
            />
            <svg class="flip-marks" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                { for props.flips.iter().map(|f| {
                    let x = fixed(f.weight * scale, 2);
                    html! { <line class="flip-mark" x1={x.clone()} x2={x} y1="0" y2="8" vector-effect="non-scaling-stroke" /> }
                }) }
            </svg>
        </div>
    }
}
