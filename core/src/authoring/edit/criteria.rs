//! Edits to the criteria: a new one scores every option, a question made
//! from the name follows a rename, and presets forget a removed one.

use super::{criterion_at, new_name, new_score, unique_id};
use crate::l10n::{msg, Arg, Sentence, Words};
use crate::dataset::{default_question, Criterion, Dataset, MAX_CRITERIA, MIN_CRITERIA};

pub(super) fn add(d: &mut Dataset, words: &Words) -> Result<(), Sentence> {
    if d.criteria.len() >= MAX_CRITERIA {
        return Err(Sentence::new(msg::AUTHOR_EDIT_MAX_CRITERIA).count("max", MAX_CRITERIA));
    }
    let n = d.criteria.len() + 1;
    let id = unique_id("criterion", d.criteria.iter().map(|c| c.id.as_str()));
    let name = new_name(words, "criterion", n);
    d.criteria.push(Criterion {
        id,
        question: asked(words, &name),
        name,
        measures: String::new(),
        scores: d.technologies.iter().map(|t| new_score(&t.id)).collect(),
    });
    Ok(())
}

/// The question a new criterion `name` starts with, in the page's words.
fn asked(words: &Words, name: &str) -> String {
    words.say(msg::CRITERION_DEFAULT_QUESTION, &[("name", Arg::text(name.trim()))])
}

pub(super) fn rename(d: &mut Dataset, criterion: usize, name: String, words: &Words) -> Result<(), Sentence> {
    let c = criterion_at(d, criterion)?;
    // A question still generated from the old name (in English, as a file
    // without questions reads, or in the page's words) follows the new one.
    if c.question == default_question(&c.name) || c.question == asked(words, &c.name) {
        c.question = asked(words, &name);
    }
    c.name = name;
    Ok(())
}

pub(super) fn question(d: &mut Dataset, criterion: usize, text: String, words: &Words) -> Result<(), Sentence> {
    let c = criterion_at(d, criterion)?;
    c.question = if text.trim().is_empty() {
        asked(words, &c.name)
    } else {
        text
    };
    Ok(())
}

pub(super) fn move_to(d: &mut Dataset, criterion: usize, to: usize) -> Result<(), Sentence> {
    criterion_at(d, criterion)?;
    let moved = d.criteria.remove(criterion);
    d.criteria.insert(to.min(d.criteria.len()), moved);
    Ok(())
}

pub(super) fn remove(d: &mut Dataset, criterion: usize) -> Result<(), Sentence> {
    if d.criteria.len() <= MIN_CRITERIA {
        return Err(Sentence::new(msg::AUTHOR_EDIT_MIN_CRITERIA).count("min", MIN_CRITERIA));
    }
    let id = criterion_at(d, criterion)?.id.clone();
    d.criteria.remove(criterion);
    for p in &mut d.presets {
        p.weights.remove(&id);
    }
    Ok(())
}
