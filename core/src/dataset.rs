//! The comparison dataset: technologies, criteria with cited scores, presets.
//!
//! The data itself lives in `data/dataset.json`; this module only says what
//! shape it has and what makes it valid.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// Weights and scores share one scale: 0 to this value.
pub const MAX_LEVEL: u8 = 10;
/// A citation quote longer than this many words is a paraphrase risk, not a quote.
pub const MAX_QUOTE_WORDS: usize = 25;

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    feature = "json",
    derive(serde::Deserialize),
    serde(deny_unknown_fields)
)]
pub struct Dataset {
    pub title: String,
    pub technologies: Vec<Technology>,
    pub sources: Vec<Source>,
    /// The weight every slider starts at before the reader says anything.
    pub default_weight: u8,
    pub criteria: Vec<Criterion>,
    pub presets: Vec<Preset>,
    /// Claims in the sources that are plainly wrong, and what is true instead.
    #[cfg_attr(feature = "json", serde(default))]
    pub corrections: Vec<Correction>,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    feature = "json",
    derive(serde::Deserialize),
    serde(deny_unknown_fields)
)]
pub struct Technology {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    feature = "json",
    derive(serde::Deserialize),
    serde(deny_unknown_fields)
)]
pub struct Source {
    /// File name under `shared/sources/`.
    pub file: String,
    pub title: String,
    pub publisher: String,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    feature = "json",
    derive(serde::Deserialize),
    serde(deny_unknown_fields)
)]
pub struct Criterion {
    pub id: String,
    pub name: String,
    /// The priority question a non-expert answers with the slider.
    pub question: String,
    /// One sentence: the distinct thing this criterion's evidence measures.
    /// Two criteria whose evidence is the same mechanism would count one
    /// claim twice, so they are one criterion.
    pub measures: String,
    pub scores: Vec<Score>,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    feature = "json",
    derive(serde::Deserialize),
    serde(deny_unknown_fields)
)]
pub struct Score {
    pub technology: String,
    pub value: f64,
    /// Where the sources disagree: the lowest and highest score they support.
    #[cfg_attr(feature = "json", serde(default))]
    pub range: Option<[f64; 2]>,
    pub rationale: String,
    pub citations: Vec<Citation>,
    /// Who claims what, present exactly when `range` is.
    #[cfg_attr(feature = "json", serde(default))]
    pub contested: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    feature = "json",
    derive(serde::Deserialize),
    serde(deny_unknown_fields)
)]
pub struct Citation {
    /// A `Source::file`.
    pub source: String,
    pub quote: String,
    /// The `Correction::id` of a wrong claim this quote repeats; the card
    /// shows the correction beside the quote.
    #[cfg_attr(feature = "json", serde(default))]
    pub correction: Option<String>,
    /// What a reader should know about the quote itself, such as a figure
    /// the article gives without a source or date.
    #[cfg_attr(feature = "json", serde(default))]
    pub caveat: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    feature = "json",
    derive(serde::Deserialize),
    serde(deny_unknown_fields)
)]
pub struct Preset {
    pub id: String,
    pub name: String,
    pub description: String,
    /// Criteria not named here get weight 0.
    pub weights: BTreeMap<String, u8>,
    /// What the articles recommend for this kind of project.
    #[cfg_attr(feature = "json", serde(default))]
    pub recommended: Option<Recommendation>,
}

