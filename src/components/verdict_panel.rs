use std::rc::Rc;

use versus_core::explain::{detail, headline};
use versus_core::Verdict;
use yew::prelude::*;

use crate::model::SharedModel;

#[derive(PartialEq, Properties)]
pub struct VerdictPanelProps {
    pub verdict: Rc<Verdict>,
}

/// The answer, in a polite live region so screen readers hear each change.
#[component]
pub fn VerdictPanel(props: &VerdictPanelProps) -> Html {
    let model =
        use_context::<SharedModel>().expect("VerdictPanel is rendered inside the model context");
    let verdict = &*props.verdict;
    let tone = match verdict {
        Verdict::Ranked(r) if !r.too_close => "verdict decided",
        _ => "verdict open",
    };
    html! {
        <section class={tone} aria-labelledby="verdict-heading">
            <h2 id="verdict-heading" class="visually-hidden">{ "Verdict" }</h2>
            <div role="status" aria-live="polite" aria-atomic="true" class="verdict-status">
                <p class="verdict-headline">{ headline(&model.dataset, verdict) }</p>
                <p class="verdict-detail">{ detail(&model.dataset, verdict) }</p>
            </div>
        </section>
    }
}
