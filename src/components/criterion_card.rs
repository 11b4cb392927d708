use versus_core::explain::{fixed, flip_sentence, level_value_text};
use versus_core::{FlipPoint, MAX_LEVEL};
use yew::prelude::*;

use super::evidence::Evidence;
use crate::model::SharedModel;
use crate::platform;

#[derive(PartialEq, Properties)]
pub struct CriterionCardProps {
    /// Criterion index in the dataset.
    pub index: usize,
    pub level: u8,
    pub flips: Vec<FlipPoint>,
    pub on_change: Callback<(usize, u8)>,
}

/// One criterion: its priority slider, where the verdict would flip, and the
/// evidence for each technology. The slider is a native range input labelled
/// by the criterion's name, so keyboards, touch and screen readers all work.
#[component]
pub fn CriterionCard(props: &CriterionCardProps) -> Html {
    let model =
        use_context::<SharedModel>().expect("CriterionCard is rendered inside the model context");
    let criterion = &model.dataset.criteria[props.index];
    let id = &criterion.id;
    let (input_id, question_id, flip_id) = (
        format!("weight-{id}"),
        format!("question-{id}"),
        format!("flip-{id}"),
    );
    let flip = flip_sentence(&model.dataset, &props.flips, f64::from(props.level));
    let described_by = if flip.is_some() {
        format!("{question_id} {flip_id}")
    } else {
        question_id.clone()
    };
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
        <article class={classes!("card", criterion.is_contested().then_some("contested"))} aria-labelledby={input_id.clone()}>
            <div class="card-head">
                <h3 class="card-title"><label for={input_id.clone()}>{ &criterion.name }</label></h3>
                // The number is for sighted readers; the slider announces it itself.
                <span class="card-level" aria-hidden="true">{ props.level }</span>
            </div>
            <p id={question_id} class="card-question">{ &criterion.question }</p>
            <div class="slider">
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
                <svg class="flip-marks" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    { for props.flips.iter().map(|f| {
                        let x = fixed(f.weight * scale, 2);
                        html! { <line class="flip-mark" x1={x.clone()} x2={x} y1="0" y2="8" vector-effect="non-scaling-stroke" /> }
                    }) }
                </svg>
            </div>
            <p id={flip_id} class="card-flip">
                { flip.unwrap_or_else(|| "On its own, this cannot change the leader.".to_string()) }
            </p>
            <Evidence index={props.index} />
        </article>
    }
}