/// The articles' own advice for a preset's kind of project, so a test can
/// check that the preset's verdict agrees with it.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    feature = "json",
    derive(serde::Deserialize),
    serde(deny_unknown_fields)
)]
pub struct Recommendation {
    /// The technology the articles agree on; absent where they disagree or
    /// recommend using both.
    #[cfg_attr(feature = "json", serde(default))]
    pub technology: Option<String>,
    pub citations: Vec<Citation>,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    feature = "json",
    derive(serde::Deserialize),
    serde(deny_unknown_fields)
)]
pub struct Correction {
    /// Cited by `Citation::correction`.
    pub id: String,
    /// `Source::file`s that make the wrong claim.
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

/// Why a dataset cannot be used, in words its author can act on.
#[derive(Debug, Clone, PartialEq)]
pub enum DatasetError {
    Parse(String),
    TooFewTechnologies,
    DuplicateId {
        kind: &'static str,
        id: String,
    },
    DefaultWeightOutOfRange(u8),
    ScoreOutOfRange {
        criterion: String,
        technology: String,
    },
    BadRange {
        criterion: String,
        technology: String,
    },
    ContestedNoteMismatch {
        criterion: String,
        technology: String,
    },
    MissingScore {
        criterion: String,
        technology: String,
    },
    UnknownTechnology {
        criterion: String,
        technology: String,
    },
    NoCitation {
        criterion: String,
        technology: String,
    },
    UnknownSource {
        place: String,
        source: String,
    },
    QuoteTooLong {
        place: String,
        words: usize,
    },
    EmptyText {
        place: String,
    },
    UnknownPresetCriterion {
        preset: String,
        criterion: String,
    },
    PresetWeightOutOfRange {
        preset: String,
        criterion: String,
    },
    UnknownCorrection {
        place: String,
        correction: String,
    },
    UnknownRecommendedTechnology {
        preset: String,
        technology: String,
    },
}

impl fmt::Display for DatasetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use DatasetError::*;
        match self {
            Parse(msg) => write!(f, "the dataset is not valid JSON of the expected shape: {msg}"),
            TooFewTechnologies => write!(f, "a comparison needs at least two technologies"),
            DuplicateId { kind, id } => write!(f, "{kind} id `{id}` is used twice"),
            DefaultWeightOutOfRange(w) => write!(f, "default weight {w} is above {MAX_LEVEL}"),
            ScoreOutOfRange { criterion, technology } => {
                write!(f, "{criterion}/{technology}: score outside 0..={MAX_LEVEL}")
            }
            BadRange { criterion, technology } => write!(
                f,
                "{criterion}/{technology}: range must be low <= score <= high, within 0..={MAX_LEVEL}"
            ),
            ContestedNoteMismatch { criterion, technology } => write!(
                f,
                "{criterion}/{technology}: a range needs a `contested` note and a note needs a range"
            ),
            MissingScore { criterion, technology } => {
                write!(f, "{criterion}: no score for {technology}")
            }
            UnknownTechnology { criterion, technology } => {
                write!(f, "{criterion}: score for unknown or repeated technology `{technology}`")
            }
            NoCitation { criterion, technology } => {
                write!(f, "{criterion}/{technology}: at least one citation is required")
            }
            UnknownSource { place, source } => {
                write!(f, "{place}: source `{source}` is not in the dataset's source list")
            }
            QuoteTooLong { place, words } => write!(
                f,
                "{place}: a quote of {words} words is longer than {MAX_QUOTE_WORDS}"
            ),
            EmptyText { place } => write!(f, "{place}: text must not be empty"),
            UnknownPresetCriterion { preset, criterion } => {
                write!(f, "preset `{preset}` names unknown criterion `{criterion}`")
            }
            PresetWeightOutOfRange { preset, criterion } => {
                write!(f, "preset `{preset}`: weight for `{criterion}` is above {MAX_LEVEL}")
            }
            UnknownCorrection { place, correction } => {
                write!(f, "{place}: correction `{correction}` is not in the dataset's corrections")
            }
            UnknownRecommendedTechnology { preset, technology } => write!(
                f,
                "preset `{preset}` recommends unknown technology `{technology}`"
            ),
        }
    }
}

impl Dataset {
    /// Parses and validates; a dataset that is returned is safe to score.
    #[cfg(feature = "json")]
    pub fn from_json(text: &str) -> Result<Dataset, Vec<DatasetError>> {
        let dataset: Dataset =
            serde_json::from_str(text).map_err(|e| vec![DatasetError::Parse(e.to_string())])?;
        dataset.validate()?;
        Ok(dataset)
    }

