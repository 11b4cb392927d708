//! The shipped dataset is valid, and every quote really is in its article.

use std::path::PathBuf;

use versus_core::{Dataset, DatasetError, BUILTIN_DATASET_JSON};

fn builtin() -> Dataset {
    match Dataset::from_json(BUILTIN_DATASET_JSON) {
        Ok(d) => d,
        Err(errors) => panic!(
            "data/dataset.json is invalid:\n{}",
            errors
                .iter()
                .map(|e| format!("  - {e}"))
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

/// `../shared/sources` beside the repository, or `VERSUS_SOURCES_DIR`.
fn sources_dir() -> PathBuf {
    std::env::var_os("VERSUS_SOURCES_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/sources"))
}

/// Quotes are typed with straight apostrophes and single spaces; the
/// articles use typographic ones and arbitrary line breaks.
fn normalise(text: &str) -> String {
    let straight: String = text
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            c => c,
        })
        .collect();
    straight.split_whitespace().collect::<Vec<_>>().join(" ")
}

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

#[test]
fn every_quote_appears_verbatim_in_its_source_file() {
    let d = builtin();
    let dir = sources_dir();
    assert!(
        dir.is_dir(),
        "sources not found at {} (set VERSUS_SOURCES_DIR)",
        dir.display()
    );
    let mut missing = Vec::new();
    for source in &d.sources {
        let path = dir.join(&source.file);
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{} is listed but unreadable: {e}", path.display()));
        let text = normalise(&text);
        for criterion in &d.criteria {
            for score in &criterion.scores {
                for citation in score.citations.iter().filter(|c| c.source == source.file) {
                    if !text.contains(&normalise(&citation.quote)) {
                        missing.push(format!(
                            "{}/{}: {:?}",
                            criterion.id, score.technology, citation.quote
                        ));
                    }
                }
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
fn the_known_false_claim_is_corrected_not_repeated() {
    let d = builtin();
    let json = BUILTIN_DATASET_JSON.to_lowercase();
    assert!(!json.contains("python was developed by google"));
    assert!(d
        .corrections
        .iter()
        .any(|c| c.correction.contains("Guido van Rossum")));
}

#[test]
fn validation_reports_each_kind_of_mistake() {
    let mut d = builtin();
    d.criteria[0].scores[0].value = 11.0;
    d.criteria[1].scores[1].citations.clear();
    d.criteria[2].scores[0].citations[0].source = "nope.txt".into();
    d.criteria[3].scores[0].range = Some([9.5, 10.0]);
    d.criteria[4].scores.pop();
    d.presets[0].weights.insert("not_a_criterion".into(), 3);
    let errors = d.validate().unwrap_err();
    let has = |pred: fn(&DatasetError) -> bool| errors.iter().any(pred);
    assert!(has(|e| matches!(e, DatasetError::ScoreOutOfRange { .. })));
    assert!(has(|e| matches!(e, DatasetError::NoCitation { .. })));
    assert!(has(|e| matches!(e, DatasetError::UnknownSource { .. })));
    assert!(has(|e| matches!(e, DatasetError::BadRange { .. })));
    assert!(has(|e| matches!(
        e,
        DatasetError::ContestedNoteMismatch { .. }
    )));
    assert!(has(|e| matches!(e, DatasetError::MissingScore { .. })));
    assert!(has(|e| matches!(
        e,
        DatasetError::UnknownPresetCriterion { .. }
    )));
    for e in &errors {
        assert!(!e.to_string().is_empty());
    }
}

#[test]
fn malformed_json_is_an_error_not_a_panic() {
    for text in ["", "{", "[]", "{\"title\": 3}", "null"] {
        assert!(
            matches!(Dataset::from_json(text), Err(e) if matches!(e[0], DatasetError::Parse(_)))
        );
    }
}
