//! The verdict and the dataset in sentences: the explanation the page and
//! screen readers give, the dataset's lede and counts, and the decision
//! record in Markdown.

mod data_problem;
pub mod explain;
pub mod record;
pub mod wording;
