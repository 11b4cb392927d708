//! GitHub-flavoured Markdown pipe tables: a header row, a delimiter row
//! (`|---|:--:|`), then body rows until a blank line or a line without a
//! pipe. Outer pipes are optional and `\|` is a pipe inside a cell. Prose
//! around the table is ignored; the first table in the text is read.

/// The first table's rows (the delimiter row left out), or `None` when
/// the text has no delimiter row under a header row.
pub(super) fn read_markdown(text: &str) -> Option<Vec<Vec<String>>> {
    let lines: Vec<&str> = text.lines().collect();
    let at = (1..lines.len()).find(|&i| is_delimiter_row(lines[i]) && has_pipe(lines[i - 1]))?;
    let mut rows = vec![cells(lines[at - 1])];
    for line in &lines[at + 1..] {
        if line.trim().is_empty() || !has_pipe(line) {
            break;
        }
        rows.push(cells(line));
    }
    Some(rows)
}

/// `| --- | :---: | ---: |`, with or without the outer pipes; a line of
/// dashes alone is a rule, not a table.
fn is_delimiter_row(line: &str) -> bool {
    let line = line.trim();
    if !line.contains('|') {
        return false;
    }
    let inner = strip_outer_pipes(line);
    !inner.is_empty()
        && inner.split('|').all(|cell| {
            let cell = cell.trim();
            let dashes = cell.strip_prefix(':').unwrap_or(cell);
            let dashes = dashes.strip_suffix(':').unwrap_or(dashes);
            !dashes.is_empty() && dashes.chars().all(|c| c == '-')
        })
}

fn strip_outer_pipes(line: &str) -> &str {
    let line = line.strip_prefix('|').unwrap_or(line);
    match line.strip_suffix('|') {
        Some(rest) if !ends_escaped(rest) => rest,
        _ => line,
    }
}

/// Whether `text` ends with an odd number of backslashes, which escape
/// whatever follows.
fn ends_escaped(text: &str) -> bool {
    text.chars().rev().take_while(|&c| c == '\\').count() % 2 == 1
}

fn has_pipe(line: &str) -> bool {
    let mut escaped = false;
    for c in line.chars() {
        if c == '|' && !escaped {
            return true;
        }
        escaped = c == '\\' && !escaped;
    }
    false
}

/// The row's cells: split at unescaped pipes, trimmed, emphasis around a
/// whole cell removed, then backslash escapes read.
fn cells(line: &str) -> Vec<String> {
    let inner = strip_outer_pipes(line.trim());
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut escaped = false;
    for c in inner.chars() {
        if c == '|' && !escaped {
            cells.push(cell_text(&cell));
            cell.clear();
        } else {
            cell.push(c);
        }
        escaped = c == '\\' && !escaped;
    }
    cells.push(cell_text(&cell));
    cells
}

fn cell_text(raw: &str) -> String {
    let mut text = raw.trim();
    'strip: loop {
        for mark in ["**", "__", "*", "_", "`"] {
            if let Some(inner) = text
                .strip_prefix(mark)
                .and_then(|t| t.strip_suffix(mark))
                .filter(|t| !t.trim().is_empty() && !ends_escaped(t))
            {
                text = inner.trim();
                continue 'strip;
            }
        }
        break;
    }
    unescape(text)
}

/// CommonMark's backslash escapes: `\` before ASCII punctuation stands
/// for that character.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match chars.peek() {
            Some(&next) if c == '\\' && next.is_ascii_punctuation() => {
                out.push(next);
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}

/// A cell as this reader reads it back: backslash, pipe and emphasis
/// marks escaped, line breaks as spaces.
pub(super) fn markdown_cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '|' | '*' | '_' | '`' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_first_table_between_prose() {
        let text = "Which site generator?\n\n| Criterion | **Hugo** | `Jekyll` |\n|:---|---:|:--:|\n| Build speed | 9 | 4 |\n| Themes \\| plugins | _7_ | 8 |\n\nThat's all.\n\n| a | b |\n|---|---|\n| c | d |";
        assert_eq!(
            read_markdown(text).unwrap(),
            [
                vec!["Criterion", "Hugo", "Jekyll"],
                vec!["Build speed", "9", "4"],
                vec!["Themes | plugins", "7", "8"],
            ]
        );
    }

    #[test]
    fn outer_pipes_are_optional() {
        let text = "Criterion | Tea | Coffee\n--- | --- | ---\nTaste | 8 | 7\nnot a row";
        assert_eq!(
            read_markdown(text).unwrap(),
            [vec!["Criterion", "Tea", "Coffee"], vec!["Taste", "8", "7"]]
        );
    }

    #[test]
    fn rules_and_headings_are_not_tables() {
        assert_eq!(read_markdown("Title\n---\ntext"), None);
        assert_eq!(read_markdown("a | b\n---\n"), None);
        assert_eq!(read_markdown("|---|---|\n| a | b |"), None);
    }

    #[test]
    fn written_cells_read_back() {
        for cell in [
            "a|b",
            "*x*",
            "__y__",
            "back\\slash",
            "`code`",
            "end\\",
            "5 * 3",
            "\\|",
        ] {
            let line = format!("| {} | z |", markdown_cell(cell));
            assert_eq!(cells(&line), [cell, "z"], "{line}");
        }
    }
}
