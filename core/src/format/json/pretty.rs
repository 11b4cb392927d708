//! Compact JSON laid out for a person: what the authoring page's JSON view
//! shows after an edit in the grid. A list or object that fits on a short
//! line and holds no other list or object stays on one line, as the
//! template is written (`{ "id": "a", "name": "Option A" }`); everything
//! else takes a line per item.

/// How long a one-line list or object may be.
const INLINE_WIDTH: usize = 72;

/// `compact` laid out with two-space indents. Expects JSON without
/// whitespace between tokens (what `dataset::to_json` writes); any other
/// text comes back laid out as best it can, never lost.
pub fn pretty(compact: &str) -> String {
    let chars: Vec<char> = compact.chars().collect();
    let mut out = String::with_capacity(compact.len() * 2);
    let mut depth = 0usize;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '"' => {
                let end = string_end(&chars, i);
                out.extend(&chars[i..end]);
                i = end;
                continue;
            }
            '{' | '[' => {
                let close = matching(&chars, i);
                let inner = &chars[i + 1..close.unwrap_or(chars.len())];
                if let Some(close) = close.filter(|_| is_flat(inner)) {
                    if inner.is_empty() {
                        out.push(c);
                        out.push(chars[close]);
                        i = close + 1;
                        continue;
                    }
                    let line = one_line(inner);
                    if line.chars().count() + depth * 2 <= INLINE_WIDTH {
                        let padded = if c == '{' {
                            format!("{{ {line} }}")
                        } else {
                            format!("[{line}]")
                        };
                        out.push_str(&padded);
                        i = close + 1;
                        continue;
                    }
                }
                depth += 1;
                out.push(c);
                newline(&mut out, depth);
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(',');
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
        i += 1;
    }
    out.push('\n');
    out
}

fn newline(out: &mut String, depth: usize) {
    out.push('\n');
    for _ in 0..depth {
        out.push_str("  ");
    }
}

/// The index just past the string that opens at `start`.
fn string_end(chars: &[char], start: usize) -> usize {
    let mut i = start + 1;
    while i < chars.len() {
        match chars[i] {
            '\\' => i += 2,
            '"' => return i + 1,
            _ => i += 1,
        }
    }
    chars.len()
}

/// The index of the bracket closing the one at `open`.
fn matching(chars: &[char], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = open;
    while i < chars.len() {
        match chars[i] {
            '"' => {
                i = string_end(chars, i);
                continue;
            }
            '{' | '[' => depth += 1,
            '}' | ']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// No list or object inside (outside strings).
fn is_flat(inner: &[char]) -> bool {
    let mut i = 0;
    while i < inner.len() {
        match inner[i] {
            '"' => {
                i = string_end(inner, i);
                continue;
            }
            '{' | '[' => return false,
            _ => {}
        }
        i += 1;
    }
    true
}

fn one_line(inner: &[char]) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < inner.len() {
        match inner[i] {
            '"' => {
                let end = string_end(inner, i);
                out.extend(&inner[i..end]);
                i = end;
                continue;
            }
            ',' => out.push_str(", "),
            ':' => out.push_str(": "),
            c => out.push(c),
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_flat_items_stay_on_a_line_and_the_rest_is_indented() {
        let compact = r#"{"title":"A, or B?","technologies":[{"id":"a","name":"A"}],"range":[6,8],"empty":[],"quote":"x\"{[,:"}"#;
        assert_eq!(
            pretty(compact),
            "{\n  \"title\": \"A, or B?\",\n  \"technologies\": [\n    { \"id\": \"a\", \"name\": \"A\" }\n  ],\n  \"range\": [6, 8],\n  \"empty\": [],\n  \"quote\": \"x\\\"{[,:\"\n}\n"
        );
    }

    #[test]
    fn unbalanced_text_is_kept_whole() {
        let text = r#"{"a":[1,2"#;
        let laid_out: String = pretty(text)
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        assert_eq!(laid_out, text);
    }
}
