//! The share-link codec: the reader's whole state in a readable, versioned
//! URL fragment such as `#v1&ai_ml=9&real_time=2&sort=impact`.
//!
//! Format v1: `&`-separated `key=value` parts after a leading `v1`.
//! - `preset=<id>`: start from that preset's weights;
//! - `<criterion id>=<0..=10>`: that criterion's weight (criteria not named
//!   keep the preset's weight, or the dataset's default weight);
//! - `sort=<default|importance|impact>`: the card order.
//!
//! Decoding never fails as a whole: every good part is applied, every bad
//! part is reported as a `LinkProblem` and falls back to the default.

use std::fmt;

use crate::dataset::{Dataset, Preset, MAX_LEVEL};
use crate::order::CardOrder;
use crate::text::{echo, listed, percent_decode, thousands};

pub const LINK_VERSION: &str = "v1";
/// Longer input is not parsed at all: no real link is anywhere near this.
pub const MAX_LINK_LEN: usize = 4096;

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

/// One part of a link that could not be used, and why.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkProblem {
    TooLong {
        length: usize,
    },
    UnknownVersion {
        found: String,
    },
    MissingVersion,
    BadEncoding {
        part: String,
    },
    UnknownKey {
        key: String,
    },
    BadValue {
        key: String,
        value: String,
    },
    Duplicate {
        key: String,
    },
    UnknownPreset {
        id: String,
    },
    /// One embed setting far longer than any real one.
    ValueTooLong {
        key: String,
        length: usize,
    },
    /// Settings past `embed::MAX_SETTINGS`.
    TooManySettings {
        ignored: usize,
    },
}

impl fmt::Display for LinkProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkProblem::TooLong { length } => write!(
                f,
                "The settings are {} characters long, far more than Versus writes, so they were ignored.",
                thousands(*length)
            ),
            LinkProblem::ValueTooLong { key, length } => write!(
                f,
                "Ignored {}: its value is {} characters long, far more than any embed needs.",
                echo(key),
                thousands(*length)
            ),
            LinkProblem::TooManySettings { ignored } => write!(
                f,
                "Only the first {} settings were read; {} more were ignored.",
                crate::embed::MAX_SETTINGS,
                thousands(*ignored)
            ),
            LinkProblem::UnknownVersion { found } => write!(
                f,
                "The link is in a format this version of Versus does not know (“{}”), so its settings were ignored.",
                echo(found)
            ),
            LinkProblem::MissingVersion => {
                write!(f, "The link does not say which format it uses; it was read as {LINK_VERSION}.")
            }
            LinkProblem::BadEncoding { part } => {
                write!(f, "Ignored “{}”: it is not validly encoded.", echo(part))
            }
            LinkProblem::UnknownKey { key } => {
                write!(f, "Ignored “{}”: Versus has no setting by that name.", echo(key))
            }
            LinkProblem::BadValue { key, value } => write!(
                f,
                "Ignored {}=“{}”: expected {}.",
                echo(key),
                echo(value),
                expected_value(key)
            ),
            LinkProblem::Duplicate { key } => {
                write!(f, "“{}” appears more than once; the first value was used.", echo(key))
            }
            LinkProblem::UnknownPreset { id } => {
                write!(f, "Ignored preset “{}”: there is no project type by that name.", echo(id))
            }
        }
    }
}

/// What a setting accepts, in words; criteria take a level.
fn expected_value(key: &str) -> String {
    match key {
        "sort" => "default, importance or impact".to_string(),
        "theme" => "light, dark or auto".to_string(),
        "layout" => "compact or cards".to_string(),
        "heading" => format!(
            "a heading of 1 to {} visible characters",
            crate::embed::MAX_TITLE_CHARS
        ),
        "criteria" => "criterion ids separated by commas".to_string(),
        _ => format!("a whole number from 0 to {MAX_LEVEL}"),
    }
}

/// How many problems a notice lists before it sums up the rest.
pub const LISTED_PROBLEMS: usize = 5;

/// The problems as a notice lists them: the first `LISTED_PROBLEMS`, then
/// "…and 3,997 more." so hostile input cannot make a notice thousands of
/// lines long.
pub fn problem_lines(problems: &[LinkProblem]) -> Vec<String> {
    listed(problems, LISTED_PROBLEMS, ToString::to_string)
}

