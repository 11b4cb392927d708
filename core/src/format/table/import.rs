//! A pasted table to a `Dataset`. The first row names the options (and
//! may name a `Question` and a `Weight` column), each further row is a
//! criterion with a score per option. Every problem is reported at once,
//! placed as a spreadsheet would place it: the header is row 1.

use std::collections::BTreeMap;

use super::columns::{check_columns, option_count, role, Column, Role};
use super::messages::{quoted, Messages};
use super::problem::{CellProblem, DataPlace, RowPlace, SkippedColumn, TableProblem};
use super::score_cell::number;
use super::{id_from_name, parse_score_cell, read_table, TableFormat};
use crate::dataset::{
    default_question, Criterion, Dataset, Preset, Problem, Score, Technology, DEFAULT_WEIGHT,
    MAX_CRITERIA, MAX_LEVEL, MAX_TECHNOLOGIES, MAX_TEXT_CHARS, MIN_TECHNOLOGIES,
};
use crate::text::{is_blank, seen_as};

/// A dataset read from a table, what the table was, and what was left out.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub dataset: Dataset,
    pub format: TableFormat,
    /// Columns not imported.
    pub notes: Vec<SkippedColumn>,
}

/// The widest table read: room for the options, a question, a weight and
/// columns of notes or links that are left out.
pub const MAX_COLUMNS: usize = 32;

/// Reads pasted text (and the clipboard's HTML, when there is one) as a
/// comparison. A dataset returned is valid: scores without citations are
/// work the author has still to do, not problems. Problems are data, put
/// into words by `authoring::table_words`.
pub fn import_table(text: &str, html: Option<&str>) -> Result<Imported, Vec<TableProblem>> {
    if text.trim().is_empty() && html.is_none_or(|h| h.trim().is_empty()) {
        return Err(vec![TableProblem::Paste]);
    }
    let (table, format) = read_table(text, html).map_err(|m| vec![m])?;
    let (header, body) = table
        .rows
        .split_first()
        .ok_or_else(|| vec![TableProblem::Paste])?;
    if body.is_empty() {
        return Err(vec![TableProblem::HeaderOnly]);
    }
    // Past these sizes the table is refused for its size alone, before
    // any cell is looked at: that keeps a huge paste quick to refuse.
    if body.len() > MAX_CRITERIA {
        return Err(vec![TableProblem::TooManyCriteria { found: body.len() }]);
    }
    let widest = table.rows.iter().map(|r| filled(r)).max().unwrap_or(0);
    if widest > MAX_COLUMNS {
        return Err(vec![TableProblem::TooManyColumns { found: widest }]);
    }
    let width = filled(header);
    let columns: Vec<Column> = (1..width)
        .map(|at| Column {
            at,
            name: &header[at],
            role: role(&header[at], body.iter().map(|row| cell(row, at))),
        })
        .collect();
    let mut messages = Messages::default();
    let notes = check_columns(&columns, &mut messages);
    let options: Vec<&Column> = columns.iter().filter(|c| c.role == Role::Option).collect();
    if !(MIN_TECHNOLOGIES..=MAX_TECHNOLOGIES).contains(&options.len()) {
        messages.push(option_count(&options));
    }
    let find = |role| columns.iter().find(|c| c.role == role);
    let (question, weight) = (find(Role::Question), find(Role::Weight));
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut rows = Vec::new();
    for (i, row) in body.iter().enumerate() {
        let number = i + 2;
        let name = cell(row, 0);
        let place = if is_blank(name) {
            messages.push(TableProblem::RowUnnamed { row: number });
            RowPlace { row: number, name: None }
        } else {
            if let Some(first) = seen.insert(seen_as(name), number) {
                seen.insert(seen_as(name), first);
                messages.push(TableProblem::RowRepeats { row: number, name: quoted(name), first });
            }
            RowPlace { row: number, name: Some(quoted(name)) }
        };
        let cells = filled(row);
        if cells > width {
            messages.push(TableProblem::RowTooWide { place: place.clone(), cells, width });
        }
        let mut scores = Vec::new();
        for option in &options {
            match parse_score_cell(cell(row, option.at)) {
                Ok(score) => scores.push(score),
                Err(problem) => messages.push(TableProblem::Cell {
                    place: place.clone(),
                    column: quoted(option.name),
                    problem: CellProblem::Score(problem),
                }),
            }
        }
        let level = weight.and_then(|column| match weight_cell(cell(row, column.at)) {
            Ok(level) => Some(level),
            Err(problem) => {
                messages.push(TableProblem::Cell {
                    place: place.clone(),
                    column: quoted(column.name),
                    problem,
                });
                None
            }
        });
        let question = question.map_or("", |column| cell(row, column.at));
        rows.push((name, question, scores, level.unwrap_or(0)));
    }
    let messages = messages.finish();
    if !messages.is_empty() {
        return Err(messages);
    }
    let mut technologies: Vec<Technology> = Vec::new();
    for option in &options {
        let taken: Vec<String> = technologies.iter().map(|t| t.id.clone()).collect();
        technologies.push(Technology {
            id: id_from_name(option.name, &taken, "option"),
            name: option.name.to_string(),
        });
    }
    let mut criteria: Vec<Criterion> = Vec::new();
    let mut weights = BTreeMap::new();
    for (name, question, scores, level) in rows {
        let taken: Vec<String> = criteria.iter().map(|c| c.id.clone()).collect();
        let id = id_from_name(name, &taken, "criterion");
        if level > 0 {
            weights.insert(id.clone(), level);
        }
        criteria.push(Criterion {
            id,
            name: name.to_string(),
            question: if is_blank(question) {
                default_question(name)
            } else {
                question.to_string()
            },
            measures: String::new(),
            scores: technologies
                .iter()
                .zip(scores)
                .map(|(t, (value, range))| Score {
                    technology: t.id.clone(),
                    value,
                    range,
                    rationale: String::new(),
                    citations: Vec::new(),
                    contested: None,
                })
                .collect(),
        });
    }
    let dataset = Dataset {
        title: title(&technologies),
        description: None,
        language: None,
        technologies,
        sources: Vec::new(),
        default_weight: DEFAULT_WEIGHT,
        criteria,
        presets: weight
            .map(|_| Preset {
                id: "suggested".to_string(),
                name: "Suggested priorities".to_string(),
                description: "The weights given in the imported table.".to_string(),
                weights,
                recommended: None,
            })
            .into_iter()
            .collect(),
        corrections: Vec::new(),
    };
    match dataset.validate() {
        Ok(()) => Ok(Imported {
            dataset,
            format,
            notes,
        }),
        Err(problems) => Err(problems
            .into_iter()
            .map(|p| TableProblem::Data { place: placed(&p, &dataset, &options), problem: p })
            .collect()),
    }
}

