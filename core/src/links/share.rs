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
//! part is reported as a `SettingProblem` and falls back to the default.

use crate::dataset::{Dataset, Preset};
use crate::order::CardOrder;
use crate::settings::{
    describe_levels, parse_level, push_override, resolve_levels, Levels, SettingProblem,
    ShareState, LINK_VERSION, MAX_LINK_LEN,
};
use crate::text::percent_decode;

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

/// What a link says, with every part that could not be used.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub state: ShareState,
    pub problems: Vec<SettingProblem>,
}

impl Decoded {
    fn defaults(dataset: &Dataset, problem: Option<SettingProblem>) -> Decoded {
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
        return Decoded::defaults(
            dataset,
            Some(SettingProblem::TooLong { length: text.len() }),
        );
    }
    let mut problems = Vec::new();
    let mut raw_parts = text.split('&').filter(|p| !p.is_empty()).peekable();
    match raw_parts.peek().copied() {
        Some(LINK_VERSION) => {
            raw_parts.next();
        }
        Some(first) if is_version_tag(first) => {
            let found = percent_decode(first).unwrap_or_else(|| first.to_string());
            return Decoded::defaults(dataset, Some(SettingProblem::UnknownVersion { found }));
        }
        _ => problems.push(SettingProblem::MissingVersion),
    }

    let mut seen: Vec<String> = Vec::new();
    let mut preset: Option<&Preset> = None;
    let mut overrides: Vec<(usize, u8)> = Vec::new();
    let mut order = CardOrder::Dataset;
    for raw in raw_parts {
        let (raw_key, raw_value) = raw.split_once('=').unwrap_or((raw, ""));
        let (Some(key), Some(value)) = (percent_decode(raw_key), percent_decode(raw_value)) else {
            problems.push(SettingProblem::BadEncoding {
                part: raw.to_string(),
            });
            continue;
        };
        if seen.contains(&key) {
            problems.push(SettingProblem::Duplicate { key });
            continue;
        }
        seen.push(key.clone());
        match key.as_str() {
            "preset" => match dataset.preset(&value) {
                Some(p) => preset = Some(p),
                None => problems.push(SettingProblem::UnknownPreset { id: value }),
            },
            "sort" => match CardOrder::from_id(&value) {
                Some(o) => order = o,
                None => problems.push(SettingProblem::BadValue { key, value }),
            },
            _ => match (dataset.criterion_index(&key), parse_level(&value)) {
                (Some(c), Some(level)) => {
                    push_override(&mut overrides, c, level, &key, &mut problems)
                }
                (Some(_), None) => problems.push(SettingProblem::BadValue { key, value }),
                (None, _) => problems.push(SettingProblem::UnknownKey { key }),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn dataset() -> Dataset {
        Dataset::from_json(crate::BUILTIN_DATASET_JSON).unwrap()
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
                SettingProblem::UnknownKey {
                    key: "bogus".into()
                },
                SettingProblem::BadValue {
                    key: "real_time".into(),
                    value: "11".into()
                },
                SettingProblem::Duplicate {
                    key: "ai_ml".into()
                },
                SettingProblem::BadValue {
                    key: "sort".into(),
                    value: "upside".into()
                },
                SettingProblem::UnknownPreset { id: "nope".into() },
                SettingProblem::BadEncoding {
                    part: "x%zz=1".into()
                },
            ]
        );
        for p in &got.problems {
            let said = crate::l10n::Words::english().tell(&p.sentence());
            assert!(said.ends_with('.'), "{said}");
        }
    }

    #[test]
    fn unknown_versions_and_huge_input_fall_back_to_defaults() {
        let d = dataset();
        let v2 = decode(&d, "v2&ai_ml=9");
        assert_eq!(v2.state, ShareState::defaults(&d));
        assert_eq!(
            v2.problems,
            vec![SettingProblem::UnknownVersion { found: "v2".into() }]
        );
        let huge = "v1&".to_string() + &"ai_ml=9&".repeat(1000);
        let got = decode(&d, &huge);
        assert_eq!(got.state, ShareState::defaults(&d));
        assert!(matches!(got.problems[..], [SettingProblem::TooLong { .. }]));
        let bare = decode(&d, "ai_ml=9");
        assert_eq!(bare.problems, vec![SettingProblem::MissingVersion]);
        assert_eq!(bare.state.levels[d.criterion_index("ai_ml").unwrap()], 9);
    }
}
