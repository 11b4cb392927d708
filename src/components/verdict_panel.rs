use versus_core::l10n::msg;
use std::rc::Rc;

use versus_core::explain::{closest_flip, detail, headline, reason, why_heading, Reading};
use versus_core::{LevelFlip, Verdict};
use yew::prelude::*;

use super::contribution_chart::ContributionChart;
use crate::hooks::{use_settled, use_words};
use crate::model::SharedModel;

/// How many reasons are spelled out in words; the chart shows the rest.
const TOP_REASONS: usize = 3;

#[derive(PartialEq, Properties)]
pub struct VerdictPanelProps {
    pub verdict: Rc<Verdict>,
    pub levels: Rc<Vec<u8>>,
    pub steps: Rc<Vec<Vec<LevelFlip>>>,
}

/// The strongest reasons in words, then every criterion's share in a chart.
fn why(
    words: &versus_core::l10n::Words,
    dataset: &versus_core::Dataset,
    ranking: &versus_core::Ranking,
    levels: &[u8],
    reading: Reading,
) -> Html {
    html! {
        <>
            <h3 class="reasons-heading">{ why_heading(words, dataset, ranking) }</h3>
            <ol class="reasons">
                { for ranking.strongest_reasons().iter().take(TOP_REASONS).map(|c| html! {
                    <li>{ reason(words, dataset, ranking, c, levels[c.criterion], reading) }</li>
                }) }
            </ol>
            <ContributionChart ranking={ranking.clone()} />
        </>
    }
}

/// How long the levels must hold still before the live region is announced.
const SETTLE_MS: u32 = 500;

/// The answer, why, and what would change it. Only the headline is in the
/// polite live region, and the region is `aria-busy` while the levels are
/// still moving, so a screen reader hears one line once a drag settles
/// (not one per step); the detail stays outside it.
#[component]
pub fn VerdictPanel(props: &VerdictPanelProps) -> Html {
    let model =
        use_context::<SharedModel>().expect("VerdictPanel is rendered inside the model context");
    let words = use_words();
    let dataset = &model.dataset;
    let verdict = &*props.verdict;
    let decided = matches!(verdict, Verdict::Ranked(r) if !r.too_close);
    let flip = closest_flip(&words, dataset, &props.levels, &props.steps);
    let reading = Reading::of(dataset, &props.levels);
    let settled = use_settled(Some(Rc::clone(&props.levels)), SETTLE_MS);
    let moving = settled.as_deref() != Some(&*props.levels);

    html! {
        <section class={classes!("verdict", if decided { "decided" } else { "open" })} aria-labelledby="verdict-heading">
            <h2 id="verdict-heading" class="visually-hidden">{ words.label(msg::VERDICT_HEADING) }</h2>
            <div role="status" aria-live="polite" aria-atomic="true" aria-busy={moving.then_some("true")} class="verdict-status">
                <p class="verdict-headline">{ headline(&words, dataset, verdict, reading) }</p>
            </div>
            // The long explanation: beside the cards on a wide page (CSS
            // keeps it open there), one tap away on a phone and in rows.
            <details class="verdict-more">
                <summary>{ words.label(msg::VERDICT_MORE) }</summary>
                <p class="verdict-detail">{ detail(&words, dataset, verdict, reading) }</p>
                if let Verdict::Ranked(ranking) = verdict {
                    if let Some(flip) = flip {
                        <p class="verdict-flip"><strong>{ words.label(msg::VERDICT_FLIP_LABEL) }</strong>{ " " }{ flip }</p>
                    }
                    { why(&words, dataset, ranking, &props.levels, reading) }
                }
            </details>
        </section>
    }
}
