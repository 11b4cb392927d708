//! A pasted table's problems and notes in words (`table-*` in `l10n/`),
//! in the authoring page's language: the importer (`format::table`) keeps
//! them as data, a layer below the catalogs.

use crate::dataset::{MAX_CRITERIA, MAX_DATASET_BYTES, MAX_TECHNOLOGIES, MIN_TECHNOLOGIES};
use crate::l10n::{msg, Arg, Msg, Sentence, Words};
use crate::table::{CellProblem, DataPlace, RowPlace, ScoreCellProblem, SkippedColumn, TableProblem};
use crate::text::{clipped, fixed};
use crate::MAX_LEVEL;

/// What `problem` says, in `words`.
pub fn table_problem(words: &Words, problem: &TableProblem) -> String {
    words.tell(&sentence(problem))
}

/// A column the import left out, in a sentence.
pub fn skipped_column(words: &Words, column: &SkippedColumn) -> String {
    let which = column.name.clone().unwrap_or_else(|| column.number.to_string());
    let named = if column.name.is_some() { "named" } else { "number" };
    words.say(
        msg::TABLE_COLUMN_SKIPPED,
        &[("column", Arg::text(&which)), ("kind", Arg::text(named)), ("top", Arg::count(MAX_LEVEL.into()))],
    )
}

/// Why a typed score is not one (the grid's cell, the importer's).
pub fn score_cell_problem(problem: &ScoreCellProblem) -> Sentence {
    let number = |x: &f64| fixed(*x, 6);
    let top = usize::from(MAX_LEVEL);
    match problem {
        ScoreCellProblem::NoScore => Sentence::new(msg::TABLE_NO_SCORE),
        ScoreCellProblem::NotAScore(text) => Sentence::new(msg::TABLE_NOT_A_SCORE).text("text", clipped(text, 40)).count("top", top),
        ScoreCellProblem::Above(x) => Sentence::new(msg::FAULT_ABOVE_TOP).text("number", number(x)).count("max", top),
        ScoreCellProblem::Below(x) => Sentence::new(msg::FAULT_BELOW_ZERO).text("number", number(x)),
        ScoreCellProblem::RangeMissesScore { value, range: [low, high] } => Sentence::new(msg::TABLE_RANGE_MISSES)
            .text("low", number(low))
            .text("high", number(high))
            .text("score", number(value)),
    }
}

fn row(place: &RowPlace) -> Sentence {
    match &place.name {
        Some(name) => Sentence::new(msg::TABLE_ROW_NAMED).count("row", place.row).text("name", name.as_str()),
        None => Sentence::new(msg::TABLE_ROW).count("row", place.row),
    }
}

fn said(id: Msg) -> Sentence {
    Sentence::new(id)
}

fn sentence(problem: &TableProblem) -> Sentence {
    let top = usize::from(MAX_LEVEL);
    match problem {
        TableProblem::Paste => said(msg::TABLE_PASTE).count("top", top),
        TableProblem::NotATable => said(msg::TABLE_NOT_A_TABLE),
        TableProblem::TooLarge { kb } => said(msg::TABLE_TOO_LARGE).count("kb", *kb).count("max", MAX_DATASET_BYTES / 1024),
        TableProblem::HeaderOnly => said(msg::TABLE_HEADER_ONLY),
        TableProblem::TooManyCriteria { found } => said(msg::TABLE_TOO_MANY_CRITERIA).count("found", *found).count("max", MAX_CRITERIA),
        TableProblem::TooManyColumns { found } => said(msg::TABLE_TOO_MANY_COLUMNS)
            .count("found", *found)
            .count("max", crate::table::MAX_COLUMNS)
            .count("options", MAX_TECHNOLOGIES),
        TableProblem::NoOptions => said(msg::TABLE_NO_OPTIONS).count("top", top),
        TableProblem::OneOption { name } => said(msg::TABLE_ONE_OPTION)
            .text("name", name.as_str())
            .count("min", MIN_TECHNOLOGIES)
            .count("max", MAX_TECHNOLOGIES),
        TableProblem::TooManyOptions { found, names } => said(msg::TABLE_TOO_MANY_OPTIONS)
            .count("found", *found)
            .text("names", names.as_str())
            .count("max", MAX_TECHNOLOGIES),
        TableProblem::ColumnUnnamed { column } => said(msg::TABLE_COLUMN_UNNAMED).count("column", *column),
        TableProblem::SameColumns { first, second, role, name } => said(msg::TABLE_SAME_COLUMNS)
            .count("first", *first)
            .count("second", *second)
            .text("role", *role)
            .text("name", name.as_str()),
        TableProblem::RowUnnamed { row } => said(msg::TABLE_ROW_UNNAMED).count("row", *row),
        TableProblem::RowRepeats { row, name, first } => said(msg::TABLE_ROW_REPEATS)
            .count("row", *row)
            .text("name", name.as_str())
            .count("first", *first),
        TableProblem::RowTooWide { place, cells, width } => said(msg::TABLE_ROW_TOO_WIDE)
            .part("place", row(place))
            .count("cells", *cells)
            .count("width", *width),
        TableProblem::Cell { place, column, problem } => {
            let problem = match problem {
                CellProblem::Score(score) => score_cell_problem(score),
                CellProblem::Weight { text, number } => said(msg::TABLE_NOT_A_WEIGHT)
                    .text("text", text.as_str())
                    .text("kind", if *number { "number" } else { "text" })
                    .count("top", top),
            };
            said(msg::TABLE_CELL).part("place", row(place)).text("column", column.as_str()).part("problem", problem)
        }
        TableProblem::Data { place, problem } => match place {
            DataPlace::Row { row, name, field } => said(msg::TABLE_DATA_ROW)
                .count("row", *row)
                .text("name", name.as_str())
                .text("field", field.unwrap_or("other"))
                .part("what", problem.what()),
            DataPlace::Column { column, name, field } => said(msg::TABLE_DATA_COLUMN)
                .count("column", *column)
                .text("name", name.as_str())
                .text("field", field.unwrap_or("other"))
                .part("what", problem.what()),
            DataPlace::Path => problem.sentence(),
        },
        TableProblem::More { count } => said(msg::TABLE_MORE).count("count", *count),
    }
}
