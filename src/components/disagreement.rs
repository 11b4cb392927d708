use versus_core::l10n::{msg, Arg};
use yew::prelude::*;

use super::criterion_view::CriterionIndex;
use super::source_list::status;
use crate::hooks::{use_evidence, use_words};
use crate::model::SharedModel;
use crate::platform;

/// A criterion the sources dispute, closed: who says what, read when
/// first opened (like the quotes, see `SourceList`).
#[component]
pub fn Disagreement(props: &CriterionIndex) -> Html {
    let model =
        use_context::<SharedModel>().expect("Disagreement is rendered inside the model context");
    let words = use_words();
    let (evidence, ask) = use_evidence();
    let on_toggle = Callback::from(move |event: Event| {
        if platform::is_open(&event) {
            ask.emit(());
        }
    });
    let body = match evidence.dataset(&model) {
        Some(dataset) => {
            let criterion = &dataset.criteria[props.index];
            html! {
                <ul>
                    { for dataset.technologies.iter()
                        .filter_map(|t| Some((t, criterion.score_for(&t.id)?.contested.as_deref()?)))
                        .map(|(tech, note)| html! {
                            <li>
                                <strong>{ words.say(msg::ON_TECH, &[("tech", Arg::text(&tech.name))]) }</strong>{ " " }
                                <span lang={dataset.language.clone()} dir={words.locale().is_rtl().then_some("auto")}>{ note }</span>
                            </li>
                        }) }
                </ul>
            }
        }
        None => status(&evidence, &words),
    };
    html! {
        <details class="disagreement" ontoggle={on_toggle}>
            <summary><span class="badge">{ words.label(msg::SOURCES_DISAGREE) }</span>{ " " }{ words.label(msg::SOURCES_WHO_SAYS_WHAT) }</summary>
            { body }
        </details>
    }
}
