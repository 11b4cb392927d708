//! What an author still has to write before the comparison is well
//! founded: a score without a citation, a range without the note saying
//! who claims what, a score without its reason. None of it stops the
//! widget from working (a pasted table previews at once); the authoring
//! page counts it, and the shipped dataset's test requires none is left.
//! The path says what is missing (`….rationale`, `….citations`,
//! `….contested`), so nothing else is kept.

use super::Dataset;

/// Every piece of work left, by path, in dataset order.
pub fn remaining(d: &Dataset) -> Vec<String> {
    let mut left = Vec::new();
    for (i, criterion) in d.criteria.iter().enumerate() {
        for (j, score) in criterion.scores.iter().enumerate() {
            let at = format!("criteria[{i}].scores[{j}]");
            if score.rationale.trim().is_empty() {
                left.push(format!("{at}.rationale"));
            }
            if score.citations.is_empty() {
                left.push(format!("{at}.citations"));
            }
            if score.range.is_some() && score.contested.is_none() {
                left.push(format!("{at}.contested"));
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
        let paths = remaining(&d);
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
