//! The public dataset format: what authors' files read as, and how every
//! problem is reported (path, message, line and column).

use versus_core::dataset::{
    to_json, MAX_CITATIONS_PER_SCORE, MAX_CORRECTIONS, MAX_CRITERIA, MAX_DATASET_BYTES,
    MAX_ID_CHARS, MAX_PRESETS, MAX_QUOTE_WORDS_ANY, MAX_SOURCES, MAX_TECHNOLOGIES, MAX_TEXT_CHARS,
    MIN_CRITERIA, MIN_TECHNOLOGIES, RESERVED_CRITERION_IDS,
};
use versus_core::json::MAX_DEPTH;
use versus_core::{Dataset, BUILTIN_DATASET_JSON};

mod rejected;
use rejected::{messages, problems};

const DATABASES: &str = include_str!("../../tests/fixtures/databases.json");
const FRAMEWORKS: &str = include_str!("../../tests/fixtures/frameworks.json");
const DOCS_EXAMPLE: &str = include_str!("../../tests/fixtures/docs-example.json");
const FORMAT_DOC: &str = include_str!("../../docs/dataset-format.md");

/// The smallest valid dataset, for tests to break one thing at a time.
const SMALL: &str = r#"{
  "title": "A or B?",
  "technologies": [{ "id": "a", "name": "A" }, { "id": "b", "name": "B" }],
  "sources": [{ "id": "s", "title": "Notes", "publisher": "Me", "url": "https://example.com/notes" }],
  "criteria": [
    {
      "id": "speed",
      "name": "Speed",
      "scores": [
        { "technology": "a", "value": 7, "citations": [{ "source": "s", "quote": "A is fast." }] },
        { "technology": "b", "value": 4, "citations": [{ "source": "s", "quote": "B is slow." }] }
      ]
    }
  ]
}"#;

#[test]
fn authors_datasets_read_with_sensible_defaults() {
    let d = Dataset::from_json(SMALL).unwrap();
    assert_eq!(d.default_weight, 5);
    assert_eq!(
        d.criteria[0].question,
        "How much does Speed matter to your project?"
    );
    assert!(d.presets.is_empty() && d.corrections.is_empty());
    assert_eq!(
        d.sources[0].url.as_deref(),
        Some("https://example.com/notes")
    );
    for text in [DATABASES, FRAMEWORKS] {
        let d = Dataset::from_json(text).unwrap_or_else(|p| panic!("{p:?}"));
        assert!(d.technologies.len() >= 3);
    }
}

#[test]
fn writing_and_reading_again_gives_the_same_dataset() {
    for text in [SMALL, DATABASES, FRAMEWORKS, BUILTIN_DATASET_JSON] {
        let d = Dataset::from_json(text).unwrap();
        assert_eq!(Dataset::from_json(&to_json(&d)).unwrap(), d);
    }
}

#[test]
fn a_score_out_of_range_is_named_by_path_and_line() {
    let text = SMALL.replace("\"value\": 4", "\"value\": 15");
    let p = problems(&text);
    assert_eq!(p.len(), 1);
    assert_eq!(
        p[0].to_string(),
        "criteria[0].scores[1].value: 15 is above 10"
    );
    let at = p[0].at.unwrap();
    assert_eq!((at.line, at.column), (11, 39));
    assert_eq!(&text[at.offset..at.offset + 2], "15");
}

#[test]
fn every_problem_is_reported_at_once_in_document_order() {
    let text = SMALL
        .replace(
            "{ \"id\": \"b\", \"name\": \"B\" }",
            "{ \"id\": \"a\", \"name\": \"B\" }",
        )
        .replace("\"technology\": \"b\"", "\"technology\": \"c\"")
        .replace(
            "\"url\": \"https://example.com/notes\"",
            "\"url\": \"javascript:alert(1)\"",
        )
        .replace(
            "\"name\": \"Speed\",",
            "\"name\": \"Speed\", \"colour\": \"red\",",
        )
        .replace("\"value\": 7", "\"value\": \"high\"");
    assert_eq!(
        messages(&text),
        [
            "technologies[1].id: `a` is used by an earlier entry",
            "sources[0].url: must be a web address starting with https:// or http://",
            "criteria[0].colour: unknown field `colour`; expected one of `id`, `name`, `question`, `measures`, `scores`",
            "criteria[0].scores[0].value: expected a number, found text",
            "criteria[0].scores[1].technology: `c` is not one of the technologies",
        ]
    );
}

#[test]
fn presets_may_only_name_criteria_that_exist() {
    let text = SMALL.replace(
        "  ]\n}",
        "  ],\n  \"presets\": [{ \"id\": \"p\", \"name\": \"P\", \"weights\": { \"speed\": 4, \"size\": 2, \"cost\": 11 } }]\n}",
    );
    assert_eq!(
        messages(&text),
        [
            "presets[0].weights.size: `size` is not one of the criteria",
            "presets[0].weights.cost: `cost` is not one of the criteria",
            "presets[0].weights.cost: 11 is above 10",
        ]
    );
}

