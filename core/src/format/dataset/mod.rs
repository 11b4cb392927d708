//! The comparison dataset: technologies, criteria with cited scores, presets.
//!
//! The format is public (`docs/dataset-format.md`, `docs/dataset.schema.json`):
//! the shipped comparison is `data/dataset.json`, and authors bring their
//! own. This module says what shape a dataset has; `read` turns JSON text
//! into one and `validate` says what makes it usable, both reporting every
//! problem with a path a person can follow.

mod display;
mod evidence;
mod fault;
mod limits;
mod read;
mod remaining;
mod validate;
mod write;

use std::collections::BTreeMap;

pub use crate::text::{fingerprint, is_web_address};
pub use evidence::PENDING;
pub use fault::Fault;
pub use limits::*;
pub use read::{read_dataset, read_for_editing, DEFAULT_WEIGHT, FORMAT_VERSION, MAX_PROBLEMS};
pub use remaining::remaining;
pub use write::to_json;

use crate::json::Position;

/// Weights and scores share one scale: 0 to this value.
pub const MAX_LEVEL: u8 = 10;

#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    pub title: String,
    /// One or two sentences under the title; a sentence about the sources
    /// stands in when there is none.
    pub description: Option<String>,
    /// The language its text is written in (a BCP 47 tag such as `de` or
    /// `pt-BR`): the widget speaks it unless the embed or the reader chose
    /// another, and marks the dataset's own text with it.
    pub language: Option<String>,
    pub technologies: Vec<Technology>,
    pub sources: Vec<Source>,
    /// The weight every slider starts at before the reader says anything.
    pub default_weight: u8,
    pub criteria: Vec<Criterion>,
    pub presets: Vec<Preset>,
    /// Claims in the sources that are plainly wrong, and what is true instead.
    pub corrections: Vec<Correction>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Technology {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    /// What citations call it: for the shipped dataset, the file name under
    /// `shared/sources/` (its JSON key is `file` there, `id` elsewhere).
    pub id: String,
    pub title: String,
    pub publisher: String,
    /// Where a reader can read it (http or https only).
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Criterion {
    pub id: String,
    pub name: String,
    /// The priority question a non-expert answers with the slider
    /// (generated from the name when the file gives none).
    pub question: String,
    /// One sentence: the distinct thing this criterion's evidence measures.
    /// Two criteria whose evidence is the same mechanism would count one
    /// claim twice, so they are one criterion. Optional (empty) for
    /// authors; the shipped dataset's test requires it.
    pub measures: String,
    pub scores: Vec<Score>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    pub technology: String,
    pub value: f64,
    /// Where the sources disagree: the lowest and highest score they support.
    pub range: Option<[f64; 2]>,
    /// Why this score, in a sentence (empty: none given).
    pub rationale: String,
    pub citations: Vec<Citation>,
    /// Who claims what, present exactly when `range` is.
    pub contested: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Citation {
    /// A `Source::id`.
    pub source: String,
    pub quote: String,
    /// The `Correction::id` of a wrong claim this quote repeats; the card
    /// shows the correction beside the quote.
    pub correction: Option<String>,
    /// What a reader should know about the quote itself, such as a figure
    /// the article gives without a source or date.
    pub caveat: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Preset {
    pub id: String,
    pub name: String,
    pub description: String,
    /// Criteria not named here get weight 0.
    pub weights: BTreeMap<String, u8>,
    /// What the articles recommend for this kind of project.
    pub recommended: Option<Recommendation>,
}

/// The articles' own advice for a preset's kind of project, so a test can
/// check that the preset's verdict agrees with it.
#[derive(Debug, Clone, PartialEq)]
pub struct Recommendation {
    /// The technology the articles agree on; absent where they disagree or
    /// recommend using both.
    pub technology: Option<String>,
    pub citations: Vec<Citation>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Correction {
    /// Cited by `Citation::correction`.
    pub id: String,
    /// `Source::id`s that make the wrong claim.
    pub sources: Vec<String>,
    pub topic: String,
    /// The wrong claim, verbatim as the sources word it; a quote that
    /// contains one of these must link to this correction.
    pub claims: Vec<String>,
    pub correction: String,
}

impl Score {
    /// The contested range, or the single value when the sources agree.
    pub fn bounds(&self) -> (f64, f64) {
        match self.range {
            Some([low, high]) => (low, high),
            None => (self.value, self.value),
        }
    }
}

impl Criterion {
    pub fn score_for(&self, technology: &str) -> Option<&Score> {
        self.scores.iter().find(|s| s.technology == technology)
    }

    pub fn is_contested(&self) -> bool {
        self.scores.iter().any(|s| s.range.is_some())
    }
}

/// The slider's question for a criterion whose file gives none.
pub fn default_question(name: &str) -> String {
    format!("How much does {} matter to your project?", name.trim())
}


/// One thing wrong with a dataset, where it is, and (when the dataset came
/// from text) the line and column to jump to. Put into words by
/// `words::data_problem`, in the reader's language.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// `criteria[3].scores[1].value`; empty for the document as a whole.
    pub path: String,
    pub fault: Fault,
    pub at: Option<Position>,
}

impl Problem {
    pub fn new(path: impl Into<String>, fault: Fault) -> Problem {
        Problem {
            path: path.into(),
            fault,
            at: None,
        }
    }
}

impl Dataset {
    /// Reads and validates JSON text; a dataset that is returned is safe to
    /// score. Every problem is reported, each with its place.
    pub fn from_json(text: &str) -> Result<Dataset, Vec<Problem>> {
        read_dataset(text)
    }

    /// Checks a dataset built in code (the JSON reader runs this itself).
    pub fn validate(&self) -> Result<(), Vec<Problem>> {
        let problems = validate::problems(self);
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }

    /// A technology's name, or "?" for an index out of range.
    pub fn technology_name(&self, index: usize) -> &str {
        self.technologies
            .get(index)
            .map_or("?", |t| t.name.as_str())
    }

    /// The dataset as the widget uses it: without the fields that exist for
    /// auditing the evidence (what each criterion measures, the wrong claims
    /// verbatim, the articles' recommendation per preset), which the
    /// dataset test checks and the widget never shows. Keeps them out of
    /// the WASM.
    pub fn for_reader(&self) -> Dataset {
        let mut d = self.clone();
        for c in &mut d.criteria {
            c.measures.clear();
        }
        for x in &mut d.corrections {
            x.claims.clear();
        }
        for p in &mut d.presets {
            p.recommended = None;
        }
        d
    }

    pub fn criterion_index(&self, id: &str) -> Option<usize> {
        self.criteria.iter().position(|c| c.id == id)
    }

    pub fn preset(&self, id: &str) -> Option<&Preset> {
        self.presets.iter().find(|p| p.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn correction(&self, id: &str) -> Option<&Correction> {
        self.corrections.iter().find(|x| x.id == id)
    }

    /// Slider levels for a preset, in criterion order.
    pub fn preset_levels(&self, preset: &Preset) -> Vec<u8> {
        self.criteria
            .iter()
            .map(|c| preset.weights.get(&c.id).copied().unwrap_or(0))
            .collect()
    }

    pub fn default_levels(&self) -> Vec<u8> {
        vec![self.default_weight; self.criteria.len()]
    }
}
