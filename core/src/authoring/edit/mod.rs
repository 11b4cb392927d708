//! The changes the authoring page's grid makes to a draft, each one step of
//! undo. Pure, so every rule (a score for each option, at least two
//! options, presets that follow a removed criterion) is tested on the host.
//!
//! Ids never change once made: a rename changes the name only, so share
//! links and embeds that name a criterion keep working.

mod criteria;
mod options;
mod presets;
mod scores;

use crate::dataset::{Criterion, Dataset, Preset, Score, Technology};
use crate::l10n::{msg, Arg, Sentence, Words};

/// That the thing an edit names is no longer there (`what`: option,
/// criterion, preset, citation, source), as the page says it.
pub(super) fn gone(what: &'static str) -> Sentence {
    Sentence::new(msg::AUTHOR_EDIT_GONE).text("what", what)
}

/// A new item's name, "Criterion 3", in the page's words (`what`:
/// option, criterion, preset, source).
pub(super) fn new_name(words: &Words, what: &str, number: usize) -> String {
    words.say(msg::AUTHOR_NEW_NAME, &[("what", Arg::text(what)), ("number", Arg::count(number))])
}

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

/// Applies `edit`, or says why it cannot be made (the draft is unchanged);
/// what it adds is named in `words`.
pub fn apply(d: &mut Dataset, edit: Edit, words: &Words) -> Result<(), Sentence> {
    match edit {
        Edit::Title(text) => d.title = text,
        Edit::Description(text) => d.description = Some(text).filter(|t| !t.trim().is_empty()),
        Edit::AddOption => options::add(d, words)?,
        Edit::RenameOption { option, name } => technology(d, option)?.name = name,
        Edit::MoveOption { option, to } => options::move_to(d, option, to)?,
        Edit::RemoveOption { option } => options::remove(d, option)?,
        Edit::AddCriterion => criteria::add(d, words)?,
        Edit::RenameCriterion { criterion, name } => criteria::rename(d, criterion, name, words)?,
        Edit::Question { criterion, text } => criteria::question(d, criterion, text, words)?,
        Edit::MoveCriterion { criterion, to } => criteria::move_to(d, criterion, to)?,
        Edit::RemoveCriterion { criterion } => criteria::remove(d, criterion)?,
        Edit::Score {
            criterion,
            option,
            value,
            range,
        } => scores::set(score(d, criterion, option)?, value, range),
        Edit::Rationale {
            criterion,
            option,
            text,
        } => score(d, criterion, option)?.rationale = text,
        Edit::Contested {
            criterion,
            option,
            text,
        } => scores::contested(score(d, criterion, option)?, text)?,
        Edit::AddCitation { criterion, option } => scores::add_citation(d, criterion, option, words)?,
        Edit::Citation {
            criterion,
            option,
            index,
            source,
            quote,
        } => scores::citation(score(d, criterion, option)?, index, source, quote)?,
        Edit::RemoveCitation {
            criterion,
            option,
            index,
        } => scores::remove_citation(score(d, criterion, option)?, index)?,
        Edit::AddSource => scores::add_source(d, words),
        Edit::Source {
            index,
            title,
            publisher,
            url,
        } => scores::source(d, index, title, publisher, url)?,
        Edit::AddPreset => presets::add(d, words),
        Edit::RenamePreset { preset, name } => preset_at(d, preset)?.name = name,
        Edit::Weight {
            preset,
            criterion,
            weight,
        } => presets::weight(d, preset, criterion, weight)?,
        Edit::RemovePreset { preset } => {
            preset_at(d, preset)?;
            d.presets.remove(preset);
        }
    }
    Ok(())
}

pub(super) fn new_score(technology: &str) -> Score {
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
pub(super) fn unique_id<'a>(prefix: &str, taken: impl Iterator<Item = &'a str> + Clone) -> String {
    (1..)
        .map(|n| format!("{prefix}_{n}"))
        .find(|id| !taken.clone().any(|t| t == id))
        .unwrap_or_default()
}

pub(super) fn technology(d: &mut Dataset, option: usize) -> Result<&mut Technology, Sentence> {
    d.technologies
        .get_mut(option)
        .ok_or_else(|| gone("option"))
}

pub(super) fn criterion_at(d: &mut Dataset, criterion: usize) -> Result<&mut Criterion, Sentence> {
    d.criteria
        .get_mut(criterion)
        .ok_or_else(|| gone("criterion"))
}

pub(super) fn preset_at(d: &mut Dataset, preset: usize) -> Result<&mut Preset, Sentence> {
    d.presets
        .get_mut(preset)
        .ok_or_else(|| gone("preset"))
}

/// The score of option `option` (by column) on `criterion`, made if the
/// draft lacks it.
pub(super) fn score(
    d: &mut Dataset,
    criterion: usize,
    option: usize,
) -> Result<&mut Score, Sentence> {
    let id = d
        .technologies
        .get(option)
        .ok_or_else(|| gone("option"))?
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
