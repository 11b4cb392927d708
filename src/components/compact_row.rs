use versus_core::explain::flip_sentence;
use versus_core::l10n::{msg, Arg};
use versus_core::text::tenths;
use yew::prelude::*;

use super::criterion_view::{CriterionIds, CriterionProps, NO_FLIP};
use super::evidence::Evidence;
use super::priority_slider::PrioritySlider;
use super::score_bar::ScoreBar;
use crate::hooks::use_words;
use crate::model::SharedModel;

/// One criterion on one line, for embeds: its name, slider and each
/// technology's score as a small bar; the question, what would flip the
/// verdict and the evidence open in place on demand.
#[component]
pub fn CompactRow(props: &CriterionProps) -> Html {
    let model =
        use_context::<SharedModel>().expect("CompactRow is rendered inside the model context");
    let dataset = &model.dataset;
    let criterion = &dataset.criteria[props.index];
    let words = use_words();
    let ids = CriterionIds::of(&criterion.id);
    let flip = flip_sentence(&words, dataset, &props.steps, props.level);

    html! {
        <li class={classes!("row", criterion.is_contested().then_some("contested"))}>
            <label class="row-name" for={ids.input.clone()}>{ &criterion.name }</label>
            <PrioritySlider index={props.index} input_id={ids.input.clone()} level={props.level}
                flips={props.flips.clone()} described_by={ids.described_by(flip.is_some())} on_change={props.on_change.clone()} />
            <span class="row-scores">
                { for dataset.technologies.iter().enumerate().filter_map(|(i, tech)| {
                    let score = criterion.score_for(&tech.id)?;
                    let class = format!("tech-{i}");
                    Some(html! {
                        <span class={classes!("row-score", class.clone())}>
                            <span class="visually-hidden">{ format!("{} ", words.say(msg::ON_TECH, &[("tech", Arg::text(tech.name.as_str()))])) }</span>
                            <ScoreBar value={score.value} range={score.range} class={class} />
                            <span class="row-number">{ words.number(&tenths(score.value)) }</span>
                        </span>
                    })
                }) }
            </span>
            <details class="row-more">
                <summary>
                    <span aria-hidden="true">{ words.label(msg::ROW_WHY) }</span>
                    <span class="visually-hidden">{ words.say(msg::ROW_EVIDENCE, &[("criterion", Arg::text(criterion.name.as_str()))]) }</span>
                </summary>
                <p id={ids.question} class="card-question">{ versus_core::wording::question(&words, criterion) }</p>
                <p id={ids.flip} class="card-flip">{ flip.unwrap_or_else(|| words.label(NO_FLIP)) }</p>
                <Evidence index={props.index} />
            </details>
        </li>
    }
}
