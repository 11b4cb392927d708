//! The shipped dataset's citations say what they are cited for: no quote
//! counted twice in one score, no corrected claim cited without its
//! correction, no undated figure without a caveat, no gap without support.

mod support;

use support::{all_citations, builtin, normalise, paragraph_of, paragraphs};
use versus_core::Citation;

/// One quote contains the other, once normalised.
fn same_quote(a: &Citation, b: &Citation) -> bool {
    let (qa, qb) = (
        normalise(&a.quote).to_lowercase(),
        normalise(&b.quote).to_lowercase(),
    );
    a.source == b.source && (qa.contains(&qb) || qb.contains(&qa))
}

#[test]
fn no_score_cites_one_quote_twice() {
    let d = builtin();
    let scores = d.criteria.iter().flat_map(|c| {
        c.scores
            .iter()
            .map(move |s| (format!("{} / {}", c.id, s.technology), &s.citations))
    });
    let presets = d.presets.iter().filter_map(|p| {
        p.recommended
            .as_ref()
            .map(|r| (format!("preset {}", p.id), &r.citations))
    });
    let mut twice = Vec::new();
    for (place, citations) in scores.chain(presets) {
        for (i, a) in citations.iter().enumerate() {
            for b in &citations[i + 1..] {
                if same_quote(a, b) {
                    twice.push(format!("{place}: {:?} / {:?}", a.quote, b.quote));
                }
            }
        }
    }
    assert!(
        twice.is_empty(),
        "one quote cited twice:\n{}",
        twice.join("\n")
    );
}

/// A quote cut from the paragraph that makes a corrected claim leans on
/// that claim (a reason, a premise) even when it leaves its words out.
/// Presets are readings, not evidence, so only criteria count.
#[test]
fn every_quote_beside_a_corrected_claim_links_to_its_correction() {
    let d = builtin();
    let paragraphs = paragraphs(&d);
    let mut unlinked = Vec::new();
    for (place, citation) in all_citations(&d) {
        if place.starts_with("preset ") {
            continue;
        }
        let Some(at) = paragraph_of(&paragraphs, &citation.source, &citation.quote) else {
            continue;
        };
        for x in d
            .corrections
            .iter()
            .filter(|x| x.sources.contains(&citation.source))
        {
            let beside = x
                .claims
                .iter()
                .any(|claim| paragraph_of(&paragraphs, &citation.source, claim) == Some(at));
            if beside && citation.correction.as_deref() != Some(x.id.as_str()) {
                unlinked.push(format!(
                    "{place}: {:?} stands beside the claim `{}` corrects",
                    citation.quote, x.id
                ));
            }
        }
    }
    assert!(
        unlinked.is_empty(),
        "quotes beside a corrected claim without its correction:\n{}",
        unlinked.join("\n")
    );
}

/// A four-digit number from 1900 to 2099 standing alone.
fn is_year(word: &str) -> bool {
    word.len() == 4
        && word.chars().all(|c| c.is_ascii_digit())
        && (word.starts_with("19") || word.starts_with("20"))
}

/// The quote gives a figure (a word that starts with a digit, such as
/// `2.1`, `$18-$38` or `48.7%`, and is not a year) and no year.
fn has_undated_figure(quote: &str) -> bool {
    let numbers: Vec<&str> = quote
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    numbers.iter().any(|w| !is_year(w)) && !numbers.iter().any(|w| is_year(w))
}

#[test]
fn every_undated_figure_carries_a_caveat() {
    assert!(has_undated_figure("more than 2.1 million packages"));
    assert!(has_undated_figure("$18-$38."));
    assert!(!has_undated_figure(
        "as of 2023 Node.js is the most used with 42.65%"
    ));
    assert!(!has_undated_figure("Built on the V8 engine"));
    let d = builtin();
    let bare: Vec<String> = all_citations(&d)
        .into_iter()
        .filter(|(_, c)| has_undated_figure(&c.quote) && c.caveat.is_none())
        .map(|(place, c)| format!("{place}: {:?}", c.quote))
        .collect();
    assert!(
        bare.is_empty(),
        "figures without a date or a caveat:\n{}",
        bare.join("\n")
    );
}

/// Words with which an article compares the two, or ranks one: a quote
/// that has none (and is not a row of a comparison table) only says what
/// one technology does.
const COMPARING: &[&str] = &[
    "than", "better", "less", "lags", "slower", "faster", "limited", "winner", "behind", "harder",
    "easier", "steeper", "niche",
];

fn compares(citation: &Citation) -> bool {
    let quote = citation.quote.to_lowercase();
    quote.contains(" | ")
        || quote
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| COMPARING.contains(&w))
}

/// A gap of two points or more rests on an article that compares the two;
/// where none does (each article only praises one side), the trailing
/// score is a judgement and carries a range.
#[test]
fn a_gap_no_citation_supports_carries_a_range() {
    let d = builtin();
    let mut unsupported = Vec::new();
    for c in &d.criteria {
        let top = c.scores.iter().map(|s| s.value).fold(f64::MIN, f64::max);
        let supported = c.scores.iter().flat_map(|s| &s.citations).any(compares);
        for s in &c.scores {
            if top - s.value >= 2.0 && !supported && s.range.is_none() {
                unsupported.push(format!(
                    "{} / {}: {} against {top}, and no citation compares the two",
                    c.id, s.technology, s.value
                ));
            }
        }
    }
    assert!(
        unsupported.is_empty(),
        "gaps no citation supports, without a range:\n{}",
        unsupported.join("\n")
    );
}
