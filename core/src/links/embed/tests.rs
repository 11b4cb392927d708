//! The embed: its settings read, and the snippets that write them.

use super::*;
use crate::order::CardOrder;
use crate::settings::{SettingProblem, ShareState, MAX_SETTINGS};

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
        vec![SettingProblem::UnknownKey { key: "nope".into() }]
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
    let duplicate = vec![SettingProblem::Duplicate {
        key: "ai_ml".into(),
    }];
    assert_eq!(problems, duplicate);
    assert_eq!(link.problems, duplicate);
    assert!(english(&problems[0]).contains("the first value was used"));
}

#[test]
fn oversized_input_is_refused_whole_and_reported_once() {
    let d = dataset();
    let huge = "a,".repeat(400_000);
    let (pairs_read, problems) = parse_query(&format!("?weights={huge}"));
    assert!(pairs_read.is_empty());
    assert_eq!(problems, vec![SettingProblem::TooLong { length: 800_008 }]);
    assert!(english(&problems[0]).contains("800,008 characters"));
    let items = "ai_ml:1,".repeat(100_000);
    let (config, problems) =
        parse_embed(&d, &pairs(&[("weights", &items), ("theme", "dark")]), false);
    assert_eq!(
        problems,
        vec![SettingProblem::ValueTooLong {
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
        Some(&SettingProblem::TooManySettings { ignored: 8 })
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
            english(&problems[0]).contains("visible characters"),
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
        vec![SettingProblem::Duplicate {
            key: "heading".into()
        }]
    );
}

#[test]
fn each_bad_value_says_what_its_setting_accepts() {
    let d = dataset();
    let (_, problems) = parse_embed(&d, &pairs(&[("sort", "upside"), ("theme", "neon")]), true);
    let words: Vec<String> = problems.iter().map(english).collect();
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
    let lines = crate::l10n::Words::english().tell_all(&crate::problem_lines(&problems));
    assert_eq!(lines.len(), crate::settings::LISTED_PROBLEMS + 1);
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
fn queries_are_decoded_form_style() {
    let (pairs, problems) = parse_query("?embed&title=Our+stack%21&preset=ml&bad=%E0%A4");
    assert_eq!(pairs[0], ("embed".to_string(), String::new()));
    assert_eq!(pairs[1], ("title".to_string(), "Our stack!".to_string()));
    assert_eq!(problems.len(), 1);
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

/// A problem as an English notice says it.
fn english(problem: &crate::SettingProblem) -> String {
    crate::l10n::Words::english().tell(&problem.sentence())
}
