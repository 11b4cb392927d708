//! Characters that draw nothing, and text as a reader actually sees it.
//!
//! A dataset, an embed setting or a share link comes from someone else; a
//! name of zero-width spaces looks empty, and `Node.js` followed by one
//! looks like `Node.js`. Validation and the embed reader ask this module,
//! so "blank" and "the same name" mean one thing everywhere.

/// Whether `c` draws nothing a reader can see: whitespace and control
/// characters, zero-width spaces and joiners, the word joiner and invisible
/// operators, the byte-order mark, the soft hyphen, the Hangul and braille
/// fillers that fonts render blank, variation selectors and tag characters,
/// and bidirectional controls (which move text without drawing). Text made
/// only of these reads as empty, and two names that differ only by them
/// read as one name, so both are refused as such.
pub fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || is_bidi_control(c)
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{17B4}'
                | '\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'..='\u{200D}'
                | '\u{2060}'..='\u{2064}'
                | '\u{206A}'..='\u{206F}'
                | '\u{2800}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{E0000}'..='\u{E007F}'
        )
}

/// Bidirectional controls: marks, embeddings, overrides and isolates. One
/// left open can make the text after it read backwards.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whether `text` shows nothing: empty, or only invisible characters.
pub fn is_blank(text: &str) -> bool {
    text.chars().all(is_invisible)
}

/// `text` as a reader tells it apart from another: invisible characters
/// left out, words separated by one space. Two names with the same
/// `seen_as` look the same on the page.
pub fn seen_as(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    for c in text.chars() {
        if c.is_whitespace() {
            gap = true;
        } else if !is_invisible(c) {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push(c);
        }
    }
    out
}

/// `text` trimmed and without bidirectional controls (which could make a
/// heading read backwards), or `None` when nothing visible is left.
pub fn visible_text(text: &str) -> Option<String> {
    let kept: String = text.chars().filter(|&c| !is_bidi_control(c)).collect();
    let kept = kept.trim();
    (!is_blank(kept)).then(|| kept.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_compared_as_they_are_seen() {
        assert_eq!(seen_as("Node.js\u{200B}"), "Node.js");
        assert_eq!(seen_as(" No\u{00AD}de \u{3164} js\u{202E} "), "Node js");
        assert_eq!(seen_as("\u{200B} \u{2800}"), "");
        assert!(is_blank("\u{115F}\u{1160} \u{FFA0}"));
        assert!(!is_blank("a\u{202E}"));
    }
}
