//! A compact text form of a dataset, for compiling it into the app.
//!
//! `build.rs` reads the JSON (with the `json` feature), validates it and
//! writes it in this form as one string constant; the app decodes that at
//! start-up with the small loop below. That keeps a JSON parser, and the
//! per-field construction code a Rust literal would need, out of the WASM.
//!
//! Records are separated by U+001E and fields by U+001F (control characters
//! that the encoder refuses to find in any text). Scores are stored in
//! tenths as integers, so no float parser is needed either.

use std::collections::BTreeMap;

use crate::dataset::{
    Citation, Correction, Criterion, Dataset, Preset, Recommendation, Score, Source, Technology,
};

const RECORD: char = '\u{1e}';
const FIELD: char = '\u{1f}';

/// `None` if a text contains a separator or a score is not a whole number of
/// tenths in 0..=6553.5: the dataset cannot be written compactly.
pub fn encode(d: &Dataset) -> Option<String> {
    let mut records: Vec<Vec<String>> = vec![vec![
        "H".into(),
        d.title.clone(),
        d.default_weight.to_string(),
    ]];
    for t in &d.technologies {
        records.push(vec!["T".into(), t.id.clone(), t.name.clone()]);
    }
    for s in &d.sources {
        records.push(vec![
            "S".into(),
            s.file.clone(),
            s.title.clone(),
            s.publisher.clone(),
        ]);
    }
    for c in &d.criteria {
        records.push(vec![
            "C".into(),
            c.id.clone(),
            c.name.clone(),
            c.question.clone(),
            c.measures.clone(),
        ]);
        for s in &c.scores {
            let (low, high) = match s.range {
                Some([l, h]) => (tenths(l)?, tenths(h)?),
                None => (String::new(), String::new()),
            };
            records.push(vec![
                "R".into(),
                s.technology.clone(),
                tenths(s.value)?,
                low,
                high,
                s.rationale.clone(),
                s.contested.clone().unwrap_or_default(),
                flag(s.contested.is_some()),
            ]);
            records.extend(s.citations.iter().map(|q| citation_record("Q", q)));
        }
    }
    for p in &d.presets {
        let weights: Vec<String> = p.weights.iter().map(|(k, v)| format!("{k}={v}")).collect();
        records.push(vec![
            "P".into(),
            p.id.clone(),
            p.name.clone(),
            p.description.clone(),
            weights.join(","),
            flag(p.recommended.is_some()),
            p.recommended
                .as_ref()
                .and_then(|r| r.technology.clone())
                .unwrap_or_default(),
        ]);
        if let Some(r) = &p.recommended {
            records.extend(r.citations.iter().map(|q| citation_record("PQ", q)));
        }
    }
    for x in &d.corrections {
        let mut record = vec![
            "X".into(),
            x.id.clone(),
            x.topic.clone(),
            x.correction.clone(),
            x.sources.join(","),
        ];
        record.extend(x.claims.iter().cloned());
        records.push(record);
    }
    let clean = records
        .iter()
        .flatten()
        .all(|f| !f.contains([RECORD, FIELD]));
    clean.then(|| {
        records
            .iter()
            .map(|r| r.join(&FIELD.to_string()))
            .collect::<Vec<_>>()
            .join(&RECORD.to_string())
    })
}

/// Optional texts are written empty when absent: validation refuses an
/// empty correction id, caveat or recommended technology, so none is lost.
fn citation_record(kind: &str, q: &Citation) -> Vec<String> {
    vec![
        kind.into(),
        q.source.clone(),
        q.quote.clone(),
        q.correction.clone().unwrap_or_default(),
        q.caveat.clone().unwrap_or_default(),
    ]
}

fn non_empty(field: &str) -> Option<String> {
    (!field.is_empty()).then(|| field.to_string())
}

fn flag(on: bool) -> String {
    if on { "1" } else { "0" }.into()
}

fn tenths(x: f64) -> Option<String> {
    let t = (x * 10.0).round();
    ((t / 10.0 - x).abs() < 1e-9 && (0.0..=65535.0).contains(&t)).then(|| (t as u16).to_string())
}

fn from_tenths(field: &str) -> Option<f64> {
    field.parse::<u16>().ok().map(|t| f64::from(t) / 10.0)
}

