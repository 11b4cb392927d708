//! Embed configuration: what a blog author sets on the iframe's query string
//! or the custom element's attributes. Same keys in both places:
//!
//! | key | value |
//! | --- | --- |
//! | `preset` | a preset id, e.g. `ml` |
//! | `weights` | `criterion:level` pairs, e.g. `ai_ml:9,real_time:2` |
//! | `theme` | `light`, `dark` or `auto` (the default) |
//! | `criteria` | the criteria to show, e.g. `ai_ml,real_time` (others count 0) |
//! | `heading` | a heading, at most 120 characters (`title` is an alias; on the custom element it would also be a tooltip) |
//! | `sort` | `default`, `importance` or `impact` |
//! | `layout` | `compact` (one row per criterion, the embed default) or `cards` |
//!
//! Like share links, a bad value never stops the widget: it is reported and
//! falls back to the default. Input is bounded the same way as share links:
//! a query or a value longer than `MAX_LINK_LEN` is not read, at most
//! `MAX_SETTINGS` settings are, and a notice lists only the first few
//! problems (`problem_lines`).

use crate::dataset::Dataset;
use crate::order::CardOrder;
use crate::share::{
    describe_levels, parse_level, push_override, resolve_levels, Levels,
    LinkProblem, ShareState, MAX_LINK_LEN,
};
use crate::text::{html_escape, percent_decode, percent_encode_url, query_escape, visible_text};

pub const MAX_TITLE_CHARS: usize = 120;
/// More settings than this are not read: no real embed needs them.
pub const MAX_SETTINGS: usize = 32;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn id(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn from_id(id: &str) -> Option<Theme> {
        [Theme::Auto, Theme::Light, Theme::Dark]
            .into_iter()
            .find(|t| t.id() == id)
    }
}

/// How the criteria are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Layout {
    /// One card per criterion with its evidence open: the app's own page.
    #[default]
    Cards,
    /// One row per criterion, evidence on demand: short enough for a post.
    Compact,
}

