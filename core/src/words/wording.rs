//! Words about a dataset as a whole: the line under its title and counts
//! in prose.

use crate::dataset::Dataset;

/// "five sources", "one source", "12 sources": small counts in words, as prose has them.
pub fn count_of(n: usize, noun: &str) -> String {
    const WORDS: [&str; 10] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    let number = WORDS
        .get(n)
        .map_or_else(|| n.to_string(), |w| w.to_string());
    let plural = if n == 1 { "" } else { "s" };
    format!("{number} {noun}{plural}")
}

/// How long ago something was saved, from its age in milliseconds: "just
/// now", "1 minute ago", "5 hours ago", "3 days ago" (whole units, rounded down).
pub fn age(ms: f64) -> String {
    let minutes = (ms.max(0.0) / 60_000.0) as u64;
    let (n, unit) = match minutes {
        0 => return "just now".to_string(),
        1..60 => (minutes, "minute"),
        60..1440 => (minutes / 60, "hour"),
        _ => (minutes / 1440, "day"),
    };
    let plural = if n == 1 { "" } else { "s" };
    format!("{n} {unit}{plural} ago")
}

/// The line under the title: the dataset's own description, or what the
/// reader does here and where the scores come from.
pub fn lede(dataset: &Dataset) -> String {
    if let Some(description) = &dataset.description {
        return description.clone();
    }
    let disagree = if dataset.criteria.iter().any(|c| c.is_contested()) {
        " that do not always agree"
    } else {
        ""
    };
    format!(
        "Say how much each criterion matters to your project. The verdict is recomputed in your browser as you go, from {}{disagree}.",
        count_of(dataset.sources.len(), "source")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_are_whole_units() {
        assert_eq!(age(-5.0), "just now");
        assert_eq!(age(59_999.0), "just now");
        assert_eq!(age(60_000.0), "1 minute ago");
        assert_eq!(age(59.0 * 60_000.0), "59 minutes ago");
        assert_eq!(age(3_600_000.0), "1 hour ago");
        assert_eq!(age(3.5 * 86_400_000.0), "3 days ago");
    }

    #[test]
    fn small_counts_are_words_and_the_lede_mentions_disagreement() {
        assert_eq!(count_of(1, "source"), "one source");
        assert_eq!(count_of(5, "source"), "five sources");
        assert_eq!(count_of(12, "source"), "12 sources");
        let d = Dataset::from_json(crate::BUILTIN_DATASET_JSON).unwrap();
        assert_eq!(
            lede(&d),
            "Say how much each criterion matters to your project. The verdict is recomputed in your browser as you go, from five sources that do not always agree."
        );
    }
}
