//! The shipped dataset is valid, and every quote really is in its article.

mod support;

use std::path::PathBuf;

use support::{
    all_citations, builtin, normalise, paragraph_of, paragraphs, read_source, sources_dir,
};
use versus_core::{evaluate, Citation, ScoreMatrix, Verdict, Weights};

#[test]
fn builtin_dataset_is_valid_and_big_enough() {
    let d = builtin();
    assert_eq!(
        d.technologies
            .iter()
            .map(|t| t.name.as_str())
            .collect::<Vec<_>>(),
        ["Node.js", "Python"]
    );
    assert!(d.criteria.len() >= 16, "only {} criteria", d.criteria.len());
    assert!(d.presets.len() >= 8, "only {} presets", d.presets.len());
    assert!(d.criteria.iter().filter(|c| c.is_contested()).count() >= 5);
    assert!(!d.corrections.is_empty());
}

/// A longer quote is a paraphrase risk: the shipped dataset quotes short
/// passages (authors' datasets may quote more, see `MAX_QUOTE_WORDS_ANY`).
const MAX_QUOTE_WORDS: usize = 25;

#[test]
fn every_quote_is_short() {
    let d = builtin();
    for (place, citation) in all_citations(&d) {
        let words = citation.quote.split_whitespace().count();
        assert!(
            words <= MAX_QUOTE_WORDS,
            "{place}: a quote of {words} words"
        );
    }
}

#[test]
fn every_quote_appears_verbatim_in_its_source_file() {
    let d = builtin();
    assert!(
        sources_dir().is_dir(),
        "sources not found at {} (set VERSUS_SOURCES_DIR)",
        sources_dir().display()
    );
    let mut missing = Vec::new();
    for source in &d.sources {
        let text = normalise(&read_source(&source.id));
        for (place, citation) in all_citations(&d) {
            if citation.source == source.id && !text.contains(&normalise(&citation.quote)) {
                missing.push(format!("{place}: {:?}", citation.quote));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "quotes not found in their sources:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_source_title_appears_in_its_article() {
    let d = builtin();
    for source in &d.sources {
        let text = normalise(&read_source(&source.id)).to_lowercase();
        assert!(
            text.contains(&normalise(&source.title).to_lowercase()),
            "{}: the title {:?} is not in the article",
            source.id,
            source.title
        );
    }
}

#[test]
fn one_passage_backs_at_most_one_criterion() {
    let d = builtin();
    let paragraphs = paragraphs(&d);
    // Presets are readings of the criteria, not evidence, so only criteria count.
    let cited: Vec<(String, &Citation)> = all_citations(&d)
        .into_iter()
        .filter(|(place, _)| !place.starts_with("preset "))
        .collect();
    let mut clashes = Vec::new();
    for (i, (place_a, a)) in cited.iter().enumerate() {
        for (place_b, b) in &cited[i + 1..] {
            if place_a == place_b || a.source != b.source {
                continue;
            }
            let (qa, qb) = (
                normalise(&a.quote).to_lowercase(),
                normalise(&b.quote).to_lowercase(),
            );
            let same_text = qa.contains(&qb) || qb.contains(&qa);
            let same_passage = paragraph_of(&paragraphs, &a.source, &a.quote)
                .is_some_and(|p| Some(p) == paragraph_of(&paragraphs, &b.source, &b.quote));
            if same_text || same_passage {
                clashes.push(format!(
                    "{place_a} and {place_b} both rest on one passage of {}: {:?} / {:?}",
                    a.source, a.quote, b.quote
                ));
            }
        }
    }
    assert!(clashes.is_empty(), "counted twice:\n{}", clashes.join("\n"));
}

/// One sentence: it ends with a full stop and has no other sentence end.
fn is_one_sentence(text: &str) -> bool {
    let text = text.trim();
    text.ends_with('.') && !text[..text.len() - 1].contains(". ") && !text.contains("? ")
}

#[test]
fn every_criterion_says_the_one_distinct_thing_it_measures() {
    let d = builtin();
    let readme_path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../README.md");
    let readme = std::fs::read_to_string(&readme_path).expect("README.md is readable");
    let mut seen = std::collections::BTreeSet::new();
    for c in &d.criteria {
        assert!(
            is_one_sentence(&c.measures),
            "{}: `measures` must be one sentence: {:?}",
            c.id,
            c.measures
        );
        assert!(
            seen.insert(normalise(&c.measures).to_lowercase()),
            "{}: measures the same as another criterion",
            c.id
        );
        let row = format!("| {} | {} |", c.name, c.measures);
        assert!(
            readme.contains(&row),
            "README's criteria table lacks the row {row}"
        );
    }
}

#[test]
fn every_citation_of_a_corrected_claim_links_to_its_correction() {
    let d = builtin();
    for x in &d.corrections {
        let texts: Vec<String> = x
            .sources
            .iter()
            .map(|f| normalise(&read_source(f)).to_lowercase())
            .collect();
        for claim in &x.claims {
            let claim = normalise(claim).to_lowercase();
            assert!(
                texts.iter().any(|t| t.contains(&claim)),
                "correction {}: the claim {claim:?} is not in {:?}",
                x.id,
                x.sources
            );
        }
    }
    let mut unlinked = Vec::new();
    for (place, citation) in all_citations(&d) {
        let quote = normalise(&citation.quote).to_lowercase();
        for x in &d.corrections {
            let repeats = x.claims.iter().any(|claim| {
                let claim = normalise(claim).to_lowercase();
                quote.contains(&claim) || claim.contains(&quote)
            });
            if repeats && citation.correction.as_deref() != Some(x.id.as_str()) {
                unlinked.push(format!("{place}: {:?} repeats `{}`", citation.quote, x.id));
            }
        }
    }
    assert!(
        unlinked.is_empty(),
        "corrected claims cited without their correction:\n{}",
        unlinked.join("\n")
    );
}

#[test]
fn each_preset_agrees_with_what_the_articles_recommend() {
    let d = builtin();
    let matrix = ScoreMatrix::from_dataset(&d).unwrap();
    for preset in &d.presets {
        let recommended = preset.recommended.as_ref().unwrap_or_else(|| {
            panic!(
                "preset {} says nothing of what the articles recommend",
                preset.id
            )
        });
        let Some(technology) = &recommended.technology else {
            continue;
        };
        let Verdict::Ranked(r) = evaluate(&matrix, &Weights::from_levels(&d.preset_levels(preset)))
        else {
            panic!("preset {} sets no weight", preset.id);
        };
        assert_eq!(
            (&d.technologies[r.leader].id, r.too_close),
            (technology, false),
            "preset {}: the articles recommend {technology}",
            preset.id
        );
    }
}

#[test]
fn the_known_false_claim_is_corrected_not_repeated() {
    let d = builtin();
    let repeated = d.criteria.iter().flat_map(|c| &c.scores).any(|s| {
        s.rationale.contains("developed by Google")
            || s.citations
                .iter()
                .any(|q| q.quote.contains("developed by Google"))
    });
    assert!(!repeated, "a score repeats that Google developed Python");
    assert!(d
        .corrections
        .iter()
        .any(|c| c.correction.contains("Guido van Rossum")));
}

#[test]
fn the_shipped_comparison_leaves_nothing_to_write() {
    // An author's file may preview with scores still uncited; the shipped
    // evidence base may not.
    let left = versus_core::dataset::remaining(&builtin());
    let left: Vec<_> = left
        .iter()
        .filter(|path| !path.ends_with(".rationale"))
        .cloned()
        .collect();
    assert!(left.is_empty(), "still to write:\n{}", left.join("\n"));
}
