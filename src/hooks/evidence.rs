//! The comparison's evidence for the components that show it: in the
//! model already (an author's dataset, or pre-rendering), or the built-in
//! comparison's, read once a reader asks for it (`platform::evidence`).

use std::rc::Rc;

use versus_core::Dataset;
use yew::prelude::*;

use crate::model::SharedModel;
use crate::platform;

#[derive(Debug, Clone, PartialEq)]
pub enum Evidence {
    /// The model has it.
    InModel,
    /// Not asked for yet.
    Elsewhere,
    Loading,
    Loaded(Rc<Dataset>),
    Unavailable,
}

impl Evidence {
    /// The dataset to read evidence from, once it is here.
    pub fn dataset<'a>(&'a self, model: &'a SharedModel) -> Option<&'a Dataset> {
        match self {
            Evidence::InModel => Some(&model.dataset),
            Evidence::Loaded(whole) => Some(whole),
            _ => None,
        }
    }
}

/// The evidence's state, and the callback that asks for it.
#[hook]
pub fn use_evidence() -> (Evidence, Callback<()>) {
    let model = use_context::<SharedModel>().expect("evidence is read inside the model context");
    let state = use_state(|| {
        if !model.evidence_elsewhere {
            Evidence::InModel
        } else if let Some(whole) = platform::evidence::loaded() {
            Evidence::Loaded(whole)
        } else {
            Evidence::Elsewhere
        }
    });
    let ask = {
        let state = state.clone();
        Callback::from(move |()| {
            if !matches!(*state, Evidence::Elsewhere | Evidence::Unavailable) {
                return;
            }
            state.set(Evidence::Loading);
            let state = state.clone();
            platform::evidence::with_whole(
                &model.dataset,
                Box::new(move |whole| {
                    state.set(whole.map_or(Evidence::Unavailable, Evidence::Loaded))
                }),
            );
        })
    };
    ((*state).clone(), ask)
}