#[test]
fn missing_fields_and_wrong_shapes_say_what_was_expected() {
    let text = SMALL.replace("\"title\": \"A or B?\",", "").replace(
        "\"citations\": [{ \"source\": \"s\", \"quote\": \"B is slow.\" }]",
        "\"citations\": \"s\"",
    );
    assert_eq!(
        messages(&text),
        [
            "title: missing field `title`",
            "criteria[0].scores[1].citations: expected a list, found text",
        ]
    );
    assert_eq!(
        messages("[]"),
        [": expected an object, found a list".trim_start_matches(": ")]
    );
}

#[test]
fn syntax_errors_have_a_line_and_column() {
    let text = SMALL.replace("\"name\": \"Speed\",", "\"name\": \"Speed\"");
    let p = problems(&text);
    assert_eq!(p.len(), 1);
    assert_eq!(
        p[0].what_in_english(),
        "not valid JSON: expected `,` or `}`, found `\"`"
    );
    let at = p[0].at.unwrap();
    assert_eq!((at.line, at.column), (9, 7));
    assert_eq!(
        p[0].located_in_english(),
        "line 9, column 7: not valid JSON: expected `,` or `}`, found `\"`"
    );
}

#[test]
fn limits_give_a_message_not_a_hang() {
    let huge = format!("{{\"title\": \"{}\"}}", "x".repeat(MAX_DATASET_BYTES));
    assert_eq!(
        messages(&huge),
        ["the file is 513 KB; the largest dataset Versus reads is 512 KB"]
    );

    let mut d = Dataset::from_json(SMALL).unwrap();
    for i in 0..MAX_TECHNOLOGIES {
        let mut t = d.technologies[0].clone();
        t.id = format!("t{i}");
        d.technologies.push(t);
    }
    let p = d.validate().unwrap_err();
    assert_eq!(
        p[0].to_string(),
        "technologies: has 8 technologies; the most Versus shows is 6"
    );

    let one = SMALL.replace("{ \"id\": \"b\", \"name\": \"B\" }", "");
    assert!(messages(&one.replace("}, ]", "}]"))
        .contains(&"technologies: needs at least 2 technologies, found 1".to_string()));
}

#[test]
fn ids_that_would_break_links_or_pages_are_refused() {
    let text = SMALL.replace("\"id\": \"speed\"", "\"id\": \"sort\"");
    assert_eq!(
        messages(&text),
        ["criteria[0].id: `sort` is reserved for share links; choose another id"]
    );
    let text = SMALL.replace("\"id\": \"speed\"", "\"id\": \"a b&c\"");
    assert_eq!(
        messages(&text),
        ["criteria[0].id: `a b&c` may use only letters, digits, `_`, `-` and `.`"]
    );
}

/// The text of the first ```json block in a Markdown page.
fn first_json_block(markdown: &str) -> &str {
    let start = markdown.find("```json\n").expect("a ```json block") + "```json\n".len();
    let end = markdown[start..]
        .find("\n```")
        .expect("the block is closed");
    &markdown[start..=start + end]
}

#[test]
fn the_reference_pages_example_is_valid_and_is_the_fixture() {
    let d = Dataset::from_json(DOCS_EXAMPLE).unwrap_or_else(|p| panic!("{p:?}"));
    let block = first_json_block(FORMAT_DOC);
    assert_eq!(
        block.trim(),
        DOCS_EXAMPLE.trim(),
        "docs/dataset-format.md's example and tests/fixtures/docs-example.json differ"
    );
    assert_eq!(Dataset::from_json(block).unwrap(), d);
    // What the page says the example shows.
    assert_eq!(
        (d.technologies.len(), d.criteria.len(), d.presets.len()),
        (2, 2, 1)
    );
    assert!(d.sources.iter().any(|s| s.url.is_some()));
    assert!(d.criteria.iter().any(|c| c.is_contested()));
    assert_eq!(d.default_weight, 5);
    assert_eq!(
        d.criteria[1].question,
        "How much does Many writers at once matter to your project?"
    );
}

/// 524288 as the page writes it: 524,288.
fn thousands(n: usize) -> String {
    if n < 1000 {
        n.to_string()
    } else {
        format!("{},{:03}", thousands(n / 1000), n % 1000)
    }
}

#[test]
fn the_reference_pages_limits_are_the_readers() {
    let rows = [
        format!(
            "| the file | {} KB ({} bytes) |",
            MAX_DATASET_BYTES / 1024,
            thousands(MAX_DATASET_BYTES)
        ),
        format!("| {} characters |", thousands(MAX_TEXT_CHARS)),
        format!("| nesting of lists and objects | {MAX_DEPTH} levels |"),
        format!("| technologies | {MIN_TECHNOLOGIES} to {MAX_TECHNOLOGIES} |"),
        format!("| criteria | {MIN_CRITERIA} to {MAX_CRITERIA} |"),
        format!("| sources | 0 to {MAX_SOURCES} |"),
        format!("| presets | at most {MAX_PRESETS} |"),
        format!("| corrections | at most {MAX_CORRECTIONS} |"),
        format!("| citations per score | 0 to {MAX_CITATIONS_PER_SCORE} |"),
        format!("| a quote | {MAX_QUOTE_WORDS_ANY} words |"),
        format!("| an id | {MAX_ID_CHARS} characters: letters, digits, `_`, `-`, `.` |"),
        format!(
            "| reserved criterion ids | {} |",
            RESERVED_CRITERION_IDS
                .map(|id| format!("`{id}`"))
                .join(", ")
        ),
    ];
    for row in rows {
        assert!(
            FORMAT_DOC.contains(&row),
            "docs/dataset-format.md has no row {row}"
        );
    }
}

