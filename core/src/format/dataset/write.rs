//! A dataset back to JSON text in the public format: how the build embeds
//! the shipped comparison, and what the round-trip test reads again.

use super::{Citation, Dataset};
use crate::json::quote;

/// Compact JSON; reading it back gives an equal dataset. Optional fields
/// are written only when present.
pub fn to_json(d: &Dataset) -> String {
    let mut fields = vec![("title", quote(&d.title))];
    if let Some(description) = &d.description {
        fields.push(("description", quote(description)));
    }
    if let Some(language) = &d.language {
        fields.push(("language", quote(language)));
    }
    fields.push((
        "technologies",
        list(&d.technologies, |t| {
            object(&[("id", quote(&t.id)), ("name", quote(&t.name))])
        }),
    ));
    fields.push((
        "sources",
        list(&d.sources, |s| {
            let mut f = vec![
                ("id", quote(&s.id)),
                ("title", quote(&s.title)),
                ("publisher", quote(&s.publisher)),
            ];
            if let Some(url) = &s.url {
                f.push(("url", quote(url)));
            }
            object(&f)
        }),
    ));
    fields.push(("default_weight", d.default_weight.to_string()));
    fields.push((
        "criteria",
        list(&d.criteria, |c| {
            let mut f = vec![
                ("id", quote(&c.id)),
                ("name", quote(&c.name)),
                ("question", quote(&c.question)),
            ];
            if !c.measures.is_empty() {
                f.push(("measures", quote(&c.measures)));
            }
            f.push((
                "scores",
                list(&c.scores, |s| {
                    let mut f = vec![
                        ("technology", quote(&s.technology)),
                        ("value", number(s.value)),
                    ];
                    if let Some([low, high]) = s.range {
                        f.push(("range", format!("[{},{}]", number(low), number(high))));
                    }
                    if !s.rationale.is_empty() {
                        f.push(("rationale", quote(&s.rationale)));
                    }
                    f.push(("citations", list(&s.citations, citation)));
                    if let Some(note) = &s.contested {
                        f.push(("contested", quote(note)));
                    }
                    object(&f)
                }),
            ));
            object(&f)
        }),
    ));
    if !d.presets.is_empty() {
        fields.push((
            "presets",
            list(&d.presets, |p| {
                let weights: Vec<(&str, String)> = p
                    .weights
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.to_string()))
                    .collect();
                let mut f = vec![("id", quote(&p.id)), ("name", quote(&p.name))];
                if !p.description.is_empty() {
                    f.push(("description", quote(&p.description)));
                }
                f.push(("weights", object(&weights)));
                if let Some(r) = &p.recommended {
                    let mut rf = Vec::new();
                    if let Some(t) = &r.technology {
                        rf.push(("technology", quote(t)));
                    }
                    rf.push(("citations", list(&r.citations, citation)));
                    f.push(("recommended", object(&rf)));
                }
                object(&f)
            }),
        ));
    }
    if !d.corrections.is_empty() {
        fields.push((
            "corrections",
            list(&d.corrections, |x| {
                let sources: Vec<String> = x.sources.iter().map(|s| quote(s)).collect();
                let claims: Vec<String> = x.claims.iter().map(|s| quote(s)).collect();
                let mut f = vec![
                    ("id", quote(&x.id)),
                    ("sources", format!("[{}]", sources.join(","))),
                    ("topic", quote(&x.topic)),
                ];
                if !claims.is_empty() {
                    f.push(("claims", format!("[{}]", claims.join(","))));
                }
                f.push(("correction", quote(&x.correction)));
                object(&f)
            }),
        ));
    }
    object(&fields)
}

fn citation(c: &Citation) -> String {
    let mut f = vec![("source", quote(&c.source)), ("quote", quote(&c.quote))];
    if let Some(x) = &c.correction {
        f.push(("correction", quote(x)));
    }
    if let Some(x) = &c.caveat {
        f.push(("caveat", quote(x)));
    }
    object(&f)
}

fn number(x: f64) -> String {
    format!("{x}")
}

fn object(fields: &[(&str, String)]) -> String {
    let parts: Vec<String> = fields
        .iter()
        .map(|(k, v)| format!("{}:{v}", quote(k)))
        .collect();
    format!("{{{}}}", parts.join(","))
}

fn list<T>(items: &[T], write: impl Fn(&T) -> String) -> String {
    let parts: Vec<String> = items.iter().map(write).collect();
    format!("[{}]", parts.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::pretty;

    #[test]
    fn laid_out_text_reads_back_to_the_same_dataset() {
        let d = Dataset::from_json(crate::BUILTIN_DATASET_JSON).unwrap();
        let laid_out = pretty(&to_json(&d));
        assert_eq!(Dataset::from_json(&laid_out).unwrap(), d);
        assert!(laid_out.lines().all(|l| l.len() < 2_100), "a line per item");
    }
}
