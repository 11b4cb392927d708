//! JSON text to a `Dataset`, reporting every problem at once: a syntax
//! error by line and column, a wrong shape (a missing field, text where a
//! number belongs, a field the format does not have) and every validation
//! problem by path, each with the position of the value it names.

use std::collections::{BTreeMap, BTreeSet};

use super::limits::{too_large, MAX_DATASET_BYTES};
use super::{
    validate, Citation, Correction, Criterion, Dataset, Preset, Problem, Recommendation, Score,
    Source, Technology,
};
use crate::json::{self, Json, Node, Position};

mod shape;

use shape::Reader;

/// The format this reader reads (a file may say so with `"version": 1`).
pub const FORMAT_VERSION: u8 = 1;

/// A file can have hundreds of thousands of problems; a person reads the
/// first ones, fixes them and checks again: the authoring page lists this
/// many and says how many more there are.
pub const MAX_PROBLEMS: usize = 100;

/// The weight every slider starts at when a dataset does not say.
pub const DEFAULT_WEIGHT: u8 = 5;

/// Reads and validates a dataset; on failure, every problem, in the order
/// they appear in the text.
pub fn read_dataset(text: &str) -> Result<Dataset, Vec<Problem>> {
    match read_for_editing(text) {
        (Some(dataset), problems) if problems.is_empty() => Ok(dataset),
        (_, problems) => Err(problems),
    }
}

/// Reads a dataset for the authoring page's grid: the dataset whenever the
/// text has the format's shape, even with validation problems (the grid
/// shows each on the cell it concerns), and every problem in text order.
/// `None` where the grid could not show the text without losing some of it
/// (not JSON, a missing field, a field the format does not have).
pub fn read_for_editing(text: &str) -> (Option<Dataset>, Vec<Problem>) {
    if text.len() > MAX_DATASET_BYTES {
        return (None, vec![Problem::new("", too_large(Some(text.len())))]);
    }
    let root = match json::parse(text) {
        Ok(root) => root,
        Err(e) => {
            let problem = Problem {
                path: String::new(),
                message: format!("not valid JSON: {}", e.message),
                at: Some(e.at),
            };
            return (None, vec![problem]);
        }
    };
    let mut reader = Reader::default();
    let dataset = reader.dataset(&root);
    let Reader {
        mut problems,
        places,
    } = reader;
    let shaped = problems.is_empty();
    // A value already reported as missing or malformed was read as a
    // default; what validation says about that default would be noise.
    // Inserted one by one: `collect` would sort first, and a sort of its
    // own costs kilobytes of WASM.
    let mut shape_paths = BTreeSet::new();
    for p in &problems {
        shape_paths.insert(p.path.as_str());
    }
    let mut checked = Vec::new();
    for mut problem in validate::problems(&dataset) {
        if is_within_any(&problem.path, &shape_paths) {
            continue;
        }
        problem.at = place_of(&places, &problem.path);
        checked.push(problem);
    }
    problems.extend(checked);
    crate::small_sort::sort_by_key(&mut problems, |p| p.at.map_or(0, |at| at.offset));
    (shaped.then_some(dataset), problems)
}

/// `path` is one of `outers` or inside one (`criteria[1]` holds
/// `criteria[1].name`; the empty path holds everything). Looks up each
/// enclosing path rather than scanning `outers`, which a hostile file can
/// make hundreds of thousands long.
fn is_within_any(path: &str, outers: &BTreeSet<&str>) -> bool {
    let mut path = path;
    loop {
        if outers.contains(path) {
            return true;
        }
        match path.rfind(['.', '[']) {
            Some(cut) => path = &path[..cut],
            None => return outers.contains(""),
        }
    }
}

/// The position of `path`, or of the nearest enclosing value that has one.
fn place_of(places: &BTreeMap<String, Position>, path: &str) -> Option<Position> {
    let mut path = path;
    loop {
        if let Some(at) = places.get(path) {
            return Some(*at);
        }
        let cut = path.rfind(['.', '['])?;
        path = &path[..cut];
    }
}

impl Reader {
    fn dataset(&mut self, root: &Node) -> Dataset {
        const FIELDS: [&str; 10] = [
            "$schema",
            "version",
            "title",
            "description",
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
                Json::Number(_) => self.problem(
                    "version",
                    node.at,
                    format!("this file is for another version of the format; this Versus reads version {FORMAT_VERSION}"),
                ),
                _ => self.mismatch("version", node, "the number 1"),
            }
        }
        let default_weight = match self.field(&o, "default_weight", false) {
            Some(node) => self.level(node, "default_weight").unwrap_or(DEFAULT_WEIGHT),
            None => DEFAULT_WEIGHT,
        };
        Dataset {
            title: self.text(&o, "title"),
            description: self.optional_text(&o, "description", false),
            technologies: self.each(&o, "technologies", true, Reader::technology),
            sources: self.each(&o, "sources", true, Reader::source),
            default_weight,
            criteria: self.each(&o, "criteria", true, Reader::criterion),
            presets: self.each(&o, "presets", false, Reader::preset),
            corrections: self.each(&o, "corrections", false, Reader::correction),
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
                self.problem(&o.child("file"), o.at, "give `id` or `file`, not both");
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
            .unwrap_or_else(|| super::default_question(&name));
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
                        self.mismatch(&o.child("range"), node, "two numbers, [lowest, highest]");
                        None
                    }
                },
                _ => {
                    self.mismatch(&o.child("range"), node, "two numbers, [lowest, highest]");
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
                self.mismatch(
                    &weights_path,
                    node,
                    "an object of criterion ids and weights",
                );
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
