//! Edits to the presets: a new one starts at the default weights, and a
//! weight of 0 is left out of the file.

use super::{gone, new_name, preset_at, unique_id};
use crate::l10n::{Sentence, Words};
use crate::dataset::{Dataset, Preset, MAX_LEVEL};

pub(super) fn add(d: &mut Dataset, words: &Words) {
    let n = d.presets.len() + 1;
    let id = unique_id("preset", d.presets.iter().map(|p| p.id.as_str()));
    let weights = d
        .criteria
        .iter()
        .map(|c| (c.id.clone(), d.default_weight))
        .collect();
    d.presets.push(Preset {
        id,
        name: new_name(words, "preset", n),
        description: String::new(),
        weights,
        recommended: None,
    });
}

pub(super) fn weight(
    d: &mut Dataset,
    preset: usize,
    criterion: usize,
    weight: u8,
) -> Result<(), Sentence> {
    let id = d
        .criteria
        .get(criterion)
        .ok_or_else(|| gone("criterion"))?
        .id
        .clone();
    let p = preset_at(d, preset)?;
    // Criteria a preset does not name weigh 0: keep the file short.
    if weight == 0 {
        p.weights.remove(&id);
    } else {
        p.weights.insert(id, weight.min(MAX_LEVEL));
    }
    Ok(())
}
