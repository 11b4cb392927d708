//! What the dataset tests share: the shipped dataset, its articles, and
//! every citation with where it stands.
#![allow(dead_code)]

use std::path::PathBuf;

use versus_core::{Citation, Dataset, BUILTIN_DATASET_JSON};

pub fn builtin() -> Dataset {
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
pub fn sources_dir() -> PathBuf {
    std::env::var_os("VERSUS_SOURCES_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/sources"))
}

/// Quotes are typed with straight apostrophes and single spaces; the
/// articles use typographic ones and arbitrary line breaks.
pub fn normalise(text: &str) -> String {
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

pub fn read_source(file: &str) -> String {
    let path = sources_dir().join(file);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{} is listed but unreadable: {e}", path.display()))
}

/// Every citation with where it stands: a criterion id, or `preset <id>`
/// for the citations behind a preset's recommendation.
pub fn all_citations(d: &Dataset) -> Vec<(String, &Citation)> {
    let criteria = d.criteria.iter().flat_map(|c| {
        c.scores
            .iter()
            .flat_map(move |s| s.citations.iter().map(move |q| (c.id.clone(), q)))
    });
    let presets = d.presets.iter().flat_map(|p| {
        p.recommended.iter().flat_map(move |r| {
            r.citations
                .iter()
                .map(move |q| (format!("preset {}", p.id), q))
        })
    });
    criteria.chain(presets).collect()
}

/// Each article's paragraphs (lines), normalised and in lower case.
pub fn paragraphs(d: &Dataset) -> Vec<(String, Vec<String>)> {
    d.sources
        .iter()
        .map(|s| {
            let lines = read_source(&s.id)
                .lines()
                .map(|l| normalise(l).to_lowercase())
                .collect();
            (s.id.clone(), lines)
        })
        .collect()
}

/// The paragraph (line) of `file` that holds `quote`, if any.
pub fn paragraph_of(
    paragraphs: &[(String, Vec<String>)],
    file: &str,
    quote: &str,
) -> Option<usize> {
    let quote = normalise(quote).to_lowercase();
    paragraphs
        .iter()
        .find(|(f, _)| f == file)?
        .1
        .iter()
        .position(|p| p.contains(&quote))
}
