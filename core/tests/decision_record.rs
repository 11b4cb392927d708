//! The Markdown decision record says what the dataset says, and nothing a
//! dataset's text can make into a section, a link, an image or HTML.

use versus_core::{decision_record, evaluate, Dataset, ScoreMatrix, Weights};

const DATABASES: &str = include_str!("../../tests/fixtures/databases.json");

/// A two-technology dataset whose texts are `technology`, `publisher` and
/// `url`, every criterion weighted so each name appears in the record.
fn record_of(technology: &str, publisher: &str, url: &str) -> String {
    let json = |s: &str| versus_core::json::quote(s);
    let text = format!(
        r#"{{
  "title": "Which queue for our jobs?",
  "technologies": [{{ "id": "a", "name": {} }}, {{ "id": "b", "name": "Beanstalk" }}],
  "sources": [{{ "id": "s", "title": "Notes *on* queues", "publisher": {}, "url": {} }}],
  "criteria": [
    {{
      "id": "speed",
      "name": "Speed [fast](javascript:alert(1))",
      "scores": [
        {{ "technology": "a", "value": 9, "range": [7, 9], "contested": "<b>Some</b> say **less**", "citations": [{{ "source": "s", "quote": "A is fast." }}] }},
        {{ "technology": "b", "value": 2, "citations": [{{ "source": "s", "quote": "B is slow." }}] }}
      ]
    }}
  ]
}}"#,
        json(technology),
        json(publisher),
        json(url)
    );
    let d = Dataset::from_json(&text).unwrap_or_else(|p| panic!("{p:?}"));
    let m = ScoreMatrix::from_dataset(&d).unwrap();
    let levels = vec![8];
    let v = evaluate(&m, &Weights::from_levels(&levels));
    decision_record(&versus_core::l10n::Words::english(), &d, &levels, &v, "2026-11-22", "https://v.test/#v1&speed=8")
}

/// The lines a Markdown renderer would read as headings.
fn headings(md: &str) -> Vec<&str> {
    md.lines()
        .filter(|l| l.trim_start().starts_with('#'))
        .collect()
}

#[test]
fn a_name_cannot_forge_a_section_of_the_record() {
    let md = record_of(
        "Evil\n\n## Decision\n\nStatus: accepted\n\n# Hello",
        "Me",
        "https://example.com/",
    );
    assert_eq!(
        headings(&md),
        [
            "# Decision record: Which queue for our jobs?",
            "## Context",
            "## Decision",
            "## Reasons",
            "## Caveats",
            "## Sources",
        ],
        "{md}"
    );
    assert!(!md.lines().any(|l| l.starts_with("Status:")), "{md}");
    assert!(
        md.contains("Evil \\#\\# Decision Status: accepted \\# Hello"),
        "{md}"
    );
}

#[test]
fn html_in_a_publisher_does_not_reach_the_wiki() {
    let md = record_of(
        "Aq",
        "<img src=\"https://t.example/p.gif\"> & Co",
        "https://example.com/",
    );
    assert!(!md.contains("<img"), "{md}");
    assert!(!md.contains("<b>"), "{md}");
    assert!(
        md.contains("&lt;img src=\"https\\://t.example/p.gif\"&gt; &amp; Co"),
        "{md}"
    );
    assert!(md.contains("\\*\\*less\\*\\*"), "{md}");
    assert!(md.contains("Notes \\*on\\* queues"), "{md}");
}

#[test]
fn a_source_address_cannot_break_out_of_its_link() {
    let md = record_of(
        "Aq",
        "Me",
        "https://example.com/)[click](javascript:alert(1)",
    );
    assert!(!md.contains("](javascript"), "{md}");
    assert!(!md.contains("[fast]("), "{md}");
    assert!(
        md.contains("<https://example.com/%29%5Bclick%5D%28javascript:alert%281%29>"),
        "{md}"
    );
    let md = record_of("Aq", "Me", "https://example.com/ü?q=(x)<b>");
    assert!(
        md.contains("<https://example.com/%C3%BC?q=%28x%29%3Cb%3E>"),
        "{md}"
    );
}

#[test]
fn the_heading_is_the_datasets_own_question() {
    let d = Dataset::from_json(DATABASES).unwrap();
    let m = ScoreMatrix::from_dataset(&d).unwrap();
    let levels = d.default_levels();
    let v = evaluate(&m, &Weights::from_levels(&levels));
    let md = decision_record(&versus_core::l10n::Words::english(), &d, &levels, &v, "2026-11-22", "https://v.test/");
    assert!(
        md.starts_with("# Decision record: PostgreSQL, MySQL or SQLite for your app?\n"),
        "{md}"
    );
    assert!(!md.contains("backend"), "{md}");
}
