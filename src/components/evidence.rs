use versus_core::text::tenths;
use yew::prelude::*;

use super::score_bar::ScoreBar;
use crate::model::SharedModel;
use crate::platform;

#[derive(PartialEq, Properties)]
pub struct EvidenceProps {
    /// Criterion index in the dataset.
    pub index: usize,
}

/// What each technology offers on one criterion, side by side, with the
/// quotes behind it. Depends on nothing the reader changes, so it renders
/// once and slider moves never touch it.
#[component]
pub fn Evidence(props: &EvidenceProps) -> Html {
    let model =
        use_context::<SharedModel>().expect("Evidence is rendered inside the model context");
    // The quotes are a third of the page's elements and sit in a closed
    // <details>: the app makes them when it is first opened, so taking over
    // the pre-rendered page (which has them all, for readers without
    // JavaScript) does not build 500 elements nobody has asked for yet.
    let quotes_made = use_state(|| cfg!(feature = "ssr"));
    let on_toggle = {
        let quotes_made = quotes_made.clone();
        Callback::from(move |event: Event| {
            if !*quotes_made && platform::is_open(&event) {
                quotes_made.set(true);
            }
        })
    };
    let dataset = &model.dataset;
    let criterion = &dataset.criteria[props.index];
    let disagreements: Vec<_> = dataset
        .technologies
        .iter()
        .filter_map(|t| Some((t, criterion.score_for(&t.id)?.contested.clone()?)))
        .collect();
    let citations = || criterion.scores.iter().flat_map(|s| &s.citations);
    let citation_count = citations().count();
    let corrected = citations().filter(|c| c.correction.is_some()).count();
    let summary = match (citation_count, corrected) {
        (0, _) => "No source cited".to_string(),
        (n, 0) => format!("Sources ({n})"),
        (n, c) => format!("Sources ({n}, {c} corrected)"),
    };
    // An author's draft may not cite every score yet: say so, never imply
    // a source that is not there.
    let uncited: Vec<&str> = dataset
        .technologies
        .iter()
        .filter(|t| {
            criterion
                .score_for(&t.id)
                .is_some_and(|s| s.citations.is_empty())
        })
        .map(|t| t.name.as_str())
        .collect();

    html! {
        <>
            <div class="scores">
                { for dataset.technologies.iter().enumerate().filter_map(|(i, tech)| {
                    let score = criterion.score_for(&tech.id)?;
                    let number = match score.range {
                        Some([low, high]) => format!("{} / 10 (sources: {}–{})", tenths(score.value), tenths(low), tenths(high)),
                        None => format!("{} / 10", tenths(score.value)),
                    };
                    Some(html! {
                        <div class={classes!("score", format!("tech-{i}"))}>
                            <p class="score-head">
                                <span class="score-tech">{ &tech.name }</span>
                                <span class="score-number">{ number }</span>
                            </p>
                            <ScoreBar value={score.value} range={score.range} class={format!("tech-{i}")} />
                            if !score.rationale.is_empty() {
                                <p class="score-rationale">{ &score.rationale }</p>
                            }
                        </div>
                    })
                }) }
            </div>
            if !disagreements.is_empty() {
                <details class="disagreement">
                    <summary><span class="badge">{ "Sources disagree" }</span>{ " who says what" }</summary>
                    <ul>
                        { for disagreements.iter().map(|(tech, note)| html! {
                            <li><strong>{ format!("{}: ", tech.name) }</strong>{ note }</li>
                        }) }
                    </ul>
                </details>
            }
            <details class="sources" ontoggle={on_toggle}>
                <summary>{ summary }</summary>
                if *quotes_made {
                <ul>
                    { for dataset.technologies.iter().filter_map(|tech| criterion.score_for(&tech.id).map(|s| (tech, s)))
                        .flat_map(|(tech, score)| score.citations.iter().map(move |c| (tech, c)))
                        .map(|(tech, citation)| {
                            let source = dataset.source(&citation.source);
                            html! {
                                <li>
                                    <span class="source-about">{ format!("On {}: ", tech.name) }</span>
                                    <q>{ &citation.quote }</q>
                                    <span class="source-name">
                                        { " — " }
                                        <cite>{ source.map_or(citation.source.as_str(), |s| s.publisher.as_str()) }</cite>
                                        { ", " }
                                        // Only http(s) addresses pass validation; the link
                                        // opens without access to this page or a referrer.
                                        if let Some((url, title)) = source.and_then(|s| Some((s.url.clone()?, s.title.clone()))) {
                                            <a href={url} rel="noopener noreferrer nofollow" target="_blank">{ title }</a>
                                        } else {
                                            { &citation.source }
                                        }
                                    </span>
                                    if let Some(x) = citation.correction.as_deref().and_then(|id| dataset.correction(id)) {
                                        <p class="citation-correction"><strong>{ "Correction: " }</strong>{ &x.correction }</p>
                                    }
                                    if let Some(caveat) = &citation.caveat {
                                        <p class="citation-caveat"><strong>{ "Note: " }</strong>{ caveat }</p>
                                    }
                                </li>
                            }
                        }) }
                    { for uncited.iter().map(|name| html! {
                        <li class="source-missing">{ format!("On {name}: no source cited.") }</li>
                    }) }
                </ul>
                }
            </details>
        </>
    }
}
