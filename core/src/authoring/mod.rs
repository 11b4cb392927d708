//! The authoring page's logic: the ways to publish a dataset, the edits
//! its grid makes to a draft, and the undo history over them.

pub mod edit;
pub mod place;
mod publish;
mod table_words;
pub mod undo;

pub use edit::{apply, Edit, NEW_SCORE};
pub use publish::*;
pub use table_words::{score_cell_problem, skipped_column, table_problem};
pub use undo::UndoHistory;
