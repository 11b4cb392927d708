//! The reader's state, and the one rule share links and embed settings
//! follow for its levels: how they are read, written and checked.

use super::SettingProblem;
use crate::dataset::{Dataset, Preset, MAX_LEVEL};
use crate::order::CardOrder;

/// Everything a link carries.
#[derive(Debug, Clone, PartialEq)]
pub struct ShareState {
    /// One level per criterion, in dataset order.
    pub levels: Vec<u8>,
    /// The preset the levels came from, while they still equal it.
    pub preset: Option<String>,
    pub order: CardOrder,
}

impl ShareState {
    pub fn defaults(dataset: &Dataset) -> ShareState {
        ShareState {
            levels: dataset.default_levels(),
            preset: None,
            order: CardOrder::Dataset,
        }
    }

    /// Where a page starts before a link or the reader's memory say
    /// anything: `preset`'s weights (a preset page), or the defaults.
    pub fn starting_at(dataset: &Dataset, preset: Option<&str>) -> ShareState {
        let (levels, preset) =
            resolve_levels(dataset, preset.and_then(|id| dataset.preset(id)), &[]);
        ShareState {
            levels,
            preset,
            ..ShareState::defaults(dataset)
        }
    }
}

/// How a state's levels are written down, shortest first.
pub(crate) enum Levels<'a> {
    /// The preset they came from, while they still equal it.
    Preset(&'a str),
    /// Every criterion whose level differs from the default, in order.
    Changed(Vec<(&'a str, u8)>),
}

/// The shared rule of share links and embed settings for writing levels.
pub(crate) fn describe_levels<'a>(dataset: &'a Dataset, state: &ShareState) -> Levels<'a> {
    let preset = state.preset.as_deref().and_then(|id| dataset.preset(id));
    if let Some(p) = preset.filter(|p| dataset.preset_levels(p) == state.levels) {
        return Levels::Preset(&p.id);
    }
    let changed = dataset
        .criteria
        .iter()
        .zip(&state.levels)
        .filter(|(_, &level)| level != dataset.default_weight)
        .map(|(c, &level)| (c.id.as_str(), level))
        .collect();
    Levels::Changed(changed)
}

/// The shared rule of share links and embed settings for reading levels:
/// start from `preset` (or the defaults), apply `overrides` in order, and
/// keep the preset's id only while the levels still equal it.
pub(crate) fn resolve_levels(
    dataset: &Dataset,
    preset: Option<&Preset>,
    overrides: &[(usize, u8)],
) -> (Vec<u8>, Option<String>) {
    let mut levels = match preset {
        Some(p) => dataset.preset_levels(p),
        None => dataset.default_levels(),
    };
    for &(c, level) in overrides {
        levels[c] = level;
    }
    let id = preset
        .filter(|p| dataset.preset_levels(p) == levels)
        .map(|p| p.id.clone());
    (levels, id)
}

/// The shared rule of share links and embed settings for a criterion set
/// twice: the first level stands, and the reader is told.
pub(crate) fn push_override(
    overrides: &mut Vec<(usize, u8)>,
    criterion: usize,
    level: u8,
    id: &str,
    problems: &mut Vec<SettingProblem>,
) {
    if overrides.iter().any(|&(c, _)| c == criterion) {
        problems.push(SettingProblem::Duplicate {
            key: id.to_string(),
        });
    } else {
        overrides.push((criterion, level));
    }
}

/// A level is one or two ASCII digits, at most `MAX_LEVEL`: no signs,
/// fractions, exponents or whitespace.
pub(crate) fn parse_level(value: &str) -> Option<u8> {
    if value.is_empty() || value.len() > 2 || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    value.parse::<u8>().ok().filter(|&l| l <= MAX_LEVEL)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_are_plain_small_integers() {
        for good in ["0", "7", "10", "07"] {
            assert!(parse_level(good).is_some(), "{good}");
        }
        for bad in [
            "", "11", "-1", "+5", "5.0", "1e1", "NaN", " 5", "٣", "100", "-0",
        ] {
            assert_eq!(parse_level(bad), None, "{bad}");
        }
    }
}
