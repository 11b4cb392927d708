use versus_core::l10n::{msg, Msg};
use std::rc::Rc;

use versus_core::link_data::join_fragment;
use versus_core::{decision_record, encode, Dataset, Verdict};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::hooks::use_words;
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

/// What is being kept: the link or the decision record.
#[derive(Clone, Copy, PartialEq)]
enum Kept {
    Link,
    Record,
}

/// What a copy did, shown beside the buttons.
#[derive(Clone, PartialEq)]
enum Outcome {
    Idle,
    Copied(Kept),
    /// The clipboard (or, with `download`, saving a file) was refused:
    /// show the text selected for copying by hand, and why.
    ByHand {
        what: Kept,
        download: bool,
        text: String,
    },
    Saved,
    Failed,
}

/// The status line's message for `outcome`.
fn status_id(outcome: &Outcome) -> Option<Msg> {
    Some(match outcome {
        Outcome::Idle => return None,
        Outcome::Copied(Kept::Link) => msg::COPIED_LINK,
        Outcome::Copied(Kept::Record) => msg::COPIED_RECORD,
        Outcome::ByHand { download: true, .. } => msg::NO_DOWNLOAD_RECORD,
        Outcome::ByHand { what: Kept::Link, .. } => msg::NO_CLIPBOARD_LINK,
        Outcome::ByHand { what: Kept::Record, .. } => msg::NO_CLIPBOARD_RECORD,
        Outcome::Saved => msg::RECORD_SAVED,
        Outcome::Failed => msg::RECORD_NOT_SAVED,
    })
}

/// Copy the share link, copy the decision record, or save it as a file.
#[component]
pub fn ShareBar(props: &ShareBarProps) -> Html {
    let model =
        use_context::<SharedModel>().expect("ShareBar is rendered inside the model context");
    let words = use_words();
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
    // The decision record, handed to `then`: the built-in comparison's
    // notes on disputed claims come with its evidence, read first if need
    // be (without it, offline before it was kept, the record says the rest).
    let with_record: Rc<dyn Fn(Box<dyn FnOnce(String)>)> = {
        let (words, model, state, verdict, link) = (
            words.clone(),
            model.clone(),
            Rc::clone(&props.state),
            Rc::clone(&props.verdict),
            link.clone(),
        );
        Rc::new(move |then: Box<dyn FnOnce(String)>| {
            let (words, model, state, verdict, link) = (
                words.clone(),
                model.clone(),
                Rc::clone(&state),
                Rc::clone(&verdict),
                link.clone(),
            );
            let write = move |dataset: &Dataset| {
                decision_record(
                    &words,
                    dataset,
                    &state.levels,
                    &verdict,
                    &clipboard::today(),
                    &link(),
                )
            };
            if model.evidence_elsewhere {
                let core = model.clone();
                platform::evidence::with_whole(
                    &model.dataset,
                    Box::new(move |whole| then(write(whole.as_deref().unwrap_or(&core.dataset)))),
                );
            } else {
                then(write(&model.dataset));
            }
        })
    };
    let copy = |what: Kept, text: Rc<dyn Fn(Box<dyn FnOnce(String)>)>| {
        let outcome = outcome.clone();
        Callback::from(move |_: MouseEvent| {
            let outcome = outcome.clone();
            text(Box::new(move |text| {
                spawn_local(async move {
                    match clipboard::copy_text(&text).await {
                        Ok(()) => outcome.set(Outcome::Copied(what)),
                        Err(()) => outcome.set(Outcome::ByHand {
                            what,
                            download: false,
                            text,
                        }),
                    }
                })
            }));
        })
    };
    let on_copy_link = copy(Kept::Link, Rc::new(move |then| then(link())));
    let on_copy_record = copy(Kept::Record, Rc::clone(&with_record));
    let on_download = {
        let outcome = outcome.clone();
        Callback::from(move |_: MouseEvent| {
            let outcome = outcome.clone();
            with_record(Box::new(move |record| {
                if !platform::downloads_allowed() {
                    outcome.set(Outcome::ByHand {
                        what: Kept::Record,
                        download: true,
                        text: record,
                    });
                    return;
                }
                match clipboard::download(
                    "versus-decision.md",
                    &record,
                    "text/markdown;charset=utf-8",
                ) {
                    Ok(()) => outcome.set(Outcome::Saved),
                    Err(_) => outcome.set(Outcome::Failed),
                }
            }));
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

    let status = status_id(&outcome).map(|id| words.label(id));

    html! {
        <div class="share">
            <h3 class="share-heading">{ words.label(msg::SHARE_HEADING) }</h3>
            <div class="share-buttons">
                <button type="button" onclick={on_copy_link}>{ words.label(msg::COPY_LINK) }</button>
                <button type="button" onclick={on_copy_record}>{ words.label(msg::COPY_MARKDOWN) }</button>
                <button type="button" onclick={on_download}>{ words.label(msg::DOWNLOAD_MARKDOWN) }</button>
            </div>
            <p class="share-status" aria-live="polite">{ status.unwrap_or_default() }</p>
            if let Outcome::ByHand { what, text, .. } = &*outcome {
                <label class="share-fallback">
                    <span class="visually-hidden">{ words.label(if *what == Kept::Link { msg::LINK_TO_COPY } else { msg::RECORD_TO_COPY }) }</span>
                    <textarea ref={fallback_ref} readonly=true rows={if *what == Kept::Link { "2" } else { "8" }} value={text.clone()} />
                </label>
            }
        </div>
    }
}
