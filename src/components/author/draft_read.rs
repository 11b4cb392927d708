//! One read of the author's draft, made once per change: the grid needs
//! the dataset even while it has problems (each shows on its cell), the
//! preview needs a model once it has none, and both come from the same
//! parse and validation.

use std::rc::Rc;

use versus_core::dataset::{read_for_editing, remaining};
use versus_core::{Dataset, Problem};

use crate::model::{Model, SharedModel};

pub struct DraftRead {
    /// `None` where the grid cannot show the text (not JSON, a wrong shape).
    pub dataset: Option<Rc<Dataset>>,
    pub problems: Rc<Vec<Problem>>,
    /// The preview's model, or what stops it.
    pub model: Result<SharedModel, Vec<Problem>>,
    /// Reasons, citations and notes not written yet.
    pub still_to_write: Vec<String>,
}

impl DraftRead {
    pub fn of(text: &str) -> DraftRead {
        let (dataset, problems) = read_for_editing(text);
        let model = match &dataset {
            Some(dataset) if problems.is_empty() => Model::for_draft(text, dataset.clone()),
            _ => Err(problems.clone()),
        };
        DraftRead {
            still_to_write: dataset.as_ref().map(remaining).unwrap_or_default(),
            dataset: dataset.map(Rc::new),
            problems: Rc::new(problems),
            model,
        }
    }
}
