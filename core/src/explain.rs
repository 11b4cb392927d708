//! The verdict in plain words. Pure text so it is tested on the host and the
//! UI, the decision record and screen readers all say the same thing.

use crate::dataset::{Dataset, MAX_LEVEL};
use crate::flip::FlipPoint;
use crate::verdict::{Ranking, Verdict};

/// "3.2" for 3.24, "7" for 7.0: tenths are all the precision the scores have.
/// Integer formatting only, which keeps float printing out of the WASM.
pub fn tenths(x: f64) -> String {
    let t = (x * 10.0).round() as i64;
    let sign = if t < 0 { "-" } else { "" };
    let (whole, frac) = (t.abs() / 10, t.abs() % 10);
    if frac == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{frac}")
    }
}

pub fn level_words(level: u8) -> &'static str {
    match level {
        0 => "not a priority",
        1..=2 => "low priority",
        3..=4 => "some priority",
        5..=6 => "medium priority",
        7..=8 => "high priority",
        _ => "top priority",
    }
}

/// The slider's `aria-valuetext`: "8 of 10, high priority".
pub fn level_value_text(level: u8) -> String {
    format!("{level} of {MAX_LEVEL}, {}", level_words(level))
}

fn name(dataset: &Dataset, technology: usize) -> &str {
    dataset
        .technologies
        .get(technology)
        .map_or("?", |t| t.name.as_str())
}

/// The one-line answer: "Python wins by 1.4 points".
pub fn headline(dataset: &Dataset, verdict: &Verdict) -> String {
    match verdict {
        Verdict::NoPriorities => "No priorities set".to_string(),
        Verdict::Ranked(r) if r.too_close => "Too close to call".to_string(),
        Verdict::Ranked(r) => {
            let points = if tenths(r.margin) == "1" {
                "point"
            } else {
                "points"
            };
            format!(
                "{} wins by {} {points}",
                name(dataset, r.leader),
                tenths(r.margin)
            )
        }
    }
}

/// A sentence that puts the headline in context.
pub fn detail(dataset: &Dataset, verdict: &Verdict) -> String {
    match verdict {
        Verdict::NoPriorities => {
            "Every priority is at 0. Raise at least one slider to get a verdict.".to_string()
        }
        Verdict::Ranked(r) => {
            let scores = r
                .totals
                .iter()
                .enumerate()
                .map(|(t, s)| format!("{} {}", name(dataset, t), tenths(*s)))
                .collect::<Vec<_>>()
                .join(", ");
            format!(
                "Weighted scores out of {MAX_LEVEL}: {scores}. {}",
                robustness_sentence(dataset, r)
            )
        }
    }
}

/// Whether the answer survives the disagreements between sources.
pub fn robustness_sentence(dataset: &Dataset, r: &Ranking) -> String {
    let leader = name(dataset, r.leader);
    if r.too_close {
        format!(
            "The gap is under {} points, inside what the sources' disagreements can move.",
            tenths(crate::verdict::TIE_BAND)
        )
    } else if r.robustness.holds {
        format!(
            "{leader} still wins where the sources disagree, at their least favourable reading."
        )
    } else {
        format!(
            "Not settled: at the least favourable reading of the contested claims the margin becomes {}.",
            tenths(r.robustness.worst_margin)
        )
    }
}

/// "Python wins above 7" for the flip point nearest the current weight, or
/// `None` when no weight of this criterion changes the leader.
pub fn flip_sentence(dataset: &Dataset, flips: &[FlipPoint], current: f64) -> Option<String> {
    let nearest = flips.iter().min_by(|a, b| {
        (a.weight - current)
            .abs()
            .total_cmp(&(b.weight - current).abs())
    })?;
    Some(if current < nearest.weight {
        format!(
            "{} wins above {}",
            name(dataset, nearest.above),
            tenths(nearest.weight)
        )
    } else {
        format!(
            "{} wins below {}",
            name(dataset, nearest.below),
            tenths(nearest.weight)
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tenths_rounds_and_drops_a_zero_fraction() {
        assert_eq!(tenths(3.24), "3.2");
        assert_eq!(tenths(3.25), "3.3");
        assert_eq!(tenths(7.0), "7");
        assert_eq!(tenths(0.04), "0");
        assert_eq!(tenths(-1.46), "-1.5");
    }

    #[test]
    fn level_words_cover_the_whole_scale() {
        assert_eq!(level_value_text(8), "8 of 10, high priority");
        assert_eq!(level_value_text(0), "0 of 10, not a priority");
        assert_eq!(level_words(10), "top priority");
    }
}