/// The inverse of `encode`; `None` on anything it did not write.
pub fn decode(text: &str) -> Option<Dataset> {
    let mut d = Dataset {
        title: String::new(),
        technologies: Vec::new(),
        sources: Vec::new(),
        default_weight: 0,
        criteria: Vec::new(),
        presets: Vec::new(),
        corrections: Vec::new(),
    };
    for record in text.split(RECORD) {
        let f: Vec<&str> = record.split(FIELD).collect();
        match f.as_slice() {
            ["H", title, weight] => {
                d.title = title.to_string();
                d.default_weight = weight.parse().ok()?;
            }
            ["T", id, name] => d.technologies.push(Technology {
                id: id.to_string(),
                name: name.to_string(),
            }),
            ["S", file, title, publisher] => d.sources.push(Source {
                file: file.to_string(),
                title: title.to_string(),
                publisher: publisher.to_string(),
            }),
            ["C", id, name, question, measures] => d.criteria.push(Criterion {
                id: id.to_string(),
                name: name.to_string(),
                question: question.to_string(),
                measures: measures.to_string(),
                scores: Vec::new(),
            }),
            ["R", tech, value, low, high, rationale, contested, has_note] => {
                let range = if low.is_empty() {
                    None
                } else {
                    Some([from_tenths(low)?, from_tenths(high)?])
                };
                d.criteria.last_mut()?.scores.push(Score {
                    technology: tech.to_string(),
                    value: from_tenths(value)?,
                    range,
                    rationale: rationale.to_string(),
                    citations: Vec::new(),
                    contested: (*has_note == "1").then(|| contested.to_string()),
                });
            }
            ["Q", source, quote, correction, caveat] => d
                .criteria
                .last_mut()?
                .scores
                .last_mut()?
                .citations
                .push(citation(source, quote, correction, caveat)),
            ["PQ", source, quote, correction, caveat] => d
                .presets
                .last_mut()?
                .recommended
                .as_mut()?
                .citations
                .push(citation(source, quote, correction, caveat)),
            ["P", id, name, description, weights, has_recommendation, technology] => {
                let mut map = BTreeMap::new();
                for pair in weights.split(',').filter(|p| !p.is_empty()) {
                    let (k, v) = pair.split_once('=')?;
                    map.insert(k.to_string(), v.parse().ok()?);
                }
                d.presets.push(Preset {
                    id: id.to_string(),
                    name: name.to_string(),
                    description: description.to_string(),
                    weights: map,
                    recommended: (*has_recommendation == "1").then(|| Recommendation {
                        technology: non_empty(technology),
                        citations: Vec::new(),
                    }),
                });
            }
            ["X", id, topic, correction, sources, claims @ ..] => d.corrections.push(Correction {
                id: id.to_string(),
                sources: sources.split(',').map(str::to_string).collect(),
                topic: topic.to_string(),
                claims: claims.iter().map(|c| c.to_string()).collect(),
                correction: correction.to_string(),
            }),
            _ => return None,
        }
    }
    Some(d)
}

fn citation(source: &str, quote: &str, correction: &str, caveat: &str) -> Citation {
    Citation {
        source: source.to_string(),
        quote: quote.to_string(),
        correction: non_empty(correction),
        caveat: non_empty(caveat),
    }
}

#[cfg(all(test, feature = "json"))]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_dataset_round_trips() {
        let d = Dataset::from_json(crate::BUILTIN_DATASET_JSON).unwrap();
        let text = encode(&d).expect("encodable");
        assert_eq!(decode(&text), Some(d));
    }

    #[test]
    fn texts_with_separators_and_non_tenth_scores_are_refused() {
        let mut d = Dataset::from_json(crate::BUILTIN_DATASET_JSON).unwrap();
        d.title.push(FIELD);
        assert_eq!(encode(&d), None);
        let mut d = Dataset::from_json(crate::BUILTIN_DATASET_JSON).unwrap();
        d.criteria[0].scores[0].value = 3.25;
        assert_eq!(encode(&d), None);
    }

    #[test]
    fn garbage_does_not_decode() {
        assert_eq!(decode("Z\u{1f}what"), None);
        assert_eq!(
            decode("R\u{1f}node\u{1f}80\u{1f}\u{1f}\u{1f}r\u{1f}\u{1f}0"),
            None,
            "a score before any criterion"
        );
        assert_eq!(decode("H\u{1f}t\u{1f}x"), None);
    }
}
