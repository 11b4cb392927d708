use std::rc::Rc;

use versus_core::explain::{closest_flip, detail, headline, reason, why_heading, Reading};
use versus_core::{LevelFlip, Verdict};
use yew::prelude::*;

use super::contribution_chart::ContributionChart;
use crate::model::SharedModel;

/// How many reasons are spelled out in words; the chart shows the rest.
const TOP_REASONS: usize = 3;

#[derive(PartialEq, Properties)]
pub struct VerdictPanelProps {
    pub verdict: Rc<Verdict>,
    pub levels: Rc<Vec<u8>>,
    pub steps: Rc<Vec<Vec<LevelFlip>>>,
    /// In the compact layout the reasons and chart open on demand.
    #[prop_or_default]
    pub compact: bool,
}

/// The strongest reasons in words, then every criterion's share in a chart.
fn why(
    dataset: &versus_core::Dataset,
    ranking: &versus_core::Ranking,
    levels: &[u8],
    reading: Reading,
) -> Html {
    html! {
        <>
            <h3 class="reasons-heading">{ why_heading(dataset, ranking) }</h3>
            <ol class="reasons">
                { for ranking.strongest_reasons().iter().take(TOP_REASONS).map(|c| html! {
                    <li>{ reason(dataset, ranking, c, levels[c.criterion], reading) }</li>
                }) }
            </ol>
            <ContributionChart ranking={ranking.clone()} />
        </>
    }
}

/// The answer, why, and what would change it. Only the short answer is in
/// the polite live region, so a screen reader hears one line per change.
#[component]
pub fn VerdictPanel(props: &VerdictPanelProps) -> Html {
    let model =
        use_context::<SharedModel>().expect("VerdictPanel is rendered inside the model context");
    let dataset = &model.dataset;
    let verdict = &*props.verdict;
    let decided = matches!(verdict, Verdict::Ranked(r) if !r.too_close);
    let flip = closest_flip(dataset, &props.levels, &props.steps);
    let reading = Reading::of(dataset, &props.levels);

    html! {
        <section class={classes!("verdict", if decided { "decided" } else { "open" })} aria-labelledby="verdict-heading">
            <h2 id="verdict-heading" class="visually-hidden">{ "Verdict" }</h2>
            <div role="status" aria-live="polite" aria-atomic="true" class="verdict-status">
                <p class="verdict-headline">{ headline(dataset, verdict, reading) }</p>
                <p class="verdict-detail">{ detail(dataset, verdict, reading) }</p>
            </div>
            if let Verdict::Ranked(ranking) = verdict {
                if let Some(flip) = flip {
                    <p class="verdict-flip"><strong>{ "What would change it: " }</strong>{ flip }</p>
                }
                if props.compact {
                    <details class="verdict-more">
                        <summary>{ "Why" }</summary>
                        { why(dataset, ranking, &props.levels, reading) }
                    </details>
                } else {
                    { why(dataset, ranking, &props.levels, reading) }
                }
            }
        </section>
    }
}