/// The fragment for `state`, without the leading `#`.
pub fn encode(dataset: &Dataset, state: &ShareState) -> String {
    let mut parts = vec![LINK_VERSION.to_string()];
    match describe_levels(dataset, state) {
        Levels::Preset(id) => parts.push(format!("preset={id}")),
        Levels::Changed(changed) => {
            parts.extend(changed.iter().map(|(id, level)| format!("{id}={level}")))
        }
    }
    if state.order != CardOrder::Dataset {
        parts.push(format!("sort={}", state.order.id()));
    }
    parts.join("&")
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
    problems: &mut Vec<LinkProblem>,
) {
    if overrides.iter().any(|&(c, _)| c == criterion) {
        problems.push(LinkProblem::Duplicate {
            key: id.to_string(),
        });
    } else {
        overrides.push((criterion, level));
    }
}

/// What a link says, with every part that could not be used.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub state: ShareState,
    pub problems: Vec<LinkProblem>,
}

impl Decoded {
    fn defaults(dataset: &Dataset, problem: Option<LinkProblem>) -> Decoded {
        Decoded {
            state: ShareState::defaults(dataset),
            problems: problem.into_iter().collect(),
        }
    }
}

/// Reads a fragment (with or without `#`). Never panics.
pub fn decode(dataset: &Dataset, fragment: &str) -> Decoded {
    let text = fragment.strip_prefix('#').unwrap_or(fragment);
    if text.is_empty() {
        return Decoded::defaults(dataset, None);
    }
    if text.len() > MAX_LINK_LEN {
        return Decoded::defaults(dataset, Some(LinkProblem::TooLong { length: text.len() }));
    }
    let mut problems = Vec::new();
    let mut raw_parts = text.split('&').filter(|p| !p.is_empty()).peekable();
    match raw_parts.peek().copied() {
        Some(LINK_VERSION) => {
            raw_parts.next();
        }
        Some(first) if is_version_tag(first) => {
            let found = percent_decode(first).unwrap_or_else(|| first.to_string());
            return Decoded::defaults(dataset, Some(LinkProblem::UnknownVersion { found }));
        }
        _ => problems.push(LinkProblem::MissingVersion),
    }

    let mut seen: Vec<String> = Vec::new();
    let mut preset: Option<&Preset> = None;
    let mut overrides: Vec<(usize, u8)> = Vec::new();
    let mut order = CardOrder::Dataset;
    for raw in raw_parts {
        let (raw_key, raw_value) = raw.split_once('=').unwrap_or((raw, ""));
        let (Some(key), Some(value)) = (percent_decode(raw_key), percent_decode(raw_value)) else {
            problems.push(LinkProblem::BadEncoding {
                part: raw.to_string(),
            });
            continue;
        };
        if seen.contains(&key) {
            problems.push(LinkProblem::Duplicate { key });
            continue;
        }
        seen.push(key.clone());
        match key.as_str() {
            "preset" => match dataset.preset(&value) {
                Some(p) => preset = Some(p),
                None => problems.push(LinkProblem::UnknownPreset { id: value }),
            },
            "sort" => match CardOrder::from_id(&value) {
                Some(o) => order = o,
                None => problems.push(LinkProblem::BadValue { key, value }),
            },
            _ => match (dataset.criterion_index(&key), parse_level(&value)) {
                (Some(c), Some(level)) => {
                    push_override(&mut overrides, c, level, &key, &mut problems)
                }
                (Some(_), None) => problems.push(LinkProblem::BadValue { key, value }),
                (None, _) => problems.push(LinkProblem::UnknownKey { key }),
            },
        }
    }

    let (levels, preset) = resolve_levels(dataset, preset, &overrides);
    Decoded {
        state: ShareState {
            levels,
            preset,
            order,
        },
        problems,
    }
}

