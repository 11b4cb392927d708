//! Each part of the format read from its JSON: the dataset's fields, a
//! technology, a source, a criterion and its scores, a citation, a preset
//! and its recommendation, a correction.

use std::collections::BTreeMap;

use super::shape::{Object, Reader};
use super::{DEFAULT_WEIGHT, FORMAT_VERSION};
use crate::dataset::{
    default_question, Citation, Correction, Criterion, Dataset, Fault, Preset, Recommendation, Score,
    Source, Technology,
};
use crate::json::{Json, Node};

impl Reader {
    pub(super) fn dataset(&mut self, root: &Node) -> Dataset {
        const FIELDS: [&str; 11] = [
            "$schema",
            "version",
            "title",
            "description",
            "language",
            "technologies",
            "sources",
            "default_weight",
            "criteria",
            "presets",
            "corrections",
        ];
        let o = self.object(root, "", &FIELDS);
        // `$schema` is for the author's editor; `version` says which format
        // the file was written for, so a later format is refused by name
        // rather than misread.
        if let Some(node) = self.field(&o, "$schema", false) {
            self.text_node(node, "$schema");
        }
        if let Some(node) = self.field(&o, "version", false) {
            match node.value {
                Json::Number(v) if v == f64::from(FORMAT_VERSION) => {}
                Json::Number(_) => self.problem("version", node.at, Fault::OtherVersion),
                _ => self.mismatch("version", node, "version"),
            }
        }
        let default_weight = match self.field(&o, "default_weight", false) {
            Some(node) => self.level(node, "default_weight").unwrap_or(DEFAULT_WEIGHT),
            None => DEFAULT_WEIGHT,
        };
        Dataset {
            title: self.text(&o, "title"),
            description: self.optional_text(&o, "description", false),
            language: self.language(&o),
            technologies: self.each(&o, "technologies", true, Reader::technology),
            sources: self.each(&o, "sources", true, Reader::source),
            default_weight,
            criteria: self.each(&o, "criteria", true, Reader::criterion),
            presets: self.each(&o, "presets", false, Reader::preset),
            corrections: self.each(&o, "corrections", false, Reader::correction),
        }
    }

