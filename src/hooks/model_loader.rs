//! Loads the comparison a surface asks for: built in (at once), or a
//! dataset by URL, inline, or in a link (after a fetch or decompression).

use std::rc::Rc;

use yew::prelude::*;

use crate::model::{DataSource, LoadFailure, Model, SharedModel};
use crate::platform::data;

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
            let text = data::fetch_text(&url).await?;
            Model::from_text(&text, None, data::absolute(&url))
        }
        DataSource::Link(encoded) => {
            let text = data::inflate(&encoded).await?;
            Model::from_text(&text, Some(encoded), None)
        }
        DataSource::Inline(text) => {
            // Checked before compressing: a broken dataset needs no link.
            Model::from_text(&text, None, None)?;
            Model::from_text(&text, data::deflate(&text).await, None)
        }
    }
}

/// The comparison for `source`; the built-in one is ready on first render
/// (and when pre-rendering, where nothing asynchronous runs).
#[hook]
pub fn use_model(source: &DataSource) -> Rc<Loaded> {
    let loaded = use_state(|| match source {
        DataSource::Builtin => Loaded::from(Model::builtin()),
        _ => Loaded::Pending,
    });
    {
        let loaded = loaded.setter();
        use_effect_with(source.clone(), move |source| {
            if *source != DataSource::Builtin {
                let source = source.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    loaded.set(Loaded::from(load(source).await));
                });
            }
        });
    }
    Rc::new((*loaded).clone())
}
