//! What an author still has to write before the comparison is well
//! founded: a score without a citation, a range without the note saying
//! who claims what, a score without its reason. None of it stops the
//! widget from working (a pasted table previews at once); the authoring
//! page lists it, and the shipped dataset's test requires none is left.

use super::{Dataset, Problem};

/// Every piece of work left, by path, in dataset order.
pub fn remaining(d: &Dataset) -> Vec<Problem> {
    let mut left = Vec::new();
    for (i, criterion) in d.criteria.iter().enumerate() {
        for (j, score) in criterion.scores.iter().enumerate() {
            let at = format!("criteria[{i}].scores[{j}]");
            if score.rationale.trim().is_empty() {
                left.push(Problem::new(
                    format!("{at}.rationale"),
                    "no reason given yet",
                ));
            }
            if score.citations.is_empty() {
                left.push(Problem::new(
                    format!("{at}.citations"),
                    "cites no source yet",
                ));
            }
            if score.range.is_some() && score.contested.is_none() {
                left.push(Problem::new(
                    format!("{at}.contested"),
                    "has a range but no note saying who claims what",
                ));
            }
        }
    }
    left
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Citation, Criterion, Score, Technology};

    fn score(rationale: &str, cited: bool, range: Option<[f64; 2]>) -> Score {
        Score {
            technology: "a".into(),
            value: 5.0,
            range,
            rationale: rationale.into(),
            citations: if cited {
                vec![Citation {
                    source: "s".into(),
                    quote: "q".into(),
                    correction: None,
                    caveat: None,
                }]
            } else {
                Vec::new()
            },
            contested: None,
        }
    }

    #[test]
    fn lists_each_missing_reason_citation_and_note_by_path() {
        let d = Dataset {
            title: "t".into(),
            description: None,
            language: None,
            technologies: vec![Technology {
                id: "a".into(),
                name: "A".into(),
            }],
            sources: Vec::new(),
            default_weight: 5,
            criteria: vec![Criterion {
                id: "c".into(),
                name: "C".into(),
                question: "Q?".into(),
                measures: String::new(),
                scores: vec![
                    score("Because.", true, None),
                    score(" ", false, Some([4.0, 6.0])),
                ],
            }],
            presets: Vec::new(),
            corrections: Vec::new(),
        };
        let paths: Vec<_> = remaining(&d).into_iter().map(|p| p.path).collect();
        assert_eq!(
            paths,
            [
                "criteria[0].scores[1].rationale",
                "criteria[0].scores[1].citations",
                "criteria[0].scores[1].contested"
            ]
        );
    }
}
