//! The header row's columns: which are options, which hold the
//! questions or the weights, and which hold no scores and are left out
//! (named in the import's notes, never dropped without a word).

use std::collections::BTreeMap;

use super::messages::{quoted, Messages};
use super::{parse_score_cell, ScoreCellProblem};
use crate::dataset::{MAX_LEVEL, MAX_TECHNOLOGIES, MIN_TECHNOLOGIES};
use crate::text::{is_blank, seen_as};

#[derive(Clone, Copy, PartialEq)]
pub(super) enum Role {
    Option,
    Question,
    Weight,
    /// Text that holds no score: reported in the notes.
    Unknown,
    /// No header and no cells.
    Empty,
}

pub(super) struct Column<'a> {
    /// 0-based, as in the row.
    pub(super) at: usize,
    pub(super) name: &'a str,
    pub(super) role: Role,
}

pub(super) fn role<'a>(header: &str, mut cells: impl Iterator<Item = &'a str>) -> Role {
    let header = header.trim();
    if header.eq_ignore_ascii_case("question") {
        return Role::Question;
    }
    if header.eq_ignore_ascii_case("weight") || header.eq_ignore_ascii_case("priority") {
        return Role::Weight;
    }
    let mut empty = true;
    // A number out of range is still a score, and reported as one.
    let scored = cells.any(|c| {
        empty &= c.is_empty();
        !matches!(
            parse_score_cell(c),
            Err(ScoreCellProblem::NoScore | ScoreCellProblem::NotAScore(_))
        )
    });
    match (scored, empty && is_blank(header)) {
        (true, _) => Role::Option,
        (false, true) => Role::Empty,
        (false, false) => Role::Unknown,
    }
}

/// Reports nameless and repeated columns; the notes on columns left out.
pub(super) fn check_columns(columns: &[Column], messages: &mut Messages) -> Vec<String> {
    let mut notes = Vec::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for column in columns {
        let number = column.at + 1;
        let key = match column.role {
            Role::Option if is_blank(column.name) => {
                messages.push(format!("Column {number} has no option name"));
                continue;
            }
            Role::Option => seen_as(column.name),
            Role::Question => "\u{0}question".to_string(),
            Role::Weight => "\u{0}weight".to_string(),
            Role::Unknown => {
                let which = if is_blank(column.name) {
                    number.to_string()
                } else {
                    quoted(column.name)
                };
                notes.push(format!(
                    "Column {which} was not imported: it holds no scores from 0 to {MAX_LEVEL}."
                ));
                continue;
            }
            Role::Empty => continue,
        };
        if let Some(&first) = seen.get(&key) {
            messages.push(match column.role {
                Role::Question => format!("Columns {first} and {number} both hold the questions"),
                Role::Weight => format!("Columns {first} and {number} both hold the weights"),
                _ => format!(
                    "Columns {first} and {number} are both named {}",
                    quoted(column.name)
                ),
            });
        } else {
            seen.insert(key, number);
        }
    }
    notes
}

pub(super) fn option_count(options: &[&Column]) -> String {
    let names: Vec<String> = options.iter().map(|c| quoted(c.name)).collect();
    match options.len() {
        0 => format!("Found no options: each column after the first is an option, named in the header row, with a score from 0 to {MAX_LEVEL} in each row."),
        1 => format!("Found 1 option ({}); a comparison needs {MIN_TECHNOLOGIES} to {MAX_TECHNOLOGIES}, one per column after the first.", names[0]),
        n => format!("Found {n} options ({}); Versus compares at most {MAX_TECHNOLOGIES}.", names.join(", ")),
    }
}
