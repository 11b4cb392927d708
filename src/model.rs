//! The dataset and its score matrix, parsed once and shared by context.

use std::rc::Rc;

use versus_core::{Dataset, ScoreMatrix};

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

pub struct Model {
    pub dataset: Dataset,
    pub matrix: ScoreMatrix,
}

/// Shared read-only model; equal only to itself so props never deep-compare it.
#[derive(Clone)]
pub struct SharedModel(pub Rc<Model>);

impl PartialEq for SharedModel {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for SharedModel {
    type Target = Model;
    fn deref(&self) -> &Model {
        &self.0
    }
}

impl Model {
    /// The shipped dataset (validated when the app was built); an error is
    /// a message a reader can pass on.
    pub fn builtin() -> Result<SharedModel, String> {
        let dataset = builtin_dataset();
        let matrix = ScoreMatrix::from_dataset(&dataset)
            .ok_or_else(|| "the dataset has no complete score table".to_string())?;
        Ok(SharedModel(Rc::new(Model { dataset, matrix })))
    }
}
