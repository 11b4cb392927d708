//! The first real table in HTML, as the browser's clipboard gives it for a
//! table copied from a web page. A small tolerant tokenizer, no parser:
//! tags are found by name whatever their case, attribute values in quotes
//! may hold `>`, comments and `<script>`/`<style>` content are skipped,
//! and entities are decoded. Rows come from `<tr>`, cells from `<td>` and
//! `<th>` wherever they sit (`<thead>`, `<tbody>` or neither); a
//! `colspan` repeats empty cells so the columns stay aligned (`rowspan`
//! is not followed). A table nested in a cell is flattened into that
//! cell's text, so its cells never become rows of the outer table.

use super::entities::decode_entities;

/// The widest `colspan` followed: wider than any table Versus reads, and
/// small enough that a hostile one makes no huge row.
const MAX_COLSPAN: usize = 16;

/// The rows of the first `<table>` with at least two rows that show
/// something, or `None` when there is none.
pub(super) fn read_html(html: &str) -> Option<Vec<Vec<String>>> {
    let bytes = html.as_bytes();
    let mut table = Builder::default();
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] != b'<' {
            let end = find(bytes, at, b"<").unwrap_or(bytes.len());
            table.text(&html[at..end]);
            at = end;
            continue;
        }
        let rest = &bytes[at..];
        if rest.starts_with(b"<!--") {
            at = find(bytes, at + 4, b"-->").map_or(bytes.len(), |end| end + 3);
        } else if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            at = find(bytes, at, b">").map_or(bytes.len(), |end| end + 1);
        } else if let Some(tag) = Tag::read(html, at) {
            at = tag.end;
            if !tag.closing && matches!(tag.name.as_str(), "script" | "style") {
                let close = format!("</{}", tag.name);
                at = find_ascii_ci(bytes, at, close.as_bytes()).unwrap_or(bytes.len());
                continue;
            }
            if let Some(rows) = table.tag(&tag) {
                return Some(rows);
            }
        } else {
            table.text("<");
            at += 1;
        }
    }
    table.end()
}

#[derive(Default)]
struct Builder {
    /// 0 outside any table, 1 in the table being read, more in a nested one.
    depth: usize,
    rows: Vec<Vec<String>>,
    row: Option<Vec<String>>,
    /// The open cell's text and its `colspan`.
    cell: Option<(String, usize)>,
}

impl Builder {
    fn text(&mut self, raw: &str) {
        if let Some((cell, _)) = &mut self.cell {
            decode_entities(raw, cell);
        }
    }

    /// Follows one tag; the rows once the table it ends has two.
    fn tag(&mut self, tag: &Tag) -> Option<Vec<Vec<String>>> {
        let name = tag.name.as_str();
        match (self.depth, name, tag.closing) {
            (0, "table", false) => {
                *self = Builder {
                    depth: 1,
                    ..Builder::default()
                }
            }
            (0, ..) => {}
            (_, "table", false) => {
                self.depth += 1;
                self.space();
            }
            (1, "table", true) => {
                let rows = self.end();
                *self = Builder::default();
                return rows;
            }
            (_, "table", true) => {
                self.depth -= 1;
                self.space();
            }
            (1, "tr" | "thead" | "tbody" | "tfoot", _) => {
                self.close_row();
                if name == "tr" && !tag.closing {
                    self.row = Some(Vec::new());
                }
            }
            (1, "td" | "th", closing) => {
                self.close_cell();
                if !closing {
                    self.row.get_or_insert_with(Vec::new);
                    self.cell = Some((String::new(), tag.colspan));
                }
            }
            (_, name, _) if self.depth > 1 || separates_words(name) => self.space(),
            _ => {}
        }
        None
    }

    fn space(&mut self) {
        if let Some((cell, _)) = &mut self.cell {
            cell.push(' ');
        }
    }

    fn close_cell(&mut self) {
        if let Some((text, span)) = self.cell.take() {
            let row = self.row.get_or_insert_with(Vec::new);
            row.push(text.split_whitespace().collect::<Vec<_>>().join(" "));
            row.extend(std::iter::repeat_n(String::new(), span - 1));
        }
    }

    fn close_row(&mut self) {
        self.close_cell();
        if let Some(row) = self.row.take() {
            self.rows.push(row);
        }
    }

    /// The rows read so far, when at least two show something.
    fn end(&mut self) -> Option<Vec<Vec<String>>> {
        self.close_row();
        let shown = self.rows.iter().filter(|r| r.iter().any(|c| !c.is_empty()));
        (shown.count() >= 2).then(|| std::mem::take(&mut self.rows))
    }
}

/// Tags that break a line when rendered: the words either side are two.
fn separates_words(name: &str) -> bool {
    matches!(
        name,
        "br" | "p"
            | "div"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "hr"
            | "blockquote"
            | "pre"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "caption"
            | "section"
    )
}

struct Tag {
    /// Lowercase.
    name: String,
    closing: bool,
    colspan: usize,
    /// Just past the `>`.
    end: usize,
}

impl Tag {
    /// The tag starting at `html[at]` (a `<`), if a letter or `/` and a
    /// letter follow it.
    fn read(html: &str, at: usize) -> Option<Tag> {
        let bytes = html.as_bytes();
        let mut i = at + 1;
        let closing = bytes.get(i) == Some(&b'/');
        if closing {
            i += 1;
        }
        if !bytes.get(i)?.is_ascii_alphabetic() {
            return None;
        }
        let start = i;
        while bytes
            .get(i)
            .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b':'))
        {
            i += 1;
        }
        let name = html[start..i].to_ascii_lowercase();
        let attributes_start = i;
        // Quotes count only where a value starts, after `=`.
        let mut after_equals = false;
        while let Some(&b) = bytes.get(i) {
            match b {
                b'>' => break,
                b'"' | b'\'' if after_equals => {
                    i = find(bytes, i + 1, &[b]).unwrap_or(bytes.len());
                    after_equals = false;
                }
                b'=' => after_equals = true,
                b if b.is_ascii_whitespace() => {}
                _ => after_equals = false,
            }
            i += 1;
        }
        let end = (i + 1).min(bytes.len());
        let attributes = &html[attributes_start..i.min(bytes.len())];
        Some(Tag {
            name,
            closing,
            colspan: colspan(attributes),
            end,
        })
    }
}

/// The `colspan` among a tag's attributes: 1 when absent or unreadable.
fn colspan(attributes: &str) -> usize {
    let lower = attributes.to_ascii_lowercase();
    let Some(at) = lower.find("colspan") else {
        return 1;
    };
    let value = lower[at + 7..]
        .trim_start()
        .strip_prefix('=')
        .unwrap_or("")
        .trim_start()
        .trim_start_matches(['"', '\'']);
    let digits = value.bytes().take_while(u8::is_ascii_digit).take(4);
    let n = digits.fold(0usize, |n, d| n * 10 + usize::from(d - b'0'));
    n.clamp(1, MAX_COLSPAN)
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let rest = bytes.get(from..)?;
    rest.windows(needle.len())
        .position(|w| w == needle)
        .map(|i| from + i)
}

fn find_ascii_ci(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let rest = bytes.get(from..)?;
    rest.windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|i| from + i)
}

#[cfg(test)]
mod tests;