/// How many cells a row has up to its last non-empty one: spreadsheets
/// copy empty cells at the end of a row too.
fn filled(row: &[String]) -> usize {
    row.iter().rposition(|c| !c.is_empty()).map_or(0, |i| i + 1)
}

fn cell(row: &[String], at: usize) -> &str {
    row.get(at).map_or("", String::as_str)
}

/// A weight cell: a whole number from 0 to 10, empty for 0.
fn weight_cell(text: &str) -> Result<u8, CellProblem> {
    if text.is_empty() {
        return Ok(0);
    }
    match number(text) {
        Some(x) if x.fract() == 0.0 && (0.0..=f64::from(MAX_LEVEL)).contains(&x) => Ok(x as u8),
        found => Err(CellProblem::Weight { text: quoted(text), number: found.is_some() }),
    }
}

/// "Tea or Coffee?", "Bike, Bus or Car?", cut to the longest title.
fn title(technologies: &[Technology]) -> String {
    let names: Vec<&str> = technologies.iter().map(|t| t.name.as_str()).collect();
    let title = match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}?", rest.join(", ")),
        _ => format!("{}?", names.join("")),
    };
    if title.chars().count() <= MAX_TEXT_CHARS {
        return title;
    }
    let mut cut: String = title.chars().take(MAX_TEXT_CHARS - 2).collect();
    cut.push_str("…?");
    cut
}

/// Where a validation problem is in the table: `Row 3 "Speed"`, the
/// name of the option in column 2, or (the title) by its path.
fn placed(problem: &Problem, d: &Dataset, options: &[&Column]) -> DataPlace {
    let path = problem.path.as_str();
    let index = |prefix: &str| -> Option<(usize, &str)> {
        let rest = path.strip_prefix(prefix)?;
        let (n, rest) = rest.split_once(']')?;
        Some((n.parse().ok()?, rest))
    };
    let field = |rest: &str| match rest {
        ".name" => Some("name"),
        ".question" => Some("question"),
        _ => None,
    };
    if let Some((i, rest)) = index("criteria[").filter(|(i, _)| *i < d.criteria.len()) {
        return DataPlace::Row { row: i + 2, name: quoted(&d.criteria[i].name), field: field(rest) };
    }
    if let Some((i, rest)) = index("technologies[").filter(|(i, _)| *i < options.len()) {
        return DataPlace::Column { column: options[i].at + 1, name: quoted(options[i].name), field: field(rest) };
    }
    DataPlace::Path
}
