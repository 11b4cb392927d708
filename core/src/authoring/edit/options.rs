//! Edits to the options (the technologies compared): each one has a score
//! on every criterion, and there are always at least two.

use super::{new_name, new_score, technology, unique_id};
use crate::l10n::{msg, Sentence, Words};
use crate::dataset::{Dataset, Technology, MAX_TECHNOLOGIES, MIN_TECHNOLOGIES};

pub(super) fn add(d: &mut Dataset, words: &Words) -> Result<(), Sentence> {
    if d.technologies.len() >= MAX_TECHNOLOGIES {
        return Err(Sentence::new(msg::AUTHOR_EDIT_MAX_OPTIONS).count("max", MAX_TECHNOLOGIES));
    }
    let n = d.technologies.len() + 1;
    let id = unique_id("option", d.technologies.iter().map(|t| t.id.as_str()));
    for c in &mut d.criteria {
        c.scores.push(new_score(&id));
    }
    d.technologies.push(Technology {
        id,
        name: new_name(words, "option", n),
    });
    Ok(())
}

pub(super) fn move_to(d: &mut Dataset, option: usize, to: usize) -> Result<(), Sentence> {
    technology(d, option)?;
    let moved = d.technologies.remove(option);
    d.technologies.insert(to.min(d.technologies.len()), moved);
    Ok(())
}

/// Removes the option, its scores, and the presets' recommendations of it.
pub(super) fn remove(d: &mut Dataset, option: usize) -> Result<(), Sentence> {
    if d.technologies.len() <= MIN_TECHNOLOGIES {
        return Err(Sentence::new(msg::AUTHOR_EDIT_MIN_OPTIONS).count("min", MIN_TECHNOLOGIES));
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
    Ok(())
}
