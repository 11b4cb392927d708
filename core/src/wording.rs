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
