//! A dataset back out as a table an author can paste into a post or a
//! spreadsheet: a Markdown pipe table, or tab-separated rows. Both read
//! back with `import_table` to the same names, questions and scores.

use super::format_score_cell;
use super::markdown::markdown_cell;
use super::tsv::tsv_cell;
use crate::dataset::{default_question, Dataset};

/// Markdown with the scores right-aligned:
///
/// ```text
/// | Criterion | Tea | Coffee |
/// | --- | ---: | ---: |
/// | Taste | 8 | 7 (6-9) |
/// ```
pub fn to_markdown_table(d: &Dataset) -> String {
    let (header, rows, aligns) = cells(d);
    let mut out = String::new();
    let mut line = |cells: &[String]| {
        out.push('|');
        for cell in cells {
            out.push(' ');
            out.push_str(cell);
            out.push_str(" |");
        }
        out.push('\n');
    };
    let escape = |row: &[String]| -> Vec<String> { row.iter().map(|c| markdown_cell(c)).collect() };
    line(&escape(&header));
    let delimiter: Vec<String> = aligns
        .iter()
        .map(|&right| if right { "---:" } else { "---" }.to_string())
        .collect();
    line(&delimiter);
    for row in &rows {
        line(&escape(row));
    }
    out
}

/// Rows as a spreadsheet copies them: cells separated by tabs, a cell that
/// holds a tab, a line break or a quote in quotes.
pub fn to_tsv(d: &Dataset) -> String {
    let (header, rows, _) = cells(d);
    let mut out = String::new();
    for row in std::iter::once(&header).chain(&rows) {
        let cells: Vec<String> = row.iter().map(|c| tsv_cell(c)).collect();
        out.push_str(&cells.join("\t"));
        out.push('\n');
    }
    out
}

/// The header, the rows, and which columns are right-aligned. A
/// `Question` column only when some question is not the default one, a
/// `Weight` column only when there is a `suggested` preset.
fn cells(d: &Dataset) -> (Vec<String>, Vec<Vec<String>>, Vec<bool>) {
    let questions = d
        .criteria
        .iter()
        .any(|c| c.question != default_question(&c.name));
    let suggested = d.preset("suggested");
    let mut header = vec!["Criterion".to_string()];
    let mut aligns = vec![false];
    for t in &d.technologies {
        header.push(t.name.clone());
        aligns.push(true);
    }
    if questions {
        header.push("Question".to_string());
        aligns.push(false);
    }
    if suggested.is_some() {
        header.push("Weight".to_string());
        aligns.push(true);
    }
    let rows = d
        .criteria
        .iter()
        .map(|c| {
            let mut row = vec![c.name.clone()];
            for t in &d.technologies {
                row.push(
                    c.score_for(&t.id)
                        .map_or(String::new(), |s| format_score_cell(s.value, s.range)),
                );
            }
            if questions {
                let default = c.question == default_question(&c.name);
                row.push(if default {
                    String::new()
                } else {
                    c.question.clone()
                });
            }
            if let Some(preset) = suggested {
                let level = preset.weights.get(&c.id).copied().unwrap_or(0);
                row.push(level.to_string());
            }
            row
        })
        .collect();
    (header, rows, aligns)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table::import_table;

    const TABLE: &str = "Criterion\tTea\tCoffee\tQuestion\tWeight\n\
        Taste\t8\t7 (6-9)\tHow much does taste matter?\t6\n\
        Price | cost\t9\t6,5\t\t0\n";

    #[test]
    fn writes_markdown_with_scores_right_aligned() {
        let d = import_table(TABLE, None).unwrap().dataset;
        assert_eq!(
            to_markdown_table(&d),
            "| Criterion | Tea | Coffee | Question | Weight |\n\
             | --- | ---: | ---: | --- | ---: |\n\
             | Taste | 8 | 7 (6-9) | How much does taste matter? | 6 |\n\
             | Price \\| cost | 9 | 6.5 |  | 0 |\n"
        );
    }

    #[test]
    fn writes_tsv_and_leaves_out_columns_it_does_not_need() {
        let d = import_table("x\tTea\tCoffee\n\"Taste\t\"\"quoted\"\"\"\t8\t7\n", None)
            .unwrap()
            .dataset;
        assert_eq!(
            to_tsv(&d),
            "Criterion\tTea\tCoffee\n\"Taste\t\"\"quoted\"\"\"\t8\t7\n"
        );
    }
}
