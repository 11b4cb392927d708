use versus_core::l10n::{msg, Arg};
use yew::prelude::*;

use super::criterion_view::CriterionIndex;
use super::disagreement::Disagreement;
use super::score_bar::ScoreBar;
use super::source_list::SourceList;
use crate::hooks::use_words;
use crate::model::SharedModel;


/// What each technology offers on one criterion, side by side, then who
/// disagrees and the quotes behind it (each read when first opened).
/// Depends on nothing the reader changes, so it renders once and slider
/// moves never touch it.
#[component]
pub fn Evidence(props: &CriterionIndex) -> Html {
    let model =
        use_context::<SharedModel>().expect("Evidence is rendered inside the model context");
    let words = use_words();
    let dataset = &model.dataset;
    let criterion = &dataset.criteria[props.index];
    html! {
        <>
            <div class="scores">
                { for dataset.technologies.iter().enumerate().filter_map(|(i, tech)| {
                    let score = criterion.score_for(&tech.id)?;
                    let number = match score.range {
                        Some([low, high]) => words.say(msg::SCORE_RANGE, &[("score", Arg::tenths(score.value)), ("low", Arg::tenths(low)), ("high", Arg::tenths(high))]),
                        None => words.say(msg::SCORE_OUT_OF_TEN, &[("score", Arg::tenths(score.value))]),
                    };
                    Some(html! {
                        <div class={classes!("score", format!("tech-{i}"))}>
                            <p class="score-head">
                                <span class="score-tech">{ &tech.name }</span>
                                <span class="score-number">{ number }</span>
                            </p>
                            <ScoreBar value={score.value} range={score.range} class={format!("tech-{i}")} />
                            if !score.rationale.is_empty() {
                                // The dataset's own words, in its language (the built-in
                                // comparison's are English whatever the widget speaks).
                                // In a right-to-left widget, a left-to-right text keeps its own
                                // direction (its full stop stays at its end).
                                <p class="score-rationale" lang={dataset.language.clone()} dir={words.locale().is_rtl().then_some("auto")}>{ &score.rationale }</p>
                            }
                        </div>
                    })
                }) }
            </div>
            if criterion.scores.iter().any(|s| s.contested.is_some()) {
                <Disagreement index={props.index} />
            }
            <SourceList index={props.index} />
        </>
    }
}
