//! The header row's columns: which are options, which hold the
//! questions or the weights, and which hold no scores and are left out
//! (named in the import's notes, never dropped without a word).

use std::collections::BTreeMap;

use super::messages::{quoted, Messages};
use super::problem::{SkippedColumn, TableProblem};
use super::{parse_score_cell, ScoreCellProblem};
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
pub(super) fn check_columns(columns: &[Column], messages: &mut Messages) -> Vec<SkippedColumn> {
    let mut notes = Vec::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for column in columns {
        let number = column.at + 1;
        let key = match column.role {
            Role::Option if is_blank(column.name) => {
                messages.push(TableProblem::ColumnUnnamed { column: number });
                continue;
            }
            Role::Option => seen_as(column.name),
            Role::Question => "\u{0}question".to_string(),
            Role::Weight => "\u{0}weight".to_string(),
            Role::Unknown => {
                let name = (!is_blank(column.name)).then(|| quoted(column.name));
                notes.push(SkippedColumn { number, name });
                continue;
            }
            Role::Empty => continue,
        };
        if let Some(&first) = seen.get(&key) {
            let role = match column.role {
                Role::Question => "question",
                Role::Weight => "weight",
                _ => "option",
            };
            messages.push(TableProblem::SameColumns { first, second: number, role, name: quoted(column.name) });
        } else {
            seen.insert(key, number);
        }
    }
    notes
}

pub(super) fn option_count(options: &[&Column]) -> TableProblem {
    let names: Vec<String> = options.iter().map(|c| quoted(c.name)).collect();
    match options.len() {
        0 => TableProblem::NoOptions,
        1 => TableProblem::OneOption { name: names[0].clone() },
        // Each in straight quotes, the list as it is in every language.
        found => TableProblem::TooManyOptions {
            found,
            names: names.iter().map(|n| format!("\"{n}\"")).collect::<Vec<_>>().join(", "),
        },
    }
}
