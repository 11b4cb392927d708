//! The changes the authoring page's grid makes to a draft, each one step of
//! undo. Pure, so every rule (a score for each option, at least two
//! options, presets that follow a removed criterion) is tested on the host.
//!
//! Ids never change once made: a rename changes the name only, so share
//! links and embeds that name a criterion keep working.

use crate::dataset::{
    default_question, Citation, Criterion, Dataset, Preset, Score, Source, Technology,
};
use crate::dataset::{MAX_CRITERIA, MAX_TECHNOLOGIES, MIN_CRITERIA, MIN_TECHNOLOGIES};

/// The score a new option or criterion starts at in every cell: the middle
/// of the scale, listed as still to write until the author gives a reason.
pub const NEW_SCORE: f64 = 5.0;

#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    Title(String),
    Description(String),
    AddOption,
    RenameOption {
        option: usize,
        name: String,
    },
    MoveOption {
        option: usize,
        to: usize,
    },
    RemoveOption {
        option: usize,
    },
    AddCriterion,
    RenameCriterion {
        criterion: usize,
        name: String,
    },
    Question {
        criterion: usize,
        text: String,
    },
    MoveCriterion {
        criterion: usize,
        to: usize,
    },
    RemoveCriterion {
        criterion: usize,
    },
    Score {
        criterion: usize,
        option: usize,
        value: f64,
        range: Option<[f64; 2]>,
    },
    Rationale {
        criterion: usize,
        option: usize,
        text: String,
    },
    Contested {
        criterion: usize,
        option: usize,
        text: String,
    },
    AddCitation {
        criterion: usize,
        option: usize,
    },
    Citation {
        criterion: usize,
        option: usize,
        index: usize,
        source: String,
        quote: String,
    },
    RemoveCitation {
        criterion: usize,
        option: usize,
        index: usize,
    },
    AddSource,
    Source {
        index: usize,
        title: String,
        publisher: String,
        url: String,
    },
    AddPreset,
    RenamePreset {
        preset: usize,
        name: String,
    },
    Weight {
        preset: usize,
        criterion: usize,
        weight: u8,
    },
    RemovePreset {
        preset: usize,
    },
}

