//! Dataset text in Markdown: it reads as written and is never markup.
//!
//! A dataset comes from someone else; pasted into a wiki, a name that
//! holds `\n## Decision`, `<img src=...>` or `](javascript:...)` must stay
//! words, not become a section, a tracking pixel or a link.

use super::web_address::{is_web_address, percent_encode_url};

/// `text` as Markdown that renders as `text` on one line: runs of line
/// breaks, tabs and spaces become one space; every character Markdown
/// gives a meaning is backslash-escaped, a leading `1.` and a `-` or `+`
/// that starts a word (a list item, a rule) too; `<`, `>` and
/// `&` become entities, so no HTML gets through; and what GitHub would
/// turn into a link by itself (`https://`, `www.`, `a@b.example`) is
/// broken up the same way.
pub fn markdown_text(text: &str) -> String {
    let text = text.trim_matches(is_space);
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut chars = text.chars().peekable();
    // A leading number is a list item if a `.` follows it.
    let mut leading_number = true;
    while let Some(c) = chars.next() {
        if is_space(c) {
            if !out.ends_with(' ') {
                out.push(' ');
            }
            leading_number = false;
            continue;
        }
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '(' | ')' | '#' | '!' | '|' | '~'
            | '@' => {
                out.push('\\');
                out.push(c);
            }
            '-' | '+' if out.is_empty() || out.ends_with(' ') => {
                out.push('\\');
                out.push(c);
            }
            '.' if leading_number && !out.is_empty() => out.push_str("\\."),
            '.' if out
                .get(out.len().saturating_sub(3)..)
                .is_some_and(|tail| tail.eq_ignore_ascii_case("www")) =>
            {
                out.push_str("\\.")
            }
            ':' if chars.peek() == Some(&'/') => out.push_str("\\:"),
            c => out.push(c),
        }
        leading_number = leading_number && c.is_ascii_digit();
    }
    out
}

/// Line breaks, tabs and spaces: a Markdown renderer shows any run of them
/// as one space, and a line break or an indent would start a new block.
fn is_space(c: char) -> bool {
    c.is_ascii_whitespace() || c.is_control()
}

/// A web address as a Markdown autolink, `<https://...>`, with `(`, `)`,
/// `[`, `]`, spaces, `<`, `>` and non-ASCII percent-encoded so nothing in
/// it can end the link early; `None` for anything but http and https.
pub fn markdown_link(url: &str) -> Option<String> {
    is_web_address(url).then(|| format!("<{}>", percent_encode_url(url, b"()[]")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_stays_text() {
        assert_eq!(markdown_text("  # Hi\n\n- *you*  "), "\\# Hi \\- \\*you\\*");
        assert_eq!(markdown_text("12. Go"), "12\\. Go");
        assert_eq!(
            markdown_text("+1 -- state-of-the-art"),
            "\\+1 \\-- state-of-the-art"
        );
        assert_eq!(markdown_text("v1.2 and 3.5"), "v1.2 and 3.5");
        assert_eq!(
            markdown_text("<b>a & b</b>"),
            "&lt;b&gt;a &amp; b&lt;/b&gt;"
        );
        assert_eq!(
            markdown_text("see https://x.example or www.x.example, me@x.example"),
            "see https\\://x.example or www\\.x.example, me\\@x.example"
        );
        assert_eq!(markdown_link("javascript:alert(1)"), None);
    }
}
