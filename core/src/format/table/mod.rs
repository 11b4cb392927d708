//! Comparison tables as bloggers already have them, in and out.
//!
//! An "X vs Y" post usually starts as a table: rows copied from a
//! spreadsheet, a CSV file, a Markdown pipe table or an HTML `<table>`
//! copied from a published page. This module reads any of those into a
//! `Dataset` (`import_table`), and writes a dataset back as a Markdown
//! table or tab-separated rows (`to_markdown_table`, `to_tsv`), so an
//! author can start from what they have and take their scores back out.

mod columns;
mod csv;
mod entities;
mod export;
mod html;
mod ids;
mod import;
mod markdown;
mod messages;
mod problem;
mod score_cell;
mod tsv;

pub use export::{to_markdown_table, to_tsv};
pub use ids::id_from_name;
pub use import::{import_table, Imported, MAX_COLUMNS};
pub use problem::{CellProblem, DataPlace, RowPlace, SkippedColumn, TableProblem};
pub use score_cell::{format_score_cell, parse_score_cell, ScoreCellProblem};

use crate::dataset::MAX_DATASET_BYTES;

/// Rows of cells as the text gave them, each cell trimmed, blank rows left
/// out (so row numbers count the table's rows, not the text's lines).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Table {
    pub rows: Vec<Vec<String>>,
}

/// Which kind of table text was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableFormat {
    Tsv,
    Csv,
    Markdown,
    Html,
}

impl TableFormat {
    /// The catalog's key for it (`author-imported`'s selector).
    pub fn id(self) -> &'static str {
        match self {
            TableFormat::Tsv => "tsv",
            TableFormat::Csv => "csv",
            TableFormat::Markdown => "markdown",
            TableFormat::Html => "html",
        }
    }
}

/// The largest HTML read: a table copied from a page carries its styles,
/// so it may be several times its text. Past this the plain text is read.
const MAX_HTML_BYTES: usize = 4 * MAX_DATASET_BYTES;

/// Reads pasted table text. `html` is the clipboard's `text/html`, when
/// the paste had one: a table copied from a web page keeps its cells
/// there, while its plain text may have lost them.
pub fn read_table(text: &str, html: Option<&str>) -> Result<(Table, TableFormat), TableProblem> {
    if let Some(html) = html.filter(|h| h.len() <= MAX_HTML_BYTES && contains_table_tag(h)) {
        if let Some(rows) = html::read_html(html) {
            return finish(rows, TableFormat::Html);
        }
    }
    if text.len() > MAX_DATASET_BYTES {
        return Err(TableProblem::TooLarge { kb: text.len().div_ceil(1024) });
    }
    if text.trim().is_empty() {
        return Err(TableProblem::NotATable);
    }
    if let Some(rows) = markdown::read_markdown(text) {
        return finish(rows, TableFormat::Markdown);
    }
    if text.contains('\t') {
        return finish(tsv::read_tsv(text), TableFormat::Tsv);
    }
    // Text that mentions `<table` but holds none is read as CSV.
    if contains_table_tag(text) {
        if let Some(rows) = html::read_html(text) {
            return finish(rows, TableFormat::Html);
        }
    }
    finish(csv::read_csv(text, csv::delimiter(text)), TableFormat::Csv)
}

fn contains_table_tag(text: &str) -> bool {
    text.as_bytes()
        .windows(6)
        .any(|w| w.eq_ignore_ascii_case(b"<table"))
}

/// Trims cells and drops blank rows; a table needs a row of two cells.
fn finish(rows: Vec<Vec<String>>, format: TableFormat) -> Result<(Table, TableFormat), TableProblem> {
    let rows: Vec<Vec<String>> = rows
        .into_iter()
        .map(|row| row.into_iter().map(|c| c.trim().to_string()).collect())
        .filter(|row: &Vec<String>| row.iter().any(|c| !c.is_empty()))
        .collect();
    if rows.iter().any(|row| row.len() >= 2) {
        Ok((Table { rows }, format))
    } else {
        Err(TableProblem::NotATable)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn format_of(text: &str) -> Result<TableFormat, TableProblem> {
        read_table(text, None).map(|(_, f)| f)
    }

    #[test]
    fn tells_the_formats_apart() {
        assert_eq!(format_of("a\tb\n1\t2"), Ok(TableFormat::Tsv));
        assert_eq!(format_of("a,b\n1,2"), Ok(TableFormat::Csv));
        assert_eq!(format_of("a | b\n--|:-:\n1 | 2"), Ok(TableFormat::Markdown));
        assert_eq!(
            format_of("<table><tr><td>a<td>b<tr><td>1<td>2</table>"),
            Ok(TableFormat::Html)
        );
        assert_eq!(format_of("a;b;c\n1;2,5;3"), Ok(TableFormat::Csv));
        let (table, _) = read_table("a;b;c\n1;2,5;3", None).unwrap();
        assert_eq!(table.rows[1], ["1", "2,5", "3"]);
    }

    #[test]
    fn html_from_the_clipboard_comes_first() {
        let html = "<table><tr><th>x</th><th>y</th></tr><tr><td>1</td><td>2</td></tr></table>";
        let (table, format) = read_table("x y\n1 2", Some(html)).unwrap();
        assert_eq!(format, TableFormat::Html);
        assert_eq!(table.rows, [["x", "y"], ["1", "2"]]);
        // HTML without a table: the plain text is read.
        let (_, format) = read_table("a\tb\n1\t2", Some("<p>hi</p>")).unwrap();
        assert_eq!(format, TableFormat::Tsv);
    }

    #[test]
    fn blank_rows_are_skipped_and_nothing_table_like_is_refused() {
        let (table, _) = read_table("a\tb\n\n\t \n1\t2\n", None).unwrap();
        assert_eq!(table.rows.len(), 2);
        for text in ["", "  \n ", "just a sentence", "one\ntwo\nthree"] {
            assert_eq!(read_table(text, None), Err(TableProblem::NotATable));
        }
    }
}
