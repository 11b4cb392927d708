//! Edits to the criteria: a new one scores every option, a question made
//! from the name follows a rename, and presets forget a removed one.

use super::{criterion_at, new_score, unique_id};
use crate::dataset::{default_question, Criterion, Dataset, MAX_CRITERIA, MIN_CRITERIA};

pub(super) fn add(d: &mut Dataset) -> Result<(), String> {
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
    Ok(())
}

pub(super) fn rename(d: &mut Dataset, criterion: usize, name: String) -> Result<(), String> {
    let c = criterion_at(d, criterion)?;
    // A question still generated from the old name follows the new one.
    if c.question == default_question(&c.name) {
        c.question = default_question(&name);
    }
    c.name = name;
    Ok(())
}

pub(super) fn question(d: &mut Dataset, criterion: usize, text: String) -> Result<(), String> {
    let c = criterion_at(d, criterion)?;
    c.question = if text.trim().is_empty() {
        default_question(&c.name)
    } else {
        text
    };
    Ok(())
}

pub(super) fn move_to(d: &mut Dataset, criterion: usize, to: usize) -> Result<(), String> {
    criterion_at(d, criterion)?;
    let moved = d.criteria.remove(criterion);
    d.criteria.insert(to.min(d.criteria.len()), moved);
    Ok(())
}

pub(super) fn remove(d: &mut Dataset, criterion: usize) -> Result<(), String> {
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
    Ok(())
}
