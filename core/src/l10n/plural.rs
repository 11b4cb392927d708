//! CLDR plural categories for the locales Versus speaks, from a number as
//! it is shown (so "1" is one and "1.5" is not, in English).

use super::locale::Locale;

/// The operands CLDR's rules read, from a decimal written with ASCII
/// digits and `.`: `i` the integer digits, `v` how many fraction digits
/// are shown, and whether the fraction is zero.
struct Operands {
    i: u64,
    v: usize,
    whole: bool,
}

fn operands(decimal: &str) -> Operands {
    let digits = decimal.trim_start_matches('-');
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    Operands {
        i: int.parse().unwrap_or(u64::MAX),
        v: frac.len(),
        whole: frac.bytes().all(|b| b == b'0'),
    }
}

/// The category name (`zero`, `one`, `two`, `few`, `many`, `other`) of
/// `decimal` in `locale`.
pub fn category(locale: Locale, decimal: &str) -> &'static str {
    let Operands { i, v, whole } = operands(decimal);
    let millions = whole && v == 0 && i != 0 && i % 1_000_000 == 0;
    match locale {
        Locale::En | Locale::EnXa | Locale::De => {
            if i == 1 && v == 0 {
                "one"
            } else {
                "other"
            }
        }
        Locale::Es => {
            if i == 1 && whole {
                "one"
            } else if millions {
                "many"
            } else {
                "other"
            }
        }
        Locale::Fr | Locale::PtBr => {
            if i <= 1 {
                "one"
            } else if millions {
                "many"
            } else {
                "other"
            }
        }
        Locale::Ja => "other",
        Locale::Ar => {
            if !whole {
                return "other";
            }
            match (i, i % 100) {
                (0, _) => "zero",
                (1, _) => "one",
                (2, _) => "two",
                (_, 3..=10) => "few",
                (_, 11..=99) => "many",
                _ => "other",
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_follow_cldr() {
        assert_eq!(category(Locale::En, "1"), "one");
        assert_eq!(category(Locale::En, "1.5"), "other");
        assert_eq!(category(Locale::En, "0"), "other");
        assert_eq!(category(Locale::De, "0.5"), "other");
        assert_eq!(category(Locale::Fr, "0.5"), "one");
        assert_eq!(category(Locale::Fr, "1.9"), "one");
        assert_eq!(category(Locale::Fr, "2"), "other");
        assert_eq!(category(Locale::Fr, "1000000"), "many");
        assert_eq!(category(Locale::PtBr, "0"), "one");
        assert_eq!(category(Locale::Es, "1"), "one");
        assert_eq!(category(Locale::Es, "0.5"), "other");
        assert_eq!(category(Locale::Ja, "1"), "other");
        assert_eq!(category(Locale::Ar, "0"), "zero");
        assert_eq!(category(Locale::Ar, "2"), "two");
        assert_eq!(category(Locale::Ar, "7"), "few");
        assert_eq!(category(Locale::Ar, "103"), "few");
        assert_eq!(category(Locale::Ar, "12"), "many");
        assert_eq!(category(Locale::Ar, "100"), "other");
        assert_eq!(category(Locale::Ar, "0.5"), "other");
    }
}
