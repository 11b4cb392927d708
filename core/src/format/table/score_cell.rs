//! One score as a table cell: `7`, `7.5`, `7,5` (a decimal comma), and a
//! contested score with the range its sources support, `7 (6-8)` or
//! `7 [6–8]`. The importer and the authoring page's grid read and write
//! score cells with these two functions, so both say the same thing.

use crate::dataset::MAX_LEVEL;
use crate::text::fixed;

/// Why a cell is not a score (`authoring::score_cell_problem` words it,
/// to follow its place: `Row 4 "Speed", column "Bus": 15 is above 10`).
#[derive(Debug, Clone, PartialEq)]
pub enum ScoreCellProblem {
    /// The cell is empty.
    NoScore,
    /// The cell's text, which is not a number with an optional range.
    NotAScore(String),
    /// A score or a range end above 10.
    Above(f64),
    /// A score or a range end below 0.
    Below(f64),
    /// A range that does not reach the score.
    RangeMissesScore { value: f64, range: [f64; 2] },
}

/// A score cell's value and range. The range's ends may be joined by `-`,
/// `–` or `—`, with or without spaces, in `( )` or `[ ]`; ends written
/// high to low are taken in order. Every number must be 0 to 10 and the
/// range must hold the value.
pub fn parse_score_cell(text: &str) -> Result<(f64, Option<[f64; 2]>), ScoreCellProblem> {
    let text = text.trim();
    if text.is_empty() {
        return Err(ScoreCellProblem::NoScore);
    }
    let not_a_score = || ScoreCellProblem::NotAScore(text.to_string());
    let (value_text, range_text) = match text.find(['(', '[']) {
        Some(open) => {
            let close = if text[open..].starts_with('(') {
                ')'
            } else {
                ']'
            };
            let inner = text[open + 1..]
                .strip_suffix(close)
                .ok_or_else(not_a_score)?;
            (&text[..open], Some(inner))
        }
        None => (text, None),
    };
    let value = number(value_text).ok_or_else(not_a_score)?;
    let range = match range_text {
        Some(inner) => {
            let [a, b] = range_ends(inner).ok_or_else(not_a_score)?;
            Some([a.min(b), a.max(b)])
        }
        None => None,
    };
    for x in std::iter::once(value).chain(range.into_iter().flatten()) {
        if x > f64::from(MAX_LEVEL) {
            return Err(ScoreCellProblem::Above(x));
        }
        if x < 0.0 {
            return Err(ScoreCellProblem::Below(x));
        }
    }
    if let Some([low, high]) = range {
        if !(low <= value && value <= high) {
            return Err(ScoreCellProblem::RangeMissesScore {
                value,
                range: [low, high],
            });
        }
    }
    Ok((value, range))
}

/// `6-8`, `6 – 8`, `6—8`: the two numbers, or `None`.
fn range_ends(inner: &str) -> Option<[f64; 2]> {
    let inner = inner.trim();
    // A dash first is the low end's sign, not the separator.
    let skip = inner.chars().next()?.len_utf8();
    let at = skip + inner[skip..].find(['-', '–', '—'])?;
    let dash = inner[at..].chars().next()?.len_utf8();
    Some([number(&inner[..at])?, number(&inner[at + dash..])?])
}

/// A decimal number as people type it: an optional sign, digits and one
/// `.` or `,`, at most 15 digits. Integer arithmetic and one division,
/// correctly rounded, without the standard float parser (kilobytes of
/// WASM).
pub(super) fn number(text: &str) -> Option<f64> {
    let text = text.trim();
    let (negative, digits) = match text.strip_prefix(['-', '−']) {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let (mut mantissa, mut count, mut decimals, mut point) = (0u64, 0u32, 0i32, false);
    for c in digits.chars() {
        match c {
            '0'..='9' if count < 15 => {
                mantissa = mantissa * 10 + u64::from(c as u8 - b'0');
                count += 1;
                decimals += i32::from(point);
            }
            '.' | ',' if !point => point = true,
            _ => return None,
        }
    }
    if count == 0 {
        return None;
    }
    let value = mantissa as f64 / 10f64.powi(decimals);
    Some(if negative { -value } else { value })
}

/// A score cell as `parse_score_cell` reads it back: `7`, `7.5`,
/// `7 (6-8)`, in the shortest form that holds six decimals.
pub fn format_score_cell(value: f64, range: Option<[f64; 2]>) -> String {
    match range {
        Some([low, high]) => format!("{} ({}-{})", fixed(value, 6), fixed(low, 6), fixed(high, 6)),
        None => fixed(value, 6),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ScoreCellProblem::*;

    #[test]
    fn reads_every_notation() {
        assert_eq!(parse_score_cell("7"), Ok((7.0, None)));
        assert_eq!(parse_score_cell(" 7.5 "), Ok((7.5, None)));
        assert_eq!(parse_score_cell("7,5"), Ok((7.5, None)));
        assert_eq!(parse_score_cell("0.25"), Ok((0.25, None)));
        for cell in [
            "7 (6-8)",
            "7 [6–8]",
            "7 (6 – 8)",
            "7(6—8)",
            "7 [ 6 - 8 ]",
            "7 (8-6)",
        ] {
            assert_eq!(
                parse_score_cell(cell),
                Ok((7.0, Some([6.0, 8.0]))),
                "{cell}"
            );
        }
        assert_eq!(parse_score_cell("6,5 (5,5-7)"), Ok((6.5, Some([5.5, 7.0]))));
    }

    #[test]
    fn says_what_is_wrong() {
        // In words: tests/table_import.rs.
        let said = |cell: &str| parse_score_cell(cell).unwrap_err();
        assert_eq!(said("15"), Above(15.0));
        assert_eq!(said("-1"), Below(-1.0));
        assert_eq!(said("10.5"), Above(10.5));
        assert_eq!(said("seven"), NotAScore("seven".into()));
        assert_eq!(said("7 (8-9)"), RangeMissesScore { value: 7.0, range: [8.0, 9.0] });
        assert_eq!(said("7 (6-12)"), Above(12.0));
        assert_eq!(said("7 (-1-8)"), Below(-1.0));
        assert_eq!(said(""), NoScore);
        assert_eq!(parse_score_cell("  "), Err(NoScore));
        for cell in [
            "7 (6-8",
            "7 (6)",
            "7 (6-8) ok",
            "7.5.1",
            "1,2,3",
            "-",
            ".",
            "7/10",
            "1e3",
        ] {
            assert_eq!(
                parse_score_cell(cell),
                Err(NotAScore(cell.into())),
                "{cell}"
            );
        }
    }

    #[test]
    fn writes_what_it_reads() {
        assert_eq!(format_score_cell(7.0, None), "7");
        assert_eq!(format_score_cell(7.5, None), "7.5");
        assert_eq!(format_score_cell(7.0, Some([6.0, 8.5])), "7 (6-8.5)");
        for hundredths in 0..=1000u32 {
            let x = f64::from(hundredths) / 100.0;
            let low = f64::from(hundredths.saturating_sub(125)) / 100.0;
            let cell = format_score_cell(x, Some([low, 10.0]));
            assert_eq!(
                parse_score_cell(&cell),
                Ok((x, Some([low, 10.0]))),
                "{cell}"
            );
        }
    }
}