/// `{head}{item},{item},…{tail}`, about `bytes` long.
fn repeated(head: &str, item: impl Fn(usize) -> String, tail: &str, bytes: usize) -> String {
    let mut text = head.to_string();
    let mut i = 0;
    while text.len() < bytes {
        if i > 0 {
            text.push(',');
        }
        text.push_str(&item(i));
        i += 1;
    }
    text + tail
}

#[test]
fn hostile_files_are_answered_in_linear_time() {
    // Each took seconds or minutes when a lookup scanned a list: thousands
    // of keys in one object, of broken criteria, of weights naming criteria.
    let head = r#"{"title":"t","technologies":[{"id":"a","name":"A"},{"id":"b","name":"B"}],"#;
    let keys = repeated("{", |i| format!(r#""k{i}":0"#), "}", 250_000);
    let broken = repeated(
        &format!(r#"{head}"criteria":["#),
        |_| r#"{"x":0}"#.into(),
        "]}",
        250_000,
    );
    let criteria = repeated(
        &format!(r#"{head}"criteria":["#),
        |i| format!(r#"{{"id":"c{i}","name":"C","scores":[]}}"#),
        "],",
        125_000,
    );
    let weights = repeated(
        r#""presets":[{"id":"p","name":"P","weights":{"#,
        |i| format!(r#""w{i}":1"#),
        "}}]}",
        125_000,
    );
    for text in [keys, broken, criteria + &weights] {
        let started = std::time::Instant::now();
        assert!(!problems(&text).is_empty());
        let took = started.elapsed();
        assert!(
            took.as_secs() < 10,
            "{} KB took {took:.1?}",
            text.len() / 1024
        );
    }
}

#[test]
fn editors_schema_and_format_version_are_understood() {
    let with = SMALL.replacen(
        '{',
        "{\n  \"$schema\": \"https://versus.example/dataset.schema.json\", \"version\": 1,",
        1,
    );
    assert!(Dataset::from_json(&with).is_ok());
    let later = SMALL.replacen('{', "{ \"version\": 2,", 1);
    assert_eq!(
        messages(&later),
        ["version: this file is for another version of the format; this Versus reads version 1"]
    );
}

#[test]
fn too_many_items_is_said_once_not_checked_item_by_item() {
    // 8,000 technologies and 6,000 criteria without scores would be 48
    // million "no score" problems; the limits are what is wrong.
    let technologies: Vec<String> = (0..8_000)
        .map(|i| format!(r#"{{"id":"t{i}","name":"T"}}"#))
        .collect();
    let criteria: Vec<String> = (0..6_000)
        .map(|i| format!(r#"{{"id":"c{i}","name":"C","scores":[]}}"#))
        .collect();
    let text = format!(
        r#"{{"title":"t","sources":[],"technologies":[{}],"criteria":[{}]}}"#,
        technologies.join(","),
        criteria.join(",")
    );
    assert!(text.len() < versus_core::dataset::MAX_DATASET_BYTES);
    let started = std::time::Instant::now();
    assert_eq!(
        messages(&text),
        [
            "technologies: has 8,000 technologies; the most Versus shows is 6",
            "criteria: has 6,000 criteria; the most Versus shows is 40",
        ]
    );
    assert!(started.elapsed().as_secs() < 5);
}

#[test]
fn a_draft_with_work_still_to_write_reads_and_lists_that_work() {
    // What the schema test accepts, the reader accepts: no citations, no
    // sources, a range without its note. The work left is listed instead.
    let mut d = Dataset::from_json(DOCS_EXAMPLE).unwrap();
    for c in &mut d.criteria {
        for s in &mut c.scores {
            s.citations.clear();
        }
    }
    d.criteria[1].scores[0].contested = None;
    d.sources.clear();
    d.corrections.clear();
    let text = versus_core::dataset::to_json(&d);
    let read = Dataset::from_json(&text).unwrap();
    let left = versus_core::dataset::remaining(&read);
    let scores: usize = read.criteria.iter().map(|c| c.scores.len()).sum();
    assert_eq!(
        left.iter()
            .filter(|p| p.ends_with(".citations"))
            .count(),
        scores
    );
    assert_eq!(
        left.iter()
            .filter(|p| p.ends_with(".contested"))
            .map(String::as_str)
            .collect::<Vec<_>>(),
        ["criteria[1].scores[0].contested"]
    );
}
