//! Rows copied from a spreadsheet: cells separated by tabs, rows by line
//! breaks. Excel, LibreOffice and Google Sheets quote a cell that holds a
//! tab, a line break or a quote as CSV does, so the CSV reader reads it;
//! `tsv_cell` quotes the same way for what Versus writes.

use super::csv::read_csv;

pub(super) fn read_tsv(text: &str) -> Vec<Vec<String>> {
    read_csv(text, '\t')
}

/// A cell as a spreadsheet reads it back: quoted, with `""` for a quote,
/// when it holds a tab, a line break or a quote.
pub(super) fn tsv_cell(cell: &str) -> String {
    if cell.contains(['\t', '\n', '\r', '"']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_spreadsheet_copy_with_a_quoted_cell() {
        let text =
            "Criterion\tBike\tBus\r\n\"Cost\tper month\"\t9\t\"6\"\r\nSays \"fast\"\t8\t5\r\n";
        assert_eq!(
            read_tsv(text),
            [
                vec!["Criterion", "Bike", "Bus"],
                vec!["Cost\tper month", "9", "6"],
                vec!["Says \"fast\"", "8", "5"],
                vec![""],
            ]
        );
    }

    #[test]
    fn quoted_cells_read_back() {
        for cell in [
            "plain",
            "a\tb",
            "two\nlines",
            "\"quoted\"",
            "5\" screen",
            "",
        ] {
            let row = format!("{}\t{}", tsv_cell(cell), tsv_cell("x"));
            assert_eq!(read_tsv(&row), [vec![cell.to_string(), "x".to_string()]]);
        }
    }
}