/// `v` followed by digits: a version tag, known or not.
fn is_version_tag(part: &str) -> bool {
    let mut chars = part.chars();
    chars.next() == Some('v') && {
        let rest = chars.as_str();
        !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit())
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

    fn dataset() -> Dataset {
        Dataset::from_json(crate::BUILTIN_DATASET_JSON).unwrap()
    }

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

    #[test]
    fn defaults_encode_to_just_the_version() {
        let d = dataset();
        assert_eq!(encode(&d, &ShareState::defaults(&d)), "v1");
        assert_eq!(
            decode(&d, "#v1"),
            Decoded {
                state: ShareState::defaults(&d),
                problems: vec![]
            }
        );
        assert_eq!(
            decode(&d, ""),
            Decoded {
                state: ShareState::defaults(&d),
                problems: vec![]
            }
        );
    }

    #[test]
    fn a_changed_weight_and_sort_are_readable() {
        let d = dataset();
        let mut state = ShareState::defaults(&d);
        state.levels[d.criterion_index("ai_ml").unwrap()] = 9;
        state.levels[d.criterion_index("real_time").unwrap()] = 0;
        state.order = CardOrder::Impact;
        assert_eq!(encode(&d, &state), "v1&ai_ml=9&real_time=0&sort=impact");
    }

    #[test]
    fn an_unchanged_preset_is_written_by_name() {
        let d = dataset();
        let preset = d.preset("ml").unwrap();
        let state = ShareState {
            levels: d.preset_levels(preset),
            preset: Some("ml".into()),
            order: CardOrder::Dataset,
        };
        assert_eq!(encode(&d, &state), "v1&preset=ml");
        assert_eq!(decode(&d, "v1&preset=ml").state, state);
        // A preset with a change is a preset no longer.
        let tweaked = decode(&d, "v1&preset=ml&ai_ml=3");
        assert_eq!(tweaked.state.preset, None);
        assert_eq!(tweaked.state.levels[d.criterion_index("ai_ml").unwrap()], 3);
        assert_eq!(
            tweaked.state.levels[d.criterion_index("data_processing").unwrap()],
            9
        );
    }

    #[test]
    fn bad_parts_are_reported_and_good_parts_applied() {
        let d = dataset();
        let got = decode(
            &d,
            "#v1&ai_ml=9&bogus=3&real_time=11&ai_ml=1&sort=upside&preset=nope&x%zz=1",
        );
        assert_eq!(got.state.levels[d.criterion_index("ai_ml").unwrap()], 9);
        assert_eq!(
            got.state.levels[d.criterion_index("real_time").unwrap()],
            d.default_weight
        );
        assert_eq!(
            got.problems,
            vec![
                LinkProblem::UnknownKey {
                    key: "bogus".into()
                },
                LinkProblem::BadValue {
                    key: "real_time".into(),
                    value: "11".into()
                },
                LinkProblem::Duplicate {
                    key: "ai_ml".into()
                },
                LinkProblem::BadValue {
                    key: "sort".into(),
                    value: "upside".into()
                },
                LinkProblem::UnknownPreset { id: "nope".into() },
                LinkProblem::BadEncoding {
                    part: "x%zz=1".into()
                },
            ]
        );
        for p in &got.problems {
            assert!(p.to_string().ends_with('.'), "{p}");
        }
    }

    #[test]
    fn unknown_versions_and_huge_input_fall_back_to_defaults() {
        let d = dataset();
        let v2 = decode(&d, "v2&ai_ml=9");
        assert_eq!(v2.state, ShareState::defaults(&d));
        assert_eq!(
            v2.problems,
            vec![LinkProblem::UnknownVersion { found: "v2".into() }]
        );
        let huge = "v1&".to_string() + &"ai_ml=9&".repeat(1000);
        let got = decode(&d, &huge);
        assert_eq!(got.state, ShareState::defaults(&d));
        assert!(matches!(got.problems[..], [LinkProblem::TooLong { .. }]));
        let bare = decode(&d, "ai_ml=9");
        assert_eq!(bare.problems, vec![LinkProblem::MissingVersion]);
        assert_eq!(bare.state.levels[d.criterion_index("ai_ml").unwrap()], 9);
    }

    #[test]
    fn messages_echo_only_a_short_prefix_of_hostile_input() {
        let long = "x".repeat(10_000);
        let message = LinkProblem::UnknownKey { key: long }.to_string();
        assert!(message.chars().count() < 100, "{message}");
        assert!(message.contains('…'));
    }
}
