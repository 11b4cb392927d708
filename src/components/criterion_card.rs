use versus_core::explain::flip_sentence;
use yew::prelude::*;

use super::criterion_view::{CriterionIds, CriterionProps, NO_FLIP};
use super::evidence::Evidence;
use super::priority_slider::PrioritySlider;
use crate::hooks::use_words;
use crate::model::SharedModel;

/// One criterion: its priority slider, where the verdict would flip, and the
/// evidence for each technology.
#[component]
pub fn CriterionCard(props: &CriterionProps) -> Html {
    let model =
        use_context::<SharedModel>().expect("CriterionCard is rendered inside the model context");
    let criterion = &model.dataset.criteria[props.index];
    let words = use_words();
    let ids = CriterionIds::of(&criterion.id);
    let flip = flip_sentence(&words, &model.dataset, &props.steps, props.level);

    html! {
        <article class={classes!("card", criterion.is_contested().then_some("contested"))} aria-labelledby={ids.input.clone()}>
            <div class="card-head">
                <h3 class="card-title"><label for={ids.input.clone()}>{ &criterion.name }</label></h3>
                // The number is for sighted readers; the slider announces it itself.
                <span class="card-level" aria-hidden="true">{ props.level }</span>
            </div>
            <p id={ids.question.clone()} class="card-question">{ versus_core::wording::question(&words, criterion) }</p>
            <PrioritySlider index={props.index} input_id={ids.input.clone()} level={props.level}
                flips={props.flips.clone()} described_by={ids.described_by(flip.is_some())} on_change={props.on_change.clone()} />
            <p id={ids.flip} class="card-flip">{ flip.unwrap_or_else(|| words.label(NO_FLIP)) }</p>
            <Evidence index={props.index} />
        </article>
    }
}
