//! Text made safe for where it goes: percent-decoding a link or a query,
//! percent-encoding, and HTML escaping.

/// Strict percent-decoding: `%` must start two hex digits and the result must
/// be UTF-8. `+` stays `+` (this is a fragment, not a form).
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            let high = (hex[0] as char).to_digit(16)?;
            let low = (hex[1] as char).to_digit(16)?;
            out.push((high * 16 + low) as u8);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// `text` with each byte that `keep` (given its index) refuses written as
/// `%XX`.
pub fn percent_encode(text: &str, keep: impl Fn(usize, u8) -> bool) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, b) in text.bytes().enumerate() {
        if keep(i, b) {
            out.push(b as char);
        } else {
            out += &format!("%{b:02X}");
        }
    }
    out
}

/// Percent-encodes a query component, keeping what reads well in a URL.
pub fn query_escape(text: &str) -> String {
    percent_encode(text, |_, b| {
        b.is_ascii_alphanumeric() || b"-_.~:,".contains(&b)
    })
}

/// Escapes text for an HTML attribute value or text node.
pub fn html_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_decoding_is_strict() {
        assert_eq!(percent_decode("ai%5Fml").as_deref(), Some("ai_ml"));
        assert_eq!(percent_decode("a+b").as_deref(), Some("a+b"));
        assert_eq!(percent_decode("%"), None);
        assert_eq!(percent_decode("%4"), None);
        assert_eq!(percent_decode("%zz"), None);
        assert_eq!(percent_decode("%FF"), None, "lone 0xFF is not UTF-8");
        assert_eq!(percent_decode("%C3%A9").as_deref(), Some("é"));
    }
}
