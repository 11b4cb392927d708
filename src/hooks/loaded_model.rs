//! Loads the comparison a surface asks for: built in (at once), or a
//! dataset by URL, inline, or in a link (after a fetch or decompression).

use std::rc::Rc;

use yew::prelude::*;

use crate::model::{DataOrigin, DataSource, LoadFailure, Model, SharedModel};
use crate::platform::dataset_text;

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

/// The dataset behind `source`, read and validated, with what a share link
/// needs to carry it along: a URL, or the dataset compressed for the
/// fragment.
async fn load(source: DataSource) -> Result<SharedModel, LoadFailure> {
    match source {
        DataSource::Builtin => Model::builtin(),
        DataSource::Url(url) => {
            let text = dataset_text::fetch_text(&url).await?;
            let absolute = dataset_text::absolute(&url);
            let from = absolute
                .as_deref()
                .and_then(dataset_text::host_of)
                .or(Some(url));
            Model::from_text(
                &text,
                DataOrigin {
                    data_url: absolute,
                    from,
                    ..DataOrigin::default()
                },
            )
        }
        DataSource::Link(encoded) => {
            let text = dataset_text::inflate(&encoded).await?;
            let from = Some("this link".to_string());
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
            let from = || Some("this page".to_string());
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

/// The comparison for `source`; the built-in one is ready on first render
/// (and when pre-rendering, where nothing asynchronous runs).
#[hook]
pub fn use_loaded_model(source: &DataSource) -> Rc<Loaded> {
    let loaded = use_state(|| match source {
        DataSource::Builtin => Loaded::from(Model::builtin()),
        _ => Loaded::Pending,
    });
    {
        let loaded = loaded.setter();
        let first = use_mut_ref(|| true);
        use_effect_with(source.clone(), move |source| {
            // The first render already holds the built-in comparison.
            let fresh = first.replace(false);
            let current = Rc::new(std::cell::Cell::new(true));
            if *source == DataSource::Builtin {
                if !fresh {
                    loaded.set(Loaded::from(Model::builtin()));
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
    Rc::new((*loaded).clone())
}
