//! Words about a dataset as a whole: the line under its title and counts
//! in prose.

use crate::dataset::Dataset;
use crate::l10n::{msg, Arg, Words};

/// "five sources", "one source", "12 sources": small counts in words, as
/// English prose has them (each locale decides for itself).
pub fn source_count(words: &Words, n: usize) -> String {
    words.say(msg::SOURCE_COUNT, &[("count", Arg::count(n))])
}

/// How long ago something was saved, from its age in milliseconds: "just
/// now", "1 minute ago", "5 hours ago", "3 days ago" (whole units, rounded down).
pub fn age(words: &Words, ms: f64) -> String {
    let minutes = (ms.max(0.0) / 60_000.0) as u64;
    let (n, id) = match minutes {
        0 => return words.label(msg::AGE_JUST_NOW),
        1..60 => (minutes, msg::AGE_MINUTES),
        60..1440 => (minutes / 60, msg::AGE_HOURS),
        _ => (minutes / 1440, msg::AGE_DAYS),
    };
    words.say(id, &[("count", Arg::count(n as usize))])
}

/// A criterion's question: its own, or (a dataset that gives none) the
/// question Versus asks of every criterion, in the reader's language.
pub fn question(words: &Words, criterion: &crate::Criterion) -> String {
    let name = criterion.name.trim_matches(['\u{2068}', '\u{2069}']);
    if criterion.question == crate::dataset::default_question(name) {
        words.say(msg::CRITERION_DEFAULT_QUESTION, &[("name", Arg::text(&criterion.name))])
    } else {
        criterion.question.clone()
    }
}

/// The line under the title: the dataset's own description, or what the
/// reader does here and where the scores come from.
pub fn lede(words: &Words, dataset: &Dataset) -> String {
    if let Some(description) = &dataset.description {
        return description.clone();
    }
    let disagree = dataset.criteria.iter().any(|c| c.is_contested());
    words.say(
        msg::LEDE,
        &[
            ("disagree", Arg::text(if disagree { "yes" } else { "no" })),
            ("sources", Arg::text(&source_count(words, dataset.sources.len()))),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_are_whole_units() {
        let en = Words::english();
        assert_eq!(age(&en, -5.0), "just now");
        assert_eq!(age(&en, 59_999.0), "just now");
        assert_eq!(age(&en, 60_000.0), "1 minute ago");
        assert_eq!(age(&en, 59.0 * 60_000.0), "59 minutes ago");
        assert_eq!(age(&en, 3_600_000.0), "1 hour ago");
        assert_eq!(age(&en, 3.5 * 86_400_000.0), "3 days ago");
    }

    #[test]
    fn small_counts_are_words_and_the_lede_mentions_disagreement() {
        let en = Words::english();
        assert_eq!(source_count(&en, 1), "one source");
        assert_eq!(source_count(&en, 5), "five sources");
        assert_eq!(source_count(&en, 12), "12 sources");
        let d = Dataset::from_json(crate::BUILTIN_DATASET_JSON).unwrap();
        assert_eq!(
            lede(&en, &d),
            "Say how much each criterion matters to your project. The verdict is recomputed in your browser as you go, from five sources that do not always agree."
        );
    }
}
