//! Numbers as a locale writes them: its decimal separator, its grouping,
//! and for Arabic its digits. Input is a decimal already rounded by
//! `text::fixed` (ASCII digits and `.`), so no float formatting is needed.

use super::locale::Locale;

struct Symbols {
    decimal: &'static str,
    group: &'static str,
    /// Digits grouped only from this many integer digits on.
    group_from: usize,
    /// The digit zero, or `None` for ASCII digits.
    zero: Option<char>,
}

fn symbols(locale: Locale) -> Symbols {
    let (decimal, group, group_from, zero) = match locale {
        Locale::En | Locale::EnXa | Locale::Ja => (".", ",", 4, None),
        Locale::De | Locale::PtBr => (",", ".", 4, None),
        Locale::Es => (",", ".", 5, None),
        // A narrow no-break space, as CLDR has it.
        Locale::Fr => (",", "\u{202f}", 4, None),
        Locale::Ar => ("٫", "٬", 4, Some('٠')),
    };
    Symbols { decimal, group, group_from, zero }
}

/// `decimal` (e.g. "-1234.5") written for `locale` ("-1.234,5" in German).
pub fn localized(locale: Locale, decimal: &str) -> String {
    let s = symbols(locale);
    let (sign, digits) = match decimal.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", decimal),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let mut out = String::from(sign);
    let grouped = int.len() >= s.group_from;
    for (n, c) in int.chars().enumerate() {
        if grouped && n > 0 && (int.len() - n) % 3 == 0 {
            out.push_str(s.group);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push_str(s.decimal);
        out.push_str(frac);
    }
    match s.zero {
        Some(zero) => out
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => char::from_u32(zero as u32 + d).unwrap_or(c),
                None => c,
            })
            .collect(),
        None => out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_grouping_and_digits_follow_the_locale() {
        assert_eq!(localized(Locale::En, "0.5"), "0.5");
        assert_eq!(localized(Locale::De, "0.5"), "0,5");
        assert_eq!(localized(Locale::De, "-1234.5"), "-1.234,5");
        assert_eq!(localized(Locale::En, "3997"), "3,997");
        assert_eq!(localized(Locale::Es, "3997"), "3997");
        assert_eq!(localized(Locale::Es, "13997"), "13.997");
        assert_eq!(localized(Locale::Fr, "2.25"), "2,25");
        assert_eq!(localized(Locale::Ar, "7.5"), "٧٫٥");
        assert_eq!(localized(Locale::Ar, "10"), "١٠");
        assert_eq!(localized(Locale::Ja, "1.4"), "1.4");
    }
}
