//! Ids made from names, for a dataset built from a table: `Eleventy (11ty)`
//! becomes `eleventy_11ty`, `Café crème` becomes `cafe_creme`. Ids appear
//! in share links, so they use only ASCII letters, digits and `_`.

use crate::dataset::RESERVED_CRITERION_IDS;

/// How long an id made from a name may be before a `_2` suffix, well
/// under the dataset's limit of 64.
const MAX_BASE_CHARS: usize = 48;

/// An id for `name`: lowercase ASCII letters and digits, every other run
/// of characters one `_`, common Latin accents folded (é → e, ß → ss),
/// at most 48 characters. `fallback` (such as `option`) stands in when
/// nothing is left. Made unique against `taken` with `_2`, `_3`…; an id a
/// share link reserves (`preset`, `sort`, `data`, `v1`) is never given,
/// for options as for criteria, so it also gets a suffix.
pub fn id_from_name(name: &str, taken: &[String], fallback: &str) -> String {
    let mut base = slug(name);
    if base.is_empty() {
        base = slug(fallback);
    }
    if base.is_empty() {
        base = "item".to_string();
    }
    let free = |id: &str| !taken.iter().any(|t| t == id) && !RESERVED_CRITERION_IDS.contains(&id);
    if free(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}_{n}"))
        .find(|id| free(id))
        .unwrap_or(base)
}

fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        let folded = fold(c);
        if folded.is_empty() {
            if !out.is_empty() && !out.ends_with('_') {
                out.push('_');
            }
        } else {
            out.push_str(folded);
        }
        if out.len() >= MAX_BASE_CHARS {
            break;
        }
    }
    out.truncate(MAX_BASE_CHARS);
    out.trim_end_matches('_').to_string()
}

/// `c` as lowercase ASCII letters and digits, or "" for a separator.
/// Listed by hand: `char::to_lowercase` would bring Unicode's case
/// tables into the WASM.
fn fold(c: char) -> &'static str {
    const ASCII: &str = "0123456789abcdefghijklmnopqrstuvwxyz";
    match c.to_ascii_lowercase() {
        c @ ('0'..='9' | 'a'..='z') => {
            let at = if c.is_ascii_digit() {
                c as usize - '0' as usize
            } else {
                10 + c as usize - 'a' as usize
            };
            &ASCII[at..at + 1]
        }
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å'
        | 'Ā' | 'Ă' | 'Ą' => "a",
        'æ' | 'Æ' => "ae",
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => "c",
        'ď' | 'đ' | 'ð' | 'Ď' | 'Đ' | 'Ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę'
        | 'Ě' => "e",
        'ğ' | 'Ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'Į' | 'İ' => {
            "i"
        }
        'ł' | 'Ł' => "l",
        'ñ' | 'ń' | 'ň' | 'Ñ' | 'Ń' | 'Ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō'
        | 'Ő' => "o",
        'œ' | 'Œ' => "oe",
        'ŕ' | 'ř' | 'Ŕ' | 'Ř' => "r",
        'ś' | 'š' | 'ş' | 'ș' | 'Ś' | 'Š' | 'Ş' | 'Ș' => "s",
        'ß' | 'ẞ' => "ss",
        'ť' | 'ţ' | 'ț' | 'Ť' | 'Ţ' | 'Ț' => "t",
        'þ' | 'Þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű'
        | 'Ų' => "u",
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => "z",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(name: &str) -> String {
        id_from_name(name, &[], "option")
    }

    #[test]
    fn ascii_from_any_name() {
        assert_eq!(id("Eleventy (11ty)"), "eleventy_11ty");
        assert_eq!(id("Café Crème"), "cafe_creme");
        assert_eq!(id("Straße, Øresund & Ålesund"), "strasse_oresund_alesund");
        assert_eq!(id("  --Çà ñ Über--  "), "ca_n_uber");
        assert_eq!(id("東京"), "option");
        assert_eq!(id_from_name("", &[], "criterion"), "criterion");
        assert_eq!(id(&"ab ".repeat(40)).len(), 47);
        assert!(id(&"x".repeat(100)).len() == 48);
    }

    #[test]
    fn unique_and_never_reserved() {
        let taken = vec!["tea".to_string(), "tea_2".to_string()];
        assert_eq!(id_from_name("Tea", &taken, "option"), "tea_3");
        assert_eq!(id_from_name("Coffee", &taken, "option"), "coffee");
        assert_eq!(id("Preset"), "preset_2");
        assert_eq!(id("data"), "data_2");
        let long = id_from_name(&"y".repeat(80), &["y".repeat(48)], "option");
        assert_eq!(long, format!("{}_2", "y".repeat(48)));
    }
}
