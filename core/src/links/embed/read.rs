//! Reading an embed's settings: a frame's query or an element's
//! attributes, into an `EmbedConfig` and the problems found on the way.

use super::{EmbedConfig, Layout, Theme};
use crate::dataset::Dataset;
use crate::order::CardOrder;
use crate::settings::{
    parse_level, push_override, resolve_levels, SettingProblem, MAX_LINK_LEN, MAX_SETTINGS,
    MAX_TITLE_CHARS,
};
use crate::text::{percent_decode, visible_text};

/// The settings an embed reads. `data` (a frame's dataset URL) and `src`
/// (an element's) are read by the page before the dataset exists.
/// `lang` is read before the page paints (the iframe page goes to its
/// locale's copy, the element's loader fetches its catalog): here it is
/// only checked.
const KEYS: [&str; 11] = [
    "embed", "preset", "weights", "theme", "criteria", "heading", "sort", "layout", "data", "src",
    "lang",
];

/// `?a=1&b=x+y` as decoded pairs; `+` is a space here (a form-style query).
/// Undecodable pairs are returned as problems.
pub fn parse_query(search: &str) -> (Vec<(String, String)>, Vec<SettingProblem>) {
    let text = search.strip_prefix('?').unwrap_or(search);
    if text.len() > MAX_LINK_LEN {
        return (
            Vec::new(),
            vec![SettingProblem::TooLong { length: text.len() }],
        );
    }
    let mut pairs = Vec::new();
    let mut problems = Vec::new();
    for part in text.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = part.split_once('=').unwrap_or((part, ""));
        match (
            percent_decode(&k.replace('+', " ")),
            percent_decode(&v.replace('+', " ")),
        ) {
            (Some(k), Some(v)) => pairs.push((k, v)),
            _ => problems.push(SettingProblem::BadEncoding {
                part: part.to_string(),
            }),
        }
    }
    (pairs, problems)
}

/// The `data` address in a page's query, read even where the query is too
/// long for its settings, so that an address over the bound is refused by
/// the loader with its own message instead of silently dropped.
pub fn data_address(search: &str) -> Option<String> {
    let text = search.strip_prefix('?').unwrap_or(search);
    text.split('&')
        .filter_map(|part| part.strip_prefix("data="))
        .map(|value| percent_decode(&value.replace('+', " ")).unwrap_or_else(|| value.to_string()))
        .find(|value| !value.trim().is_empty())
}

/// Reads settings (query pairs or element attributes). Unknown names are
/// reported only when `strict` (attributes such as `class` or `id` on the
/// custom element are not ours to judge).
pub fn parse_embed(
    dataset: &Dataset,
    settings: &[(String, String)],
    strict: bool,
) -> (EmbedConfig, Vec<SettingProblem>) {
    let mut config = EmbedConfig::defaults(dataset);
    let mut problems = Vec::new();
    let mut preset = None;
    let mut overrides: Vec<(usize, u8)> = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    let mut read = 0;
    for (key, value) in settings {
        // `title` is the old name of `heading`: one setting, two spellings.
        let key = if key == "title" {
            "heading"
        } else {
            key.as_str()
        };
        let ours = KEYS.contains(&key);
        if !ours && !strict {
            continue;
        }
        read += 1;
        if read > MAX_SETTINGS {
            continue;
        }
        // A data address over the bound is refused by the loader, with the
        // one message every way in shares.
        if value.len() > MAX_LINK_LEN && !matches!(key, "data" | "src") {
            problems.push(SettingProblem::ValueTooLong {
                key: key.to_string(),
                length: value.len(),
            });
            continue;
        }
        if seen.contains(&key) && key != "embed" {
            problems.push(SettingProblem::Duplicate {
                key: key.to_string(),
            });
            continue;
        }
        seen.push(key);
        let bad = || SettingProblem::BadValue {
            key: key.to_string(),
            value: value.clone(),
        };
        match key {
            "embed" | "data" | "src" => {}
            "lang" => {
                if crate::l10n::Locale::from_tag(value).is_none() {
                    problems.push(bad())
                }
            }
            "preset" => match dataset.preset(value) {
                Some(p) => preset = Some(p),
                None => problems.push(SettingProblem::UnknownPreset { id: value.clone() }),
            },
            "theme" => match Theme::from_id(value) {
                Some(theme) => config.theme = theme,
                None => problems.push(bad()),
            },
            "sort" => match CardOrder::from_id(value) {
                Some(order) => config.start.order = order,
                None => problems.push(bad()),
            },
            "layout" => match Layout::from_id(value) {
                Some(layout) => config.layout = layout,
                None => problems.push(bad()),
            },
            "heading" => match visible_text(value) {
                Some(title) if title.chars().count() <= MAX_TITLE_CHARS => {
                    config.title = Some(title)
                }
                _ => problems.push(bad()),
            },
            "criteria" => {
                let mut shown = Vec::new();
                for id in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    match dataset.criterion_index(id) {
                        Some(c) if !shown.contains(&c) => shown.push(c),
                        Some(_) => problems.push(SettingProblem::Duplicate {
                            key: id.to_string(),
                        }),
                        None => problems.push(SettingProblem::UnknownKey {
                            key: id.to_string(),
                        }),
                    }
                }
                if shown.is_empty() {
                    problems.push(bad());
                } else {
                    crate::small_sort::sort_by_key(&mut shown, |&c| c);
                    config.criteria = Some(shown);
                }
            }
            "weights" => {
                for pair in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    let (id, level) = pair.split_once(':').unwrap_or((pair, ""));
                    match (dataset.criterion_index(id), parse_level(level)) {
                        (Some(c), Some(level)) => {
                            push_override(&mut overrides, c, level, id, &mut problems)
                        }
                        (Some(_), _) => problems.push(SettingProblem::BadValue {
                            key: id.to_string(),
                            value: level.to_string(),
                        }),
                        (None, _) => problems.push(SettingProblem::UnknownKey {
                            key: id.to_string(),
                        }),
                    }
                }
            }
            _ => problems.push(SettingProblem::UnknownKey {
                key: key.to_string(),
            }),
        }
    }
    if read > MAX_SETTINGS {
        problems.push(SettingProblem::TooManySettings {
            ignored: read - MAX_SETTINGS,
        });
    }
    // Criteria outside a shown subset count 0: hidden sliders must not
    // steer the verdict.
    if let Some(shown) = &config.criteria {
        overrides.extend(
            (0..dataset.criteria.len())
                .filter(|c| !shown.contains(c))
                .map(|c| (c, 0)),
        );
    }
    let (levels, preset) = resolve_levels(dataset, preset, &overrides);
    config.start.levels = levels;
    config.start.preset = preset;
    (config, problems)
}
