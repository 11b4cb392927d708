use versus_core::l10n::{msg, Arg};
use versus_core::Dataset;
use yew::prelude::*;

use super::criterion_view::CriterionIndex;
use crate::hooks::{use_evidence, use_words, Evidence};
use crate::model::SharedModel;
use crate::platform;

/// A criterion's sources, closed: how many, and once opened every quote
/// with its source, correction and caveat. The quotes are a third of the
/// page's elements and are made when first opened, from evidence read
/// then (the built-in comparison's is not in the reader's WASM); the
/// pre-rendered page has them all, for readers without JavaScript.
#[component]
pub fn SourceList(props: &CriterionIndex) -> Html {
    let model =
        use_context::<SharedModel>().expect("SourceList is rendered inside the model context");
    let words = use_words();
    let (evidence, ask) = use_evidence();
    let opened = use_state(|| cfg!(feature = "ssr"));
    let on_toggle = {
        let opened = opened.clone();
        Callback::from(move |event: Event| {
            if platform::is_open(&event) {
                opened.set(true);
                ask.emit(());
            }
        })
    };
    let criterion = &model.dataset.criteria[props.index];
    let citations = || criterion.scores.iter().flat_map(|s| &s.citations);
    let summary = match (citations().count(), citations().filter(|c| c.correction.is_some()).count()) {
        (0, _) => words.label(msg::SOURCES_NONE),
        (n, 0) => words.say(msg::SOURCES_COUNT, &[("count", Arg::count(n))]),
        (n, c) => words.say(
            msg::SOURCES_COUNT_CORRECTED,
            &[("count", Arg::count(n)), ("corrected", Arg::count(c))],
        ),
    };
    let body = match evidence.dataset(&model) {
        _ if !*opened => html! {},
        Some(dataset) => quotes(dataset, props.index, &words),
        None => status(&evidence, &words),
    };
    html! {
        <details class="sources" ontoggle={on_toggle}>
            <summary>{ summary }</summary>
            { body }
        </details>
    }
}

/// While the evidence is on its way, or when it could not be had.
pub fn status(evidence: &Evidence, words: &versus_core::l10n::Words) -> Html {
    let id = match evidence {
        Evidence::Unavailable => msg::SOURCES_UNAVAILABLE,
        Evidence::Loading => msg::SOURCES_LOADING,
        _ => return html! {},
    };
    html! { <p class="evidence-status" role="status">{ words.label(id) }</p> }
}

fn quotes(dataset: &Dataset, index: usize, words: &versus_core::l10n::Words) -> Html {
    let criterion = &dataset.criteria[index];
    // An author's draft may not cite every score yet: say so, never imply
    // a source that is not there.
    let uncited = dataset.technologies.iter().filter(|t| {
        criterion
            .score_for(&t.id)
            .is_some_and(|s| s.citations.is_empty())
    });
    let on = |name: &str| words.say(msg::ON_TECH, &[("tech", Arg::text(name))]);
    let rtl = words.locale().is_rtl();
    html! {
        // Quotes are verbatim, in the dataset's language (English for the
        // built-in comparison, whatever the widget speaks).
        <ul lang={dataset.language.clone()}>
            { for dataset.technologies.iter().filter_map(|tech| criterion.score_for(&tech.id).map(|s| (tech, s)))
                .flat_map(|(tech, score)| score.citations.iter().map(move |c| (tech, c)))
                .map(|(tech, citation)| {
                    let source = dataset.source(&citation.source);
                    html! {
                        <li>
                            <span class="source-about" lang={words.locale().tag()}>{ on(&tech.name) }{ " " }</span>
                            // In a right-to-left widget the quote and its source
                            // keep their own direction, each as one unit.
                            <q dir={rtl.then_some("auto")}>{ &citation.quote }</q>
                            <span class="source-name" dir={rtl.then_some("auto")}>
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
                                <p class="citation-correction"><strong lang={words.locale().tag()}>{ words.label(msg::CORRECTION_LABEL) }</strong>{ " " }{ &x.correction }</p>
                            }
                            if let Some(caveat) = &citation.caveat {
                                <p class="citation-caveat"><strong lang={words.locale().tag()}>{ words.label(msg::NOTE_LABEL) }</strong>{ " " }{ caveat }</p>
                            }
                        </li>
                    }
                }) }
            { for uncited.map(|tech| html! {
                <li class="source-missing" lang={words.locale().tag()}>{ words.say(msg::UNCITED, &[("tech", Arg::text(&tech.name))]) }</li>
            }) }
        </ul>
    }
}
