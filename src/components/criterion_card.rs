use versus_core::explain::flip_sentence;
use versus_core::{FlipPoint, LevelFlip};
use yew::prelude::*;

use super::evidence::Evidence;
use super::priority_slider::PrioritySlider;
use crate::model::SharedModel;

#[derive(PartialEq, Properties)]
pub struct CriterionCardProps {
    /// Criterion index in the dataset.
    pub index: usize,
    pub level: u8,
    /// Where the slider's marks go.
    pub flips: Vec<FlipPoint>,
    /// The same flips at whole levels, for the sentence.
    pub steps: Vec<LevelFlip>,
    pub on_change: Callback<(usize, u8)>,
}

/// The ids a criterion's controls use, shared by the card and the row.
pub struct CriterionIds {
    pub input: String,
    pub question: String,
    pub flip: String,
}

impl CriterionIds {
    pub fn of(id: &str) -> CriterionIds {
        CriterionIds {
            input: format!("weight-{id}"),
            question: format!("question-{id}"),
            flip: format!("flip-{id}"),
        }
    }

    /// What describes the slider: the question, and the flip sentence when
    /// there is one.
    pub fn described_by(&self, has_flip: bool) -> String {
        if has_flip {
            format!("{} {}", self.question, self.flip)
        } else {
            self.question.clone()
        }
    }
}

pub const NO_FLIP: &str = "On its own, this cannot change the leader.";

/// One criterion: its priority slider, where the verdict would flip, and the
/// evidence for each technology.
#[component]
pub fn CriterionCard(props: &CriterionCardProps) -> Html {
    let model =
        use_context::<SharedModel>().expect("CriterionCard is rendered inside the model context");
    let criterion = &model.dataset.criteria[props.index];
    let ids = CriterionIds::of(&criterion.id);
    let flip = flip_sentence(&model.dataset, &props.steps, props.level);

    html! {
        <article class={classes!("card", criterion.is_contested().then_some("contested"))} aria-labelledby={ids.input.clone()}>
            <div class="card-head">
                <h3 class="card-title"><label for={ids.input.clone()}>{ &criterion.name }</label></h3>
                // The number is for sighted readers; the slider announces it itself.
                <span class="card-level" aria-hidden="true">{ props.level }</span>
            </div>
            <p id={ids.question.clone()} class="card-question">{ &criterion.question }</p>
            <PrioritySlider index={props.index} input_id={ids.input.clone()} level={props.level}
                flips={props.flips.clone()} described_by={ids.described_by(flip.is_some())} on_change={props.on_change.clone()} />
            <p id={ids.flip} class="card-flip">{ flip.unwrap_or_else(|| NO_FLIP.to_string()) }</p>
            <Evidence index={props.index} />
        </article>
    }
}