/// Applies `edit`, or says why it cannot be made (the draft is unchanged).
pub fn apply(d: &mut Dataset, edit: Edit) -> Result<(), String> {
    match edit {
        Edit::Title(text) => d.title = text,
        Edit::Description(text) => d.description = Some(text).filter(|t| !t.trim().is_empty()),
        Edit::AddOption => {
            if d.technologies.len() >= MAX_TECHNOLOGIES {
                return Err(format!(
                    "A comparison has at most {MAX_TECHNOLOGIES} options."
                ));
            }
            let n = d.technologies.len() + 1;
            let id = unique_id("option", d.technologies.iter().map(|t| t.id.as_str()));
            for c in &mut d.criteria {
                c.scores.push(new_score(&id));
            }
            d.technologies.push(Technology {
                id,
                name: format!("Option {n}"),
            });
        }
        Edit::RenameOption { option, name } => technology(d, option)?.name = name,
        Edit::MoveOption { option, to } => {
            technology(d, option)?;
            let moved = d.technologies.remove(option);
            d.technologies.insert(to.min(d.technologies.len()), moved);
        }
        Edit::RemoveOption { option } => {
            if d.technologies.len() <= MIN_TECHNOLOGIES {
                return Err(format!(
                    "A comparison needs at least {MIN_TECHNOLOGIES} options."
                ));
            }
            let id = technology(d, option)?.id.clone();
            d.technologies.remove(option);
            for c in &mut d.criteria {
                c.scores.retain(|s| s.technology != id);
            }
            for p in &mut d.presets {
                if let Some(r) = &mut p.recommended {
                    if r.technology.as_deref() == Some(id.as_str()) {
                        r.technology = None;
                    }
                }
            }
        }
        Edit::AddCriterion => {
            if d.criteria.len() >= MAX_CRITERIA {
                return Err(format!("A comparison has at most {MAX_CRITERIA} criteria."));
            }
            let n = d.criteria.len() + 1;
            let id = unique_id("criterion", d.criteria.iter().map(|c| c.id.as_str()));
            let name = format!("Criterion {n}");
            d.criteria.push(Criterion {
                id,
                question: default_question(&name),
                name,
                measures: String::new(),
                scores: d.technologies.iter().map(|t| new_score(&t.id)).collect(),
            });
        }
        Edit::RenameCriterion { criterion, name } => {
            let c = criterion_at(d, criterion)?;
            // A question still generated from the old name follows the new one.
            if c.question == default_question(&c.name) {
                c.question = default_question(&name);
            }
            c.name = name;
        }
        Edit::Question { criterion, text } => {
            let c = criterion_at(d, criterion)?;
            c.question = if text.trim().is_empty() {
                default_question(&c.name)
            } else {
                text
            };
        }
        Edit::MoveCriterion { criterion, to } => {
            criterion_at(d, criterion)?;
            let moved = d.criteria.remove(criterion);
            d.criteria.insert(to.min(d.criteria.len()), moved);
        }
        Edit::RemoveCriterion { criterion } => {
            if d.criteria.len() <= MIN_CRITERIA {
                return Err(format!(
                    "A comparison needs at least {MIN_CRITERIA} criterion."
                ));
            }
            let id = criterion_at(d, criterion)?.id.clone();
            d.criteria.remove(criterion);
            for p in &mut d.presets {
                p.weights.remove(&id);
            }
        }
        Edit::Score {
            criterion,
            option,
            value,
            range,
        } => {
            let s = score(d, criterion, option)?;
            s.value = value;
            s.range = range;
            if range.is_none() {
                s.contested = None;
            }
        }
        Edit::Rationale {
            criterion,
            option,
            text,
        } => score(d, criterion, option)?.rationale = text,
        Edit::Contested {
            criterion,
            option,
            text,
        } => {
            let s = score(d, criterion, option)?;
            if s.range.is_none() && !text.trim().is_empty() {
                return Err("Give the score a range first, such as 7 (6-8): the note says who claims which end.".into());
            }
            s.contested = Some(text).filter(|t| !t.trim().is_empty());
        }
        Edit::AddCitation { criterion, option } => {
            if d.sources.is_empty() {
                d.sources.push(Source {
                    id: "source_1".into(),
                    title: "Source 1".into(),
                    publisher: String::new(),
                    url: None,
                });
            }
            let source = d.sources[0].id.clone();
            score(d, criterion, option)?.citations.push(Citation {
                source,
                quote: String::new(),
                correction: None,
                caveat: None,
            });
        }
        Edit::Citation {
            criterion,
            option,
            index,
            source,
            quote,
        } => {
            let c = score(d, criterion, option)?
                .citations
                .get_mut(index)
                .ok_or("That citation is gone.")?;
            c.source = source;
            c.quote = quote;
        }
        Edit::RemoveCitation {
            criterion,
            option,
            index,
        } => {
            let citations = &mut score(d, criterion, option)?.citations;
            if index >= citations.len() {
                return Err("That citation is gone.".into());
            }
            citations.remove(index);
        }
        Edit::AddSource => {
            let n = d.sources.len() + 1;
            let id = unique_id("source", d.sources.iter().map(|s| s.id.as_str()));
            d.sources.push(Source {
                id,
                title: format!("Source {n}"),
                publisher: String::new(),
                url: None,
            });
        }
        Edit::Source {
            index,
            title,
            publisher,
            url,
        } => {
            let s = d.sources.get_mut(index).ok_or("That source is gone.")?;
            s.title = title;
            s.publisher = publisher;
            s.url = Some(url).filter(|u| !u.trim().is_empty());
        }
        Edit::AddPreset => {
            let n = d.presets.len() + 1;
            let id = unique_id("preset", d.presets.iter().map(|p| p.id.as_str()));
            let weights = d
                .criteria
                .iter()
                .map(|c| (c.id.clone(), d.default_weight))
                .collect();
            d.presets.push(Preset {
                id,
                name: format!("Preset {n}"),
                description: String::new(),
                weights,
                recommended: None,
            });
        }
        Edit::RenamePreset { preset, name } => preset_at(d, preset)?.name = name,
        Edit::Weight {
            preset,
            criterion,
            weight,
        } => {
            let id = d
                .criteria
                .get(criterion)
                .ok_or("That criterion is gone.")?
                .id
                .clone();
            let p = preset_at(d, preset)?;
            // Criteria a preset does not name weigh 0: keep the file short.
            if weight == 0 {
                p.weights.remove(&id);
            } else {
                p.weights.insert(id, weight.min(crate::MAX_LEVEL));
            }
        }
        Edit::RemovePreset { preset } => {
            preset_at(d, preset)?;
            d.presets.remove(preset);
        }
    }
    Ok(())
}

fn new_score(technology: &str) -> Score {
    Score {
        technology: technology.to_string(),
        value: NEW_SCORE,
        range: None,
        rationale: String::new(),
        citations: Vec::new(),
        contested: None,
    }
}

/// `prefix_N` for the smallest N from 1 not already taken.
fn unique_id<'a>(prefix: &str, taken: impl Iterator<Item = &'a str> + Clone) -> String {
    (1..)
        .map(|n| format!("{prefix}_{n}"))
        .find(|id| !taken.clone().any(|t| t == id))
        .unwrap_or_default()
}

fn technology(d: &mut Dataset, option: usize) -> Result<&mut Technology, String> {
    d.technologies
        .get_mut(option)
        .ok_or_else(|| "That option is gone.".into())
}

fn criterion_at(d: &mut Dataset, criterion: usize) -> Result<&mut Criterion, String> {
    d.criteria
        .get_mut(criterion)
        .ok_or_else(|| "That criterion is gone.".into())
}

fn preset_at(d: &mut Dataset, preset: usize) -> Result<&mut Preset, String> {
    d.presets
        .get_mut(preset)
        .ok_or_else(|| "That preset is gone.".into())
}

/// The score of option `option` (by column) on `criterion`, made if the
/// draft lacks it.
fn score(d: &mut Dataset, criterion: usize, option: usize) -> Result<&mut Score, String> {
    let id = d
        .technologies
        .get(option)
        .ok_or("That option is gone.")?
        .id
        .clone();
    let c = criterion_at(d, criterion)?;
    let at = match c.scores.iter().position(|s| s.technology == id) {
        Some(at) => at,
        None => {
            c.scores.push(new_score(&id));
            c.scores.len() - 1
        }
    };
    Ok(&mut c.scores[at])
}

#[cfg(test)]
mod tests;
