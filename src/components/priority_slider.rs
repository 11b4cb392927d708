use versus_core::explain::{flip_sentence, level_value_text};
use versus_core::{FlipPoint, MAX_LEVEL};
use yew::prelude::*;

use crate::model::SharedModel;
use crate::platform;

#[derive(PartialEq, Properties)]
pub struct PrioritySliderProps {
    /// Criterion index in the dataset.
    pub index: usize,
    pub level: u8,
    pub flips: Vec<FlipPoint>,
    pub on_change: Callback<(usize, u8)>,
}

/// One native range input per criterion, named by the criterion so screen
/// readers and tests find it by its label.
#[component]
pub fn PrioritySlider(props: &PrioritySliderProps) -> Html {
    let model =
        use_context::<SharedModel>().expect("PrioritySlider is rendered inside the model context");
    let criterion = &model.dataset.criteria[props.index];
    let input_id = format!("weight-{}", criterion.id);
    let question_id = format!("question-{}", criterion.id);
    let flip_id = format!("flip-{}", criterion.id);
    let flip = flip_sentence(&model.dataset, &props.flips, f64::from(props.level));

    let oninput = {
        let (index, on_change) = (props.index, props.on_change.clone());
        Callback::from(move |event: InputEvent| {
            if let Some(level) = platform::input_value(&event).and_then(|v| v.parse::<u8>().ok()) {
                on_change.emit((index, level.min(MAX_LEVEL)));
            }
        })
    };
    let described_by = if flip.is_some() {
        format!("{question_id} {flip_id}")
    } else {
        question_id.clone()
    };

    html! {
        <div class="priority">
            <label for={input_id.clone()} class="priority-name">{ &criterion.name }</label>
            // The number is for sighted readers; the slider announces it itself.
            <span class="priority-level" aria-hidden="true">{ props.level }</span>
            <p id={question_id} class="priority-question">{ &criterion.question }</p>
            <input
                type="range"
                id={input_id}
                min="0"
                max={MAX_LEVEL.to_string()}
                step="1"
                value={props.level.to_string()}
                aria-valuetext={level_value_text(props.level)}
                aria-describedby={described_by}
                {oninput}
            />
            if let Some(flip) = flip {
                <p id={flip_id} class="priority-flip">{ flip }</p>
            }
        </div>
    }
}
