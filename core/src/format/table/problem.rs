//! What is wrong with a pasted table, or worth a note, as data: the words
//! are the catalog's (`table-*` in `l10n/`), said by `authoring::table_words`
//! in the authoring page's language. Names from the table are held cut
//! short, as the messages quote them.

use super::score_cell::ScoreCellProblem;
use crate::dataset::Problem;

/// A row as a message names it: `Row 3`, or `Row 3 "Speed"`.
#[derive(Debug, Clone, PartialEq)]
pub struct RowPlace {
    pub row: usize,
    pub name: Option<String>,
}

/// Why a cell could not be read.
#[derive(Debug, Clone, PartialEq)]
pub enum CellProblem {
    Score(ScoreCellProblem),
    /// A weight that is not a whole number from 0 to 10 (`number`: the
    /// text is a number, just not a whole one on the scale).
    Weight { text: String, number: bool },
}

/// Where a validation problem of the imported comparison is, in the
/// table's terms; `field` is `name` or `question` where it is one of them.
#[derive(Debug, Clone, PartialEq)]
pub enum DataPlace {
    Row { row: usize, name: String, field: Option<&'static str> },
    Column { column: usize, name: String, field: Option<&'static str> },
    /// Nowhere in the table (the comparison's title): by its path.
    Path,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TableProblem {
    /// Nothing pasted yet.
    Paste,
    NotATable,
    TooLarge { kb: usize },
    HeaderOnly,
    TooManyCriteria { found: usize },
    TooManyColumns { found: usize },
    NoOptions,
    OneOption { name: String },
    TooManyOptions { found: usize, names: String },
    ColumnUnnamed { column: usize },
    /// Two columns with one role: `role` is `question`, `weight` or
    /// `option` (then `name` is the name they share).
    SameColumns { first: usize, second: usize, role: &'static str, name: String },
    RowUnnamed { row: usize },
    RowRepeats { row: usize, name: String, first: usize },
    RowTooWide { place: RowPlace, cells: usize, width: usize },
    Cell { place: RowPlace, column: String, problem: CellProblem },
    Data { place: DataPlace, problem: Problem },
    /// Past the most listed: how many more.
    More { count: usize },
}

/// A note on an import that worked: a column left out (by its number, or
/// its name when it has one).
#[derive(Debug, Clone, PartialEq)]
pub struct SkippedColumn {
    pub number: usize,
    pub name: Option<String>,
}