    pub fn validate(&self) -> Result<(), Vec<DatasetError>> {
        let mut errors = Vec::new();
        if self.technologies.len() < 2 {
            errors.push(DatasetError::TooFewTechnologies);
        }
        if self.default_weight > MAX_LEVEL {
            errors.push(DatasetError::DefaultWeightOutOfRange(self.default_weight));
        }
        check_unique(
            "technology",
            self.technologies.iter().map(|t| &t.id),
            &mut errors,
        );
        check_unique("source", self.sources.iter().map(|s| &s.file), &mut errors);
        check_unique(
            "criterion",
            self.criteria.iter().map(|c| &c.id),
            &mut errors,
        );
        check_unique("preset", self.presets.iter().map(|p| &p.id), &mut errors);
        check_unique(
            "correction",
            self.corrections.iter().map(|x| &x.id),
            &mut errors,
        );

        let sources: BTreeSet<&str> = self.sources.iter().map(|s| s.file.as_str()).collect();
        for criterion in &self.criteria {
            self.validate_criterion(criterion, &sources, &mut errors);
        }
        for preset in &self.presets {
            self.validate_preset(preset, &sources, &mut errors);
        }
        for correction in &self.corrections {
            if correction.claims.iter().any(|c| c.trim().is_empty()) || correction.claims.is_empty()
            {
                errors.push(DatasetError::EmptyText {
                    place: format!("correction `{}`: claims", correction.id),
                });
            }
            for source in &correction.sources {
                if !sources.contains(source.as_str()) {
                    errors.push(DatasetError::UnknownSource {
                        place: format!("correction `{}`", correction.topic),
                        source: source.clone(),
                    });
                }
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    fn validate_criterion(
        &self,
        criterion: &Criterion,
        sources: &BTreeSet<&str>,
        errors: &mut Vec<DatasetError>,
    ) {
        let cid = &criterion.id;
        for (place, text) in [
            ("name", &criterion.name),
            ("question", &criterion.question),
            ("measures", &criterion.measures),
        ] {
            if text.trim().is_empty() {
                errors.push(DatasetError::EmptyText {
                    place: format!("{cid}: {place}"),
                });
            }
        }
        for technology in &self.technologies {
            if criterion.score_for(&technology.id).is_none() {
                errors.push(DatasetError::MissingScore {
                    criterion: cid.clone(),
                    technology: technology.id.clone(),
                });
            }
        }
        let mut seen = BTreeSet::new();
        for score in &criterion.scores {
            let tid = &score.technology;
            let known = self.technologies.iter().any(|t| &t.id == tid);
            if !known || !seen.insert(tid.as_str()) {
                errors.push(DatasetError::UnknownTechnology {
                    criterion: cid.clone(),
                    technology: tid.clone(),
                });
            }
            let max = f64::from(MAX_LEVEL);
            let in_scale = |v: f64| (0.0..=max).contains(&v);
            if !in_scale(score.value) {
                errors.push(DatasetError::ScoreOutOfRange {
                    criterion: cid.clone(),
                    technology: tid.clone(),
                });
            }
            if let Some([low, high]) = score.range {
                if !(in_scale(low) && in_scale(high) && low <= score.value && score.value <= high) {
                    errors.push(DatasetError::BadRange {
                        criterion: cid.clone(),
                        technology: tid.clone(),
                    });
                }
            }
            let has_note = score
                .contested
                .as_deref()
                .is_some_and(|n| !n.trim().is_empty());
            if score.range.is_some() != has_note {
                errors.push(DatasetError::ContestedNoteMismatch {
                    criterion: cid.clone(),
                    technology: tid.clone(),
                });
            }
            if score.rationale.trim().is_empty() {
                errors.push(DatasetError::EmptyText {
                    place: format!("{cid}/{tid}: rationale"),
                });
            }
            if score.citations.is_empty() {
                errors.push(DatasetError::NoCitation {
                    criterion: cid.clone(),
                    technology: tid.clone(),
                });
            }
            for citation in &score.citations {
                self.validate_citation(citation, &format!("{cid}/{tid}"), sources, errors);
            }
        }
    }

    fn validate_citation(
        &self,
        citation: &Citation,
        place: &str,
        sources: &BTreeSet<&str>,
        errors: &mut Vec<DatasetError>,
    ) {
        if !sources.contains(citation.source.as_str()) {
            errors.push(DatasetError::UnknownSource {
                place: place.to_string(),
                source: citation.source.clone(),
            });
        }
        let words = citation.quote.split_whitespace().count();
        if words == 0 {
            errors.push(DatasetError::EmptyText {
                place: format!("{place}: quote"),
            });
        } else if words > MAX_QUOTE_WORDS {
            errors.push(DatasetError::QuoteTooLong {
                place: place.to_string(),
                words,
            });
        }
        if citation
            .caveat
            .as_deref()
            .is_some_and(|c| c.trim().is_empty())
        {
            errors.push(DatasetError::EmptyText {
                place: format!("{place}: caveat"),
            });
        }
        if let Some(id) = &citation.correction {
            if !self.corrections.iter().any(|x| &x.id == id) {
                errors.push(DatasetError::UnknownCorrection {
                    place: place.to_string(),
                    correction: id.clone(),
                });
            }
        }
    }

    fn validate_preset(
        &self,
        preset: &Preset,
        sources: &BTreeSet<&str>,
        errors: &mut Vec<DatasetError>,
    ) {
        if let Some(recommended) = &preset.recommended {
            if let Some(technology) = &recommended.technology {
                if !self.technologies.iter().any(|t| &t.id == technology) {
                    errors.push(DatasetError::UnknownRecommendedTechnology {
                        preset: preset.id.clone(),
                        technology: technology.clone(),
                    });
                }
            }
            let place = format!("preset `{}`", preset.id);
            if recommended.citations.is_empty() {
                errors.push(DatasetError::EmptyText {
                    place: format!("{place}: recommendation citations"),
                });
            }
            for citation in &recommended.citations {
                self.validate_citation(citation, &place, sources, errors);
            }
        }
        for (criterion, &weight) in &preset.weights {
            if !self.criteria.iter().any(|c| &c.id == criterion) {
                errors.push(DatasetError::UnknownPresetCriterion {
                    preset: preset.id.clone(),
                    criterion: criterion.clone(),
                });
            }
            if weight > MAX_LEVEL {
                errors.push(DatasetError::PresetWeightOutOfRange {
                    preset: preset.id.clone(),
                    criterion: criterion.clone(),
                });
            }
        }
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

    pub fn source(&self, file: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.file == file)
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

fn check_unique<'a>(
    kind: &'static str,
    ids: impl Iterator<Item = &'a String>,
    errors: &mut Vec<DatasetError>,
) {
    let mut seen = BTreeSet::new();
    for id in ids {
        if !seen.insert(id) {
            errors.push(DatasetError::DuplicateId {
                kind,
                id: id.clone(),
            });
        }
    }
}
