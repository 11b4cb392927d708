//! The decision as a short architecture decision record in Markdown.

use crate::dataset::Dataset;
use crate::explain::{detail, headline, level_words, reason, Reading};
use crate::verdict::Verdict;

/// How many priorities and reasons the record lists.
const LISTED: usize = 5;

/// `date` is passed in (the core has no clock), e.g. "2026-11-22".
pub fn decision_record(
    dataset: &Dataset,
    levels: &[u8],
    verdict: &Verdict,
    date: &str,
    link: &str,
) -> String {
    let names: Vec<&str> = dataset
        .technologies
        .iter()
        .map(|t| t.name.as_str())
        .collect();
    let mut out = format!(
        "# Decision record: {} for our backend\n\n",
        names.join(" or ")
    );
    out += &format!("- Date: {date}\n- Status: proposed\n- Made with: Versus ({link})\n\n");

    out += "## Context\n\nWe weighed each criterion from 0 (irrelevant) to 10 (decisive). Our top priorities:\n\n";
    let mut ranked: Vec<usize> = (0..levels.len()).filter(|&c| levels[c] > 0).collect();
    ranked.sort_by_key(|&c| std::cmp::Reverse(levels[c]));
    if ranked.is_empty() {
        out += "- none: every weight is 0\n";
    }
    for &c in ranked.iter().take(LISTED) {
        out += &format!(
            "- {}: {}/10 ({})\n",
            dataset.criteria[c].name,
            levels[c],
            level_words(levels[c])
        );
    }

    let reading = Reading::of(dataset, levels);
    out += "\n## Decision\n\n";
    out += &format!(
        "{}. {}\n",
        headline(dataset, verdict, reading),
        detail(dataset, verdict, reading)
    );

    if let Verdict::Ranked(r) = verdict {
        out += "\n## Reasons\n\n";
        for c in r.strongest_reasons().iter().take(LISTED) {
            out += &format!(
                "- {}\n",
                reason(dataset, r, c, levels[c.criterion], reading)
            );
        }
    }

    out += "\n## Caveats\n\n";
    let contested: Vec<usize> = ranked
        .iter()
        .copied()
        .filter(|&c| dataset.criteria[c].is_contested())
        .collect();
    if contested.is_empty() {
        out += "- None of our weighted criteria rests on claims the sources dispute.\n";
    }
    for c in contested {
        let criterion = &dataset.criteria[c];
        for score in criterion.scores.iter().filter(|s| s.contested.is_some()) {
            let tech = dataset
                .technologies
                .iter()
                .find(|t| t.id == score.technology)
                .map_or("?", |t| &t.name);
            out += &format!(
                "- {} ({tech}, weight {}): {}\n",
                criterion.name,
                levels[c],
                score.contested.as_deref().unwrap_or_default()
            );
        }
    }

    out += "\n## Sources\n\n";
    for s in &dataset.sources {
        out += &match &s.url {
            Some(url) => format!("- {}, “{}” ({}, {url})\n", s.publisher, s.title, s.id),
            None => format!("- {}, “{}” ({})\n", s.publisher, s.title, s.id),
        };
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{evaluate, ScoreMatrix, Weights, BUILTIN_DATASET_JSON};

    #[test]
    fn the_record_carries_verdict_priorities_reasons_caveats_and_sources() {
        let d = Dataset::from_json(BUILTIN_DATASET_JSON).unwrap();
        let m = ScoreMatrix::from_dataset(&d).unwrap();
        let levels = d.preset_levels(d.preset("ml").unwrap());
        let v = evaluate(&m, &Weights::from_levels(&levels));
        let md = decision_record(
            &d,
            &levels,
            &v,
            "2026-11-22",
            "https://example.test/#v1&preset=ml",
        );
        assert!(md.starts_with("# Decision record: Node.js or Python for our backend"));
        assert!(md.contains("- Date: 2026-11-22"));
        assert!(md.contains("- AI & machine learning: 10/10 (top priority)"));
        assert!(md.contains(&format!("{}.", headline(&d, &v, Reading::Reader))));
        assert!(md.contains("## Reasons\n\n- Python is stronger on AI & machine learning"));
        assert!(md.contains("Heavy computation (Python, weight 6)"), "{md}");
        for s in &d.sources {
            assert!(md.contains(&s.id));
        }
    }

    #[test]
    fn no_priorities_is_recorded_as_such() {
        let d = Dataset::from_json(BUILTIN_DATASET_JSON).unwrap();
        let m = ScoreMatrix::from_dataset(&d).unwrap();
        let levels = vec![0; d.criteria.len()];
        let md = decision_record(
            &d,
            &levels,
            &evaluate(&m, &Weights::from_levels(&levels)),
            "d",
            "l",
        );
        assert!(md.contains("- none: every weight is 0"));
        assert!(md.contains("No priorities set."));
        assert!(!md.contains("## Reasons"));
    }
}