impl Layout {
    pub fn id(self) -> &'static str {
        match self {
            Layout::Cards => "cards",
            Layout::Compact => "compact",
        }
    }

    pub fn from_id(id: &str) -> Option<Layout> {
        [Layout::Cards, Layout::Compact]
            .into_iter()
            .find(|l| l.id() == id)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct EmbedConfig {
    pub start: ShareState,
    pub theme: Theme,
    /// Criterion indices to show, in dataset order; `None` shows all.
    pub criteria: Option<Vec<usize>>,
    pub title: Option<String>,
    /// Compact unless the author asks for cards.
    pub layout: Layout,
}

impl EmbedConfig {
    pub fn defaults(dataset: &Dataset) -> EmbedConfig {
        EmbedConfig {
            start: ShareState::defaults(dataset),
            theme: Theme::Auto,
            criteria: None,
            title: None,
            layout: Layout::Compact,
        }
    }

    /// Whether criterion `c` is shown.
    pub fn shows(&self, c: usize) -> bool {
        self.criteria.as_ref().is_none_or(|list| list.contains(&c))
    }
}

/// The settings an embed reads. `data` (a frame's dataset URL) and `src`
/// (an element's) are read by the page before the dataset exists.
const KEYS: [&str; 10] = [
    "embed", "preset", "weights", "theme", "criteria", "heading", "sort", "layout", "data", "src",
];

/// `?a=1&b=x+y` as decoded pairs; `+` is a space here (a form-style query).
/// Undecodable pairs are returned as problems.
pub fn parse_query(search: &str) -> (Vec<(String, String)>, Vec<LinkProblem>) {
    let text = search.strip_prefix('?').unwrap_or(search);
    if text.len() > MAX_LINK_LEN {
        return (
            Vec::new(),
            vec![LinkProblem::TooLong { length: text.len() }],
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
            _ => problems.push(LinkProblem::BadEncoding {
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
) -> (EmbedConfig, Vec<LinkProblem>) {
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
            problems.push(LinkProblem::ValueTooLong {
                key: key.to_string(),
                length: value.len(),
            });
            continue;
        }
        if seen.contains(&key) && key != "embed" {
            problems.push(LinkProblem::Duplicate {
                key: key.to_string(),
            });
            continue;
        }
        seen.push(key);
        let bad = || LinkProblem::BadValue {
            key: key.to_string(),
            value: value.clone(),
        };
        match key {
            "embed" | "data" | "src" => {}
            "preset" => match dataset.preset(value) {
                Some(p) => preset = Some(p),
                None => problems.push(LinkProblem::UnknownPreset { id: value.clone() }),
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
                        Some(_) => problems.push(LinkProblem::Duplicate {
                            key: id.to_string(),
                        }),
                        None => problems.push(LinkProblem::UnknownKey {
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
                        (Some(_), _) => problems.push(LinkProblem::BadValue {
                            key: id.to_string(),
                            value: level.to_string(),
                        }),
                        (None, _) => problems.push(LinkProblem::UnknownKey {
                            key: id.to_string(),
                        }),
                    }
                }
            }
            _ => problems.push(LinkProblem::UnknownKey {
                key: key.to_string(),
            }),
        }
    }
    if read > MAX_SETTINGS {
        problems.push(LinkProblem::TooManySettings {
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

/// The settings that reproduce `state` with `theme`: the preset while it is
/// unchanged, otherwise every weight that differs from the default.
pub fn embed_settings(
    dataset: &Dataset,
    state: &ShareState,
    theme: Theme,
) -> Vec<(String, String)> {
    let mut settings = Vec::new();
    match describe_levels(dataset, state) {
        Levels::Preset(id) => settings.push(("preset".to_string(), id.to_string())),
        Levels::Changed(changed) if !changed.is_empty() => {
            let pairs: Vec<String> = changed
                .iter()
                .map(|(id, level)| format!("{id}:{level}"))
                .collect();
            settings.push(("weights".to_string(), pairs.join(",")));
        }
        Levels::Changed(_) => {}
    }
    if state.order != CardOrder::Dataset {
        settings.push(("sort".to_string(), state.order.id().to_string()));
    }
    if theme != Theme::Auto {
        settings.push(("theme".to_string(), theme.id().to_string()));
    }
    settings
}

/// The page iframes load: the same app as `index.html`, served with a
/// policy that lets any site frame it (the app's own page only allows
/// itself).
pub const FRAME_PAGE: &str = "embed.html";

/// The iframe URL for `settings`: `app_url` + `embed.html?key=value&...`.
pub fn frame_url(app_url: &str, settings: &[(String, String)]) -> String {
    let query: Vec<String> = settings
        .iter()
        .map(|(k, v)| format!("{}={}", query_escape(k), query_escape(v)))
        .collect();
    if query.is_empty() {
        format!("{app_url}{FRAME_PAGE}")
    } else {
        format!("{app_url}{FRAME_PAGE}?{}", query.join("&"))
    }
}

/// The iframe snippet: works wherever iframes are allowed. `embed.js`
/// (optional) keeps its height equal to the widget's.
pub fn iframe_snippet(app_url: &str, settings: &[(String, String)], title: &str) -> String {
    iframe_snippet_for(app_url, &frame_url(app_url, settings), title)
}

/// The iframe snippet for a frame address `src` of the app at `app_url`.
pub fn iframe_snippet_for(app_url: &str, src: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" style=\"width:100%;height:1400px;border:0\" data-versus-embed></iframe>\n<script type=\"module\" src=\"{}\"></script>",
        html_escape(src),
        html_escape(title),
        html_escape(&format!("{app_url}embed.js"))
    )
}

/// The custom-element snippet: the widget in a shadow root of the page.
pub fn element_snippet(app_url: &str, settings: &[(String, String)]) -> String {
    let attributes: String = settings
        .iter()
        .map(|(k, v)| format!(" {}=\"{}\"", html_escape(k), html_escape(v)))
        .collect();
    format!(
        "<script type=\"module\" src=\"{}\"></script>\n<versus-widget{attributes}></versus-widget>",
        html_escape(&format!("{app_url}embed.js"))
    )
}

/// The Hugo shortcode call (`embed/hugo/versus.html`) for `settings`.
pub fn hugo_snippet(settings: &[(String, String)]) -> String {
    format!("{{{{< versus{} >}}}}", quoted_params(settings))
}

/// The Jekyll include call (`embed/jekyll/versus.html`) for `settings`.
pub fn jekyll_snippet(settings: &[(String, String)]) -> String {
    format!("{{% include versus.html{} %}}", quoted_params(settings))
}

/// ` key="value"` pairs, each value made safe by `template_value`.
fn quoted_params(settings: &[(String, String)]) -> String {
    settings
        .iter()
        .map(|(k, v)| format!(" {k}=\"{}\"", template_value(k, v)))
        .collect()
}

/// A setting's value as it can stand between `"` in a Jekyll include or a
/// Hugo shortcode. Liquid ends a tag at `%}` even inside a string and runs
/// `{{ }}` and `{% %}`; `"` ends the string and `\` escapes its end. So a
/// dataset address (`data`, `src`) has `{`, `}`, `"`, `\` and spaces
/// percent-encoded, which is the same address; any other value (a heading)
/// loses `"` and `\`, and gets a space between the two characters of
/// `{{`, `{%`, `%}` and `}}`.
fn template_value(key: &str, value: &str) -> String {
    if matches!(key, "data" | "src") {
        return percent_encode_url(value, b"");
    }
    let mut out = String::with_capacity(value.len());
    let mut previous = ' ';
    for c in value.chars().filter(|c| !matches!(c, '"' | '\\')) {
        if matches!((previous, c), ('{', '{' | '%') | ('%' | '}', '}')) {
            out.push(' ');
        }
        out.push(c);
        previous = c;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dataset() -> Dataset {
        Dataset::from_json(crate::BUILTIN_DATASET_JSON).unwrap()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_full_configuration_is_read() {
        let d = dataset();
        let (config, problems) = parse_embed(
            &d,
            &pairs(&[
                ("preset", "ml"),
                ("theme", "dark"),
                ("title", "Our stack"),
                ("sort", "impact"),
                ("weights", "ai_ml:7"),
            ]),
            true,
        );
        assert_eq!(problems, vec![]);
        assert_eq!(config.theme, Theme::Dark);
        assert_eq!(config.title.as_deref(), Some("Our stack"));
        assert_eq!(config.start.order, CardOrder::Impact);
        assert_eq!(config.start.levels[d.criterion_index("ai_ml").unwrap()], 7);
        assert_eq!(
            config.start.levels[d.criterion_index("data_processing").unwrap()],
            9
        );
        assert_eq!(
            config.start.preset, None,
            "a preset with a change is no longer that preset"
        );
    }

    #[test]
    fn a_criteria_subset_hides_and_zeroes_the_rest() {
        let d = dataset();
        let (config, problems) =
            parse_embed(&d, &pairs(&[("criteria", "real_time, ai_ml,nope")]), true);
        assert_eq!(
            problems,
            vec![LinkProblem::UnknownKey { key: "nope".into() }]
        );
        let ai = d.criterion_index("ai_ml").unwrap();
        let rt = d.criterion_index("real_time").unwrap();
        assert_eq!(config.criteria, Some(vec![ai.min(rt), ai.max(rt)]));
        assert!(config.shows(ai) && !config.shows(0));
        assert_eq!(config.start.levels.iter().filter(|&&l| l > 0).count(), 2);
    }

    #[test]
    fn bad_values_fall_back_and_are_reported() {
        let d = dataset();
        let long = "x".repeat(500);
        let (config, problems) = parse_embed(
            &d,
            &pairs(&[
                ("preset", "<script>"),
                ("theme", "neon"),
                ("title", &long),
                ("weights", "ai_ml:11,ai_ml:-1,zzz:3"),
                ("criteria", ",,"),
                ("onload", "x"),
            ]),
            true,
        );
        assert_eq!(config, EmbedConfig::defaults(&d));
        assert_eq!(problems.len(), 8, "{problems:?}");
        let (_, lenient) = parse_embed(&d, &pairs(&[("class", "x"), ("id", "y")]), false);
        assert!(lenient.is_empty());
    }

    #[test]
    fn a_criterion_set_twice_keeps_its_first_level_as_share_links_do() {
        let d = dataset();
        let ai = d.criterion_index("ai_ml").unwrap();
        let (config, problems) = parse_embed(&d, &pairs(&[("weights", "ai_ml:9,ai_ml:1")]), true);
        let link = crate::decode(&d, "#v1&ai_ml=9&ai_ml=1");
        assert_eq!(config.start.levels[ai], 9);
        assert_eq!(link.state.levels[ai], 9);
        let duplicate = vec![LinkProblem::Duplicate {
            key: "ai_ml".into(),
        }];
        assert_eq!(problems, duplicate);
        assert_eq!(link.problems, duplicate);
        assert!(problems[0].to_string().contains("the first value was used"));
    }

    #[test]
    fn oversized_input_is_refused_whole_and_reported_once() {
        let d = dataset();
        let huge = "a,".repeat(400_000);
        let (pairs_read, problems) = parse_query(&format!("?weights={huge}"));
        assert!(pairs_read.is_empty());
        assert_eq!(problems, vec![LinkProblem::TooLong { length: 800_008 }]);
        assert!(problems[0].to_string().contains("800,008 characters"));
        let items = "ai_ml:1,".repeat(100_000);
        let (config, problems) =
            parse_embed(&d, &pairs(&[("weights", &items), ("theme", "dark")]), false);
        assert_eq!(
            problems,
            vec![LinkProblem::ValueTooLong {
                key: "weights".into(),
                length: 800_000
            }]
        );
        assert_eq!(config.theme, Theme::Dark, "the other settings still apply");
    }

    #[test]
    fn settings_past_the_limit_are_counted_not_dropped_silently() {
        let d = dataset();
        let many: Vec<(String, String)> = (0..40).map(|i| (format!("k{i}"), "1".into())).collect();
        let (_, problems) = parse_embed(&d, &many, true);
        assert_eq!(problems.len(), MAX_SETTINGS + 1);
        assert_eq!(
            problems.last(),
            Some(&LinkProblem::TooManySettings { ignored: 8 })
        );
        // A custom element's own attributes (class, id, style) do not count.
        let mut attributes: Vec<(String, String)> = (0..40)
            .map(|i| (format!("data-x{i}"), "1".into()))
            .collect();
        attributes.push(("theme".into(), "dark".into()));
        let (config, problems) = parse_embed(&d, &attributes, false);
        assert_eq!((config.theme, problems), (Theme::Dark, vec![]));
    }

    #[test]
    fn a_heading_must_have_visible_text_and_cannot_turn_itself_around() {
        let d = dataset();
        let heading = |value: &str, key: &str| parse_embed(&d, &pairs(&[(key, value)]), true);
        for invisible in [
            "\u{200B}\u{200B}",
            "\u{202E}",
            " \u{2066}\u{FEFF} ",
            "\u{00AD}",
        ] {
            let (config, problems) = heading(invisible, "heading");
            assert_eq!(config.title, None, "{invisible:?}");
            assert!(
                problems[0].to_string().contains("visible characters"),
                "{problems:?}"
            );
        }
        let (config, _) = heading("\u{202E}Our stack\u{202C}", "heading");
        assert_eq!(config.title.as_deref(), Some("Our stack"));
        let (config, problems) = heading("Old name", "title");
        assert_eq!(
            (config.title.as_deref(), problems),
            (Some("Old name"), vec![])
        );
        let (_, problems) = parse_embed(&d, &pairs(&[("heading", "A"), ("title", "B")]), true);
        assert_eq!(
            problems,
            vec![LinkProblem::Duplicate {
                key: "heading".into()
            }]
        );
    }

    #[test]
    fn each_bad_value_says_what_its_setting_accepts() {
        let d = dataset();
        let (_, problems) = parse_embed(&d, &pairs(&[("sort", "upside"), ("theme", "neon")]), true);
        let words: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(
            words[0].ends_with("expected default, importance or impact."),
            "{words:?}"
        );
        assert!(
            words[1].ends_with("expected light, dark or auto."),
            "{words:?}"
        );
        assert!(!words.iter().any(|w| w.contains("whole number")));
    }

    #[test]
    fn a_notice_lists_a_few_problems_and_counts_the_rest() {
        let d = dataset();
        let junk = "x,".repeat(2000);
        let (_, problems) = parse_embed(&d, &pairs(&[("criteria", &junk)]), true);
        let lines = crate::problem_lines(&problems);
        assert_eq!(lines.len(), crate::share::LISTED_PROBLEMS + 1);
        assert_eq!(lines.last().unwrap(), &format!("…and {} more.", "1,996"));
    }

    #[test]
    fn snippets_reproduce_the_state_and_escape_everything() {
        let d = dataset();
        let mut state = ShareState::defaults(&d);
        state.levels[d.criterion_index("ai_ml").unwrap()] = 9;
        let settings = embed_settings(&d, &state, Theme::Dark);
        assert_eq!(
            settings,
            pairs(&[("weights", "ai_ml:9"), ("theme", "dark")])
        );
        let url = frame_url("https://v.test/", &settings);
        assert_eq!(url, "https://v.test/embed.html?weights=ai_ml:9&theme=dark");
        // What the snippet says is what the widget then reads.
        let (query, problems) = parse_query(url.split_once('?').unwrap().1);
        assert!(problems.is_empty());
        let (config, problems) = parse_embed(&d, &query, true);
        assert!(problems.is_empty());
        assert_eq!(config.start, state);
        assert_eq!(config.theme, Theme::Dark);
        let iframe = iframe_snippet("https://v.test/", &settings, "A \"title\" <b>");
        assert!(iframe.contains("title=\"A &quot;title&quot; &lt;b&gt;\""));
        assert!(iframe.contains("src=\"https://v.test/embed.html?weights=ai_ml:9&amp;theme=dark\""));
        let element = element_snippet("https://v.test/", &settings);
        assert_eq!(
            element,
            "<script type=\"module\" src=\"https://v.test/embed.js\"></script>\n<versus-widget weights=\"ai_ml:9\" theme=\"dark\"></versus-widget>"
        );
    }

    #[test]
    fn template_snippets_name_the_same_settings() {
        let settings = pairs(&[("preset", "ml"), ("theme", "dark")]);
        assert_eq!(
            hugo_snippet(&settings),
            r#"{{< versus preset="ml" theme="dark" >}}"#
        );
        assert_eq!(
            jekyll_snippet(&settings),
            r#"{% include versus.html preset="ml" theme="dark" %}"#
        );
    }

    #[test]
    fn queries_are_decoded_form_style() {
        let (pairs, problems) = parse_query("?embed&title=Our+stack%21&preset=ml&bad=%E0%A4");
        assert_eq!(pairs[0], ("embed".to_string(), String::new()));
        assert_eq!(pairs[1], ("title".to_string(), "Our stack!".to_string()));
        assert_eq!(problems.len(), 1);
    }
}
