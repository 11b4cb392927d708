//! Delimited text as RFC 4180 writes it: fields separated by a delimiter,
//! rows by line breaks (`\n`, `\r\n` or a lone `\r`), and a field that
//! starts with `"` quoted, with `""` for a quote and line breaks allowed
//! inside. Spreadsheets quote tab-separated cells the same way (`tsv`).

/// The delimiter of CSV text: `;` when its first line has more `;` than
/// `,` (outside quotes), as spreadsheets with a decimal comma write it.
pub(super) fn delimiter(text: &str) -> char {
    let (mut commas, mut semicolons, mut quoted) = (0usize, 0usize, false);
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            ',' if !quoted => commas += 1,
            ';' if !quoted => semicolons += 1,
            _ => {}
        }
    }
    if semicolons > commas {
        ';'
    } else {
        ','
    }
}

/// Rows of fields, untrimmed. Tolerant of text written by hand: a field
/// is quoted only when its closing quote ends it (`"Fast" is good` is
/// read as written). Once a quote turns out not to open a quoted field,
/// the text is not quoted spreadsheet-style, and from there on every
/// quote is read as itself: that keeps reading linear in the text.
pub(super) fn read_csv(text: &str, delimiter: char) -> Vec<Vec<String>> {
    let chars: Vec<char> = text.chars().collect();
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut quotes = true;
    let mut i = 0;
    loop {
        let (field, next) = match quotes.then(|| quoted_field(&chars, i, delimiter)).flatten() {
            Some(read) => read,
            None => {
                if quotes && starts_quoted(&chars, i, delimiter) {
                    quotes = false;
                }
                plain_field(&chars, i, delimiter)
            }
        };
        row.push(field);
        match chars.get(next) {
            Some(&c) if c == delimiter => i = next + 1,
            Some('\r') if chars.get(next + 1) == Some(&'\n') => {
                rows.push(std::mem::take(&mut row));
                i = next + 2;
            }
            Some(_) => {
                rows.push(std::mem::take(&mut row));
                i = next + 1;
            }
            None => {
                rows.push(row);
                return rows;
            }
        }
    }
}

fn is_line_break(c: char) -> bool {
    c == '\n' || c == '\r'
}

/// Whether the field at `start` begins (after spaces) with a quote.
fn starts_quoted(chars: &[char], start: usize, delimiter: char) -> bool {
    let mut i = start;
    while chars.get(i).is_some_and(|&c| c == ' ' && c != delimiter) {
        i += 1;
    }
    chars.get(i) == Some(&'"')
}

/// The quoted field at `start` and where it ends (at the delimiter, line
/// break or end that follows it), or `None` when it is not one.
fn quoted_field(chars: &[char], start: usize, delimiter: char) -> Option<(String, usize)> {
    let mut i = start;
    while chars.get(i).is_some_and(|&c| c == ' ' && c != delimiter) {
        i += 1;
    }
    if chars.get(i) != Some(&'"') {
        return None;
    }
    i += 1;
    let mut field = String::new();
    loop {
        match *chars.get(i)? {
            '"' if chars.get(i + 1) == Some(&'"') => {
                field.push('"');
                i += 2;
            }
            '"' => break,
            '\r' if chars.get(i + 1) == Some(&'\n') => {
                field.push('\n');
                i += 2;
            }
            c => {
                field.push(c);
                i += 1;
            }
        }
    }
    i += 1;
    while chars.get(i).is_some_and(|&c| c == ' ' && c != delimiter) {
        i += 1;
    }
    match chars.get(i) {
        None => Some((field, i)),
        Some(&c) if c == delimiter || is_line_break(c) => Some((field, i)),
        Some(_) => None,
    }
}

fn plain_field(chars: &[char], start: usize, delimiter: char) -> (String, usize) {
    let mut i = start;
    while chars
        .get(i)
        .is_some_and(|&c| c != delimiter && !is_line_break(c))
    {
        i += 1;
    }
    (chars[start..i].iter().collect(), i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn csv(text: &str) -> Vec<Vec<String>> {
        read_csv(text, delimiter(text))
    }

    #[test]
    fn reads_rfc_4180_quoting() {
        let text =
            "Criterion,Tea,\"Coffee, black\"\r\n\"Says \"\"hi\"\"\",7,\"8\"\r\n\"Two\nlines\",1,2";
        assert_eq!(
            csv(text),
            [
                vec!["Criterion", "Tea", "Coffee, black"],
                vec!["Says \"hi\"", "7", "8"],
                vec!["Two\nlines", "1", "2"],
            ]
        );
    }

    #[test]
    fn semicolons_when_the_first_line_has_more_of_them() {
        assert_eq!(delimiter("a;b;c\n1,5;2;3"), ';');
        assert_eq!(delimiter("a,b;c\n1;2"), ',');
        assert_eq!(delimiter("\"a;b;c\",d\n"), ',');
        assert_eq!(
            csv("a;b\n7,5;\"x;y\""),
            [vec!["a", "b"], vec!["7,5", "x;y"]]
        );
    }

    #[test]
    fn quotes_written_by_hand_are_kept() {
        assert_eq!(
            csv("a,\"Fast\" is good,\"b, c\"\n5\" screen,\"open"),
            [
                vec!["a", "\"Fast\" is good", "\"b", " c\""],
                vec!["5\" screen", "\"open"],
            ]
        );
        assert_eq!(csv("a, \"b, c\" ,d"), [vec!["a", "b, c", "d"]]);
    }

    #[test]
    fn line_breaks_of_every_kind_end_rows() {
        assert_eq!(
            csv("a,b\rc,d\r\ne,f\n"),
            [vec!["a", "b"], vec!["c", "d"], vec!["e", "f"], vec![""]]
        );
        assert_eq!(csv(""), [vec![""]]);
        assert_eq!(csv("\"\""), [vec![""]]);
    }
}
