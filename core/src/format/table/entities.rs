//! HTML character references in a table copied from a page: `&amp;`,
//! `&nbsp;`, `&#8211;`. The few names tables use and every number are
//! decoded; an unknown name is kept as written, as browsers show it.

/// Appends `raw` with its character references decoded: the few names
/// tables use and every number. Anything else is kept as written.
pub(super) fn decode_entities(raw: &str, out: &mut String) {
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let decoded = rest.as_bytes()[1..]
            .iter()
            .take(32)
            .position(|&b| b == b';')
            .and_then(|semi| entity(&rest[1..1 + semi]).map(|c| (c, semi + 2)));
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
}

fn entity(name: &str) -> Option<char> {
    let code = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{A0}',
        "ndash" => '–',
        "mdash" => '—',
        "minus" => '−',
        _ => {
            let number = name.strip_prefix('#')?;
            let (digits, radix) = match number.strip_prefix(['x', 'X']) {
                Some(hex) => (hex, 16),
                None => (number, 10),
            };
            if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
                return None;
            }
            let value = u32::from_str_radix(digits, radix).ok()?;
            return char::from_u32(value).filter(|&c| c != '\0');
        }
    };
    Some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(raw: &str) -> String {
        let mut out = String::new();
        decode_entities(raw, &mut out);
        out
    }

    #[test]
    fn decodes_names_and_numbers_and_keeps_the_rest() {
        assert_eq!(
            decoded("a &amp; b &lt;&gt; &quot;&#39;&apos; x&nbsp;y"),
            "a & b <> \"'' x\u{A0}y"
        );
        assert_eq!(decoded("6&#8211;8 &#x2014; &#X41;"), "6–8 — A");
        for kept in [
            "&copy;",
            "&",
            "&;",
            "&#;",
            "&#x;",
            "&#0;",
            "&#x110000;",
            "&#99999999999;",
            "AT&T",
            "&amp",
        ] {
            assert_eq!(decoded(kept), kept);
        }
        assert_eq!(decoded("é&amp;ü"), "é&ü");
    }
}
