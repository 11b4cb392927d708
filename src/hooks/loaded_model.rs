//! Loads the comparison a surface asks for: built in (at once when
//! pre-rendering; in the reader's app its core is read from the site), or
//! a dataset by URL, inline, or in a link (after a fetch or decompression).

use std::rc::Rc;

use versus_core::l10n::{msg, Sentence};
use yew::prelude::*;

use crate::model::{ComesFrom, DataOrigin, DataSource, LoadFailure, Model, SharedModel};
use crate::platform::dataset_text::{self, FetchFailure};

#[derive(Clone, PartialEq)]
pub enum Loaded {
    /// Waiting for a fetch or decompression.
    Pending,
    Ready(SharedModel),
    Failed(LoadFailure),
}

impl From<Result<SharedModel, LoadFailure>> for Loaded {
    fn from(result: Result<SharedModel, LoadFailure>) -> Loaded {
        match result {
            Ok(model) => Loaded::Ready(model),
            Err(failure) => Loaded::Failed(failure),
        }
    }
}

/// The edge's failure as the page shows it.
impl From<FetchFailure> for LoadFailure {
    fn from(failure: FetchFailure) -> LoadFailure {
        LoadFailure {
            title: Sentence::new(failure.title),
            lines: vec![failure.line],
            retryable: failure.retryable,
            lists_problems: false,
        }
    }
}

/// The dataset behind `source`, read and validated, with what a share link
/// needs to carry it along: a URL, or the dataset compressed for the
/// fragment.
async fn load(source: DataSource) -> Result<SharedModel, LoadFailure> {
    match source {
        DataSource::Builtin => Model::builtin().await,
        DataSource::Url(url) => {
            // One rule wherever an address comes from (`?data=` on either
            // page, `src` on the element): the settings' length bound.
            if url.len() > versus_core::settings::MAX_LINK_LEN {
                return Err(LoadFailure::new(
                    msg::LOAD_FAILED_TITLE,
                    Sentence::new(msg::ADDRESS_TOO_LONG)
                        .count("length", url.len())
                        .count("max", versus_core::settings::MAX_LINK_LEN),
                ));
            }
            let fetched = dataset_text::fetch_text(&url).await?;
            let absolute = dataset_text::absolute(&url);
            // Named by where the file really came from, after redirects.
            let from = Some(ComesFrom::Address(
                dataset_text::host_of(&fetched.final_url).unwrap_or(url),
            ));
            Model::from_text(
                &fetched.text,
                DataOrigin {
                    data_url: absolute,
                    from,
                    saved_age_ms: fetched.saved_age_ms,
                    ..DataOrigin::default()
                },
            )
        }
        DataSource::Link(encoded) => {
            let text = dataset_text::inflate(&encoded).await?;
            let from = Some(ComesFrom::Link);
            Model::from_text(
                &text,
                DataOrigin {
                    link_data: Some(encoded),
                    from,
                    ..DataOrigin::default()
                },
            )
        }
        DataSource::Inline(text) => {
            // Checked before compressing: a broken dataset needs no link.
            let from = || Some(ComesFrom::Page);
            Model::from_text(
                &text,
                DataOrigin {
                    from: from(),
                    ..DataOrigin::default()
                },
            )?;
            let link_data = dataset_text::deflate(&text).await;
            Model::from_text(
                &text,
                DataOrigin {
                    link_data,
                    from: from(),
                    ..DataOrigin::default()
                },
            )
        }
    }
}

/// The comparison for `source`, and a callback that loads it again (Try
/// again, after a network that failed or hung); the built-in one is ready
/// on first render when pre-rendering (where nothing asynchronous runs).
#[hook]
pub fn use_loaded_model(source: &DataSource) -> (Rc<Loaded>, Callback<()>) {
    let loaded = use_state(|| match source {
        DataSource::Builtin => Model::builtin_now().map_or(Loaded::Pending, Loaded::from),
        _ => Loaded::Pending,
    });
    let attempt = use_state(|| 0u32);
    {
        let loaded = loaded.setter();
        let first = use_mut_ref(|| true);
        use_effect_with((source.clone(), *attempt), move |(source, _)| {
            // The first render already holds the built-in comparison.
            let fresh = first.replace(false);
            let current = Rc::new(std::cell::Cell::new(true));
            let at_hand = match source {
                DataSource::Builtin => Model::builtin_now(),
                _ => None,
            };
            if let Some(model) = at_hand {
                if !fresh {
                    loaded.set(Loaded::from(model));
                }
            } else {
                if !fresh {
                    loaded.set(Loaded::Pending);
                }
                let (source, current) = (source.clone(), Rc::clone(&current));
                wasm_bindgen_futures::spawn_local(async move {
                    let result = Loaded::from(load(source).await);
                    // Superseded by another source while it loaded.
                    if current.get() {
                        loaded.set(result);
                    }
                });
            }
            move || current.set(false)
        });
    }
    let retry = {
        let attempt = attempt.clone();
        Callback::from(move |()| attempt.set(*attempt + 1))
    };
    (Rc::new((*loaded).clone()), retry)
}
