use std::rc::Rc;

use versus_core::link_data::join_fragment;
use versus_core::{decision_record, encode, Verdict};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::model::SharedModel;
use crate::platform::{self, clipboard, history};
use crate::state::ReaderState;

#[derive(PartialEq, Properties)]
pub struct ShareBarProps {
    pub state: Rc<ReaderState>,
    pub verdict: Rc<Verdict>,
    /// The app's page when embedded elsewhere; `None` means this page.
    pub app_url: Option<String>,
}

/// What a copy did, shown beside the buttons.
#[derive(Clone, PartialEq)]
enum Outcome {
    Idle,
    Copied(&'static str),
    /// The clipboard or a download was refused: show the text selected for
    /// copying by hand, and why.
    ByHand {
        what: &'static str,
        why: &'static str,
        text: String,
    },
    Saved,
    Failed(&'static str),
}

/// Copy the share link, copy the decision record, or save it as a file.
#[component]
pub fn ShareBar(props: &ShareBarProps) -> Html {
    let model =
        use_context::<SharedModel>().expect("ShareBar is rendered inside the model context");
    let outcome = use_state(|| Outcome::Idle);
    let fallback_ref = use_node_ref();

    let link = {
        let (model, state, app_url) = (
            model.clone(),
            Rc::clone(&props.state),
            props.app_url.clone(),
        );
        move || {
            let fragment = encode(&model.dataset, &state.to_share());
            match &app_url {
                Some(url) => format!("{url}{}", model.link_suffix(&fragment)),
                None => history::link_with_fragment(&join_fragment(
                    &fragment,
                    model.link_data.as_deref(),
                )),
            }
        }
    };
    let record = {
        let (model, state, verdict, link) = (
            model.clone(),
            Rc::clone(&props.state),
            Rc::clone(&props.verdict),
            link.clone(),
        );
        move || {
            decision_record(
                &model.dataset,
                &state.levels,
                &verdict,
                &clipboard::today(),
                &link(),
            )
        }
    };
    let copy = |what: &'static str, text: Rc<dyn Fn() -> String>| {
        let outcome = outcome.clone();
        Callback::from(move |_: MouseEvent| {
            let (outcome, text) = (outcome.clone(), text());
            spawn_local(async move {
                match clipboard::copy_text(&text).await {
                    Ok(()) => outcome.set(Outcome::Copied(what)),
                    Err(()) => outcome.set(Outcome::ByHand {
                        what,
                        why: "The browser did not allow copying.",
                        text,
                    }),
                }
            });
        })
    };
    let on_copy_link = copy("Link", Rc::new(link));
    let on_copy_record = copy("Decision record", Rc::new(record.clone()));
    let on_download = {
        let outcome = outcome.clone();
        Callback::from(move |_: MouseEvent| {
            if !platform::downloads_allowed() {
                outcome.set(Outcome::ByHand {
                    what: "The decision record",
                    why: "This embed is not allowed to save files.",
                    text: record(),
                });
                return;
            }
            match clipboard::download(
                "versus-decision.md",
                &record(),
                "text/markdown;charset=utf-8",
            ) {
                Ok(()) => outcome.set(Outcome::Saved),
                Err(_) => outcome.set(Outcome::Failed(
                    "The file could not be saved in this browser.",
                )),
            }
        })
    };

    {
        let fallback_ref = fallback_ref.clone();
        use_effect_with((*outcome).clone(), move |o| {
            if matches!(o, Outcome::ByHand { .. }) {
                if let Some(element) = fallback_ref.cast::<web_sys::Element>() {
                    clipboard::select_all(&element);
                }
            }
        });
    }

    let status = match &*outcome {
        Outcome::Idle => String::new(),
        Outcome::Copied(what) => format!("{what} copied to the clipboard."),
        Outcome::ByHand { what, why, .. } => {
            format!("{why} {what} is selected below: press Ctrl+C (⌘C on a Mac) to copy it.")
        }
        Outcome::Saved => "Decision record saved as versus-decision.md.".to_string(),
        Outcome::Failed(message) => message.to_string(),
    };

    html! {
        <div class="share">
            <h3 class="share-heading">{ "Keep or share this" }</h3>
            <div class="share-buttons">
                <button type="button" onclick={on_copy_link}>{ "Copy link" }</button>
                <button type="button" onclick={on_copy_record}>{ "Copy as Markdown" }</button>
                <button type="button" onclick={on_download}>{ "Download .md" }</button>
            </div>
            <p class="share-status" aria-live="polite">{ status }</p>
            if let Outcome::ByHand { what, text, .. } = &*outcome {
                <label class="share-fallback">
                    <span class="visually-hidden">{ format!("{what} to copy") }</span>
                    <textarea ref={fallback_ref} readonly=true rows={if *what == "Link" { "2" } else { "8" }} value={text.clone()} />
                </label>
            }
        </div>
    }
}