    /// A BCP 47 language tag: letters, digits and hyphens, starting with a
    /// two- or three-letter language (`en`, `pt-BR`, `zh-Hant-TW`).
    fn language(&mut self, o: &Object) -> Option<String> {
        let node = self.field(o, "language", false)?;
        let tag = self.text_node(node, "language")?;
        let mut subtags = tag.split('-');
        let language = subtags.next().unwrap_or_default();
        let well_formed = (2..=3).contains(&language.len())
            && language.chars().all(|c| c.is_ascii_alphabetic())
            && subtags.all(|s| (1..=8).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphanumeric()))
            && tag.len() <= 35;
        if well_formed {
            Some(tag)
        } else {
            let text = crate::text::echo(&tag);
            self.problem("language", node.at, Fault::NotALanguageTag { text });
            None
        }
    }

    fn technology(&mut self, node: &Node, path: &str) -> Technology {
        let o = self.object(node, path, &["id", "name"]);
        Technology {
            id: self.text(&o, "id"),
            name: self.text(&o, "name"),
        }
    }

    fn source(&mut self, node: &Node, path: &str) -> Source {
        let o = self.object(node, path, &["id", "file", "title", "publisher", "url"]);
        // `file` is the shipped dataset's name for the id: its sources are files.
        let id = match (o.get("id").is_some(), o.get("file").is_some()) {
            (_, false) => self.text(&o, "id"),
            (false, true) => self.text(&o, "file"),
            (true, true) => {
                self.problem(&o.child("file"), o.at, Fault::IdAndFile);
                self.text(&o, "id")
            }
        };
        Source {
            id,
            title: self.text(&o, "title"),
            publisher: self.text(&o, "publisher"),
            url: self.optional_text(&o, "url", false),
        }
    }

    fn criterion(&mut self, node: &Node, path: &str) -> Criterion {
        let o = self.object(
            node,
            path,
            &["id", "name", "question", "measures", "scores"],
        );
        let name = self.text(&o, "name");
        let question = self
            .optional_text(&o, "question", false)
            .unwrap_or_else(|| default_question(&name));
        Criterion {
            id: self.text(&o, "id"),
            question,
            measures: self
                .optional_text(&o, "measures", false)
                .unwrap_or_default(),
            scores: self.each(&o, "scores", true, Reader::score),
            name,
        }
    }

    fn score(&mut self, node: &Node, path: &str) -> Score {
        const FIELDS: [&str; 6] = [
            "technology",
            "value",
            "range",
            "rationale",
            "citations",
            "contested",
        ];
        let o = self.object(node, path, &FIELDS);
        let range = self
            .field(&o, "range", false)
            .and_then(|node| match &node.value {
                Json::Array(items) => match items.as_slice() {
                    [Node {
                        value: Json::Number(low),
                        ..
                    }, Node {
                        value: Json::Number(high),
                        ..
                    }] => Some([*low, *high]),
                    _ => {
                        self.mismatch(&o.child("range"), node, "range");
                        None
                    }
                },
                _ => {
                    self.mismatch(&o.child("range"), node, "range");
                    None
                }
            });
        Score {
            technology: self.text(&o, "technology"),
            value: self.number(&o, "value"),
            range,
            rationale: self
                .optional_text(&o, "rationale", false)
                .unwrap_or_default(),
            citations: self.each(&o, "citations", true, Reader::citation),
            contested: self.optional_text(&o, "contested", false),
        }
    }

    fn citation(&mut self, node: &Node, path: &str) -> Citation {
        let o = self.object(node, path, &["source", "quote", "correction", "caveat"]);
        Citation {
            source: self.text(&o, "source"),
            quote: self.text(&o, "quote"),
            correction: self.optional_text(&o, "correction", false),
            caveat: self.optional_text(&o, "caveat", false),
        }
    }

    fn preset(&mut self, node: &Node, path: &str) -> Preset {
        let o = self.object(
            node,
            path,
            &["id", "name", "description", "weights", "recommended"],
        );
        let mut weights = BTreeMap::new();
        if let Some(node) = self.field(&o, "weights", true) {
            let weights_path = o.child("weights");
            if let Json::Object(members) = &node.value {
                for member in members {
                    let path = format!("{weights_path}.{}", member.key);
                    self.places.insert(path.clone(), member.node.at);
                    if let Some(level) = self.level(&member.node, &path) {
                        weights.insert(member.key.clone(), level);
                    }
                }
            } else {
                self.mismatch(&weights_path, node, "weights");
            }
        }
        let recommended = match self.field(&o, "recommended", false) {
            Some(node) => self.recommendation(node, &o.child("recommended")),
            None => None,
        };
        Preset {
            id: self.text(&o, "id"),
            name: self.text(&o, "name"),
            description: self
                .optional_text(&o, "description", false)
                .unwrap_or_default(),
            weights,
            recommended,
        }
    }

    fn recommendation(&mut self, node: &Node, path: &str) -> Option<Recommendation> {
        let o = self.object(node, path, &["technology", "citations"]);
        if o.broken {
            return None;
        }
        Some(Recommendation {
            technology: self.optional_text(&o, "technology", false),
            citations: self.each(&o, "citations", true, Reader::citation),
        })
    }

    fn correction(&mut self, node: &Node, path: &str) -> Correction {
        let o = self.object(
            node,
            path,
            &["id", "sources", "topic", "claims", "correction"],
        );
        Correction {
            id: self.text(&o, "id"),
            sources: self.texts(&o, "sources"),
            topic: self.text(&o, "topic"),
            claims: match o.get("claims") {
                Some(_) => self.texts(&o, "claims"),
                None => Vec::new(),
            },
            correction: self.text(&o, "correction"),
        }
    }
}
