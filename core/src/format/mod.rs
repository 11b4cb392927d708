//! The formats other people write: JSON text, the dataset it holds (read,
//! validated, written back), and tables pasted from a spreadsheet or a page.

pub mod dataset;
pub mod json;
pub mod table;
